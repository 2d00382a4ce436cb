/**
 * `check [DIR|FILE...] [--strict] [--json] [--quiet]`: lints articles.
 *
 * Reads every file under DIR (default `articles/`) through the whole
 * pipeline, in one pass, and prints every problem of every file as
 * `file:line:column severity reason [rule]`, then a summary line. Exits 1
 * when any error was found (with --strict, any warning too), else 0.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { buildArchive } from "../archive/build-archive.ts";
import { formatReport, reportJson } from "../archive/report.ts";

const USAGE = `usage: clippings check [DIR] [--strict] [--json] [--quiet]
  DIR       the articles folder (default: articles/)
  --strict  warnings count as errors
  --json    print the report as JSON instead of lines
  --quiet   print errors only
Limits: a file over 1 MiB or a line over 50,000 characters is refused.
`;

/** Where the command writes; tests pass their own (the test runner owns process.stdout). */
export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export async function checkCommand(args: string[], out: Output = process): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  const dirs = args.filter((a) => !a.startsWith("--"));
  if (flags.has("--help")) {
    out.stdout.write(USAGE);
    return 0;
  }
  const unknown = [...flags].filter((f) => !["--strict", "--json", "--quiet"].includes(f));
  if (unknown.length || dirs.length > 1) {
    out.stderr.write(`clippings check: ${unknown.length ? `unknown option ${unknown.join(", ")}` : "give one folder"}\n${USAGE}`);
    return 2;
  }
  const dir = dirs[0] ?? "articles";
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    out.stderr.write(`clippings check: ${dir} is not a folder\n`);
    return 2;
  }

  const strict = flags.has("--strict");
  const archive = await buildArchive(dir);
  const json = reportJson(archive, strict);
  if (flags.has("--json")) out.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else out.stdout.write(formatReport(archive, { baseDir: path.normalize(dir), strict, quiet: flags.has("--quiet") }));
  return json.summary.errors > 0 ? 1 : 0;
}
