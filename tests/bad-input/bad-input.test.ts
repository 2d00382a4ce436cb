/**
 * The bad-input suite: each case is a folder in tests/bad-input/cases/ with
 * its input file(s) and `expected.json`, the messages it must produce (rule,
 * file, line, column, reason) and whether it is published. Cases that cannot
 * live in git (a 10 MB file, a symlink leading out, a FIFO, file names in
 * NFD) are made at test time by GENERATED below; their folder holds only
 * `expected.json`.
 *
 * All cases are built together as one mixed archive, which is also what the
 * invariant test needs: every input file is exactly one record or has at
 * least one error entry, and one bad file never stops the others.
 *
 * `UPDATE=1 npm test` rewrites the expected.json files for review in the diff.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { buildArchive, type Archive } from "../../src/archive/build-archive.ts";
import { severityOf, type ReportEntry } from "../../src/archive/report.ts";
import { checkCommand } from "../../src/commands/check.ts";
import { isArticleName } from "../../src/ingest/discover.ts";
import { CASES, makeArchiveFolder } from "./mixed-folder.ts";

const UPDATE = process.env.UPDATE === "1";

/**
 * Rules that ingest and the archive pass produce. For a published file only
 * these are compared (extractor warnings change as extraction improves and
 * are tested by the extractors); a file that is not published is compared
 * message for message.
 */
const INGEST_RULES = new Set([
  "empty-file", "binary-file", "encoding", "nul-bytes", "control-characters", "line-too-long", "file-too-large", "unreadable-file",
  "front-matter-yaml", "front-matter-unclosed", "front-matter-language", "executable-front-matter", "front-matter-unknown-key",
  "front-matter-invalid", "front-matter-date", "front-matter-type", "front-matter-slug", "front-matter-not-mapping", "front-matter-too-large",
  "no-body", "no-paragraphs", "caption-only", "duplicate-slug", "symlink-outside", "symlink-folder", "broken-symlink", "not-a-file",
  "file-name-unicode", "not-published", "internal-error", "quote-unclosed",
]);

interface Expected {
  published: boolean;
  messages: Omit<ReportEntry, "file">[];
}

const dir = makeArchiveFolder();
after(() => rmSync(path.dirname(dir), { recursive: true, force: true }));
const archive: Archive = await buildArchive(dir);
const caseNames = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith(".") && (UPDATE || existsSync(path.join(CASES, e.name, "expected.json"))))
  .map((e) => e.name)
  .sort();

function actualFor(caseName: string): Record<string, Expected> {
  const out: Record<string, Expected> = {};
  const prefix = `${caseName}/`;
  const files = new Set([...archive.files, ...archive.report.map((e) => e.file)].filter((f) => f.startsWith(prefix)));
  for (const file of [...files].sort()) {
    const published = archive.records.some((r) => r.file === file);
    const messages = archive.report
      .filter((e) => e.file === file && (!published || INGEST_RULES.has(e.rule)))
      .map(({ line, column, rule, reason, severity }) => ({ line, column, severity: severityOf({ line, column, rule, reason, severity }), rule, reason }));
    out[file.slice(prefix.length)] = { published, messages };
  }
  return out;
}

describe("bad input", () => {
  for (const name of caseNames) {
    const expectedPath = path.join(CASES, name, "expected.json");
    const skip = name === "fifo" && !existsSync(path.join(dir, "fifo", "input.txt")) ? "mkfifo is not available" : false;
    it(`should report the ${name.replace(/-/g, " ")} case with the expected rule, line and reason`, { skip }, () => {
      const actual = actualFor(name);
      if (UPDATE) {
        writeFileSync(expectedPath, `${JSON.stringify({ files: actual }, null, 2)}\n`);
        return;
      }
      const expected = (JSON.parse(readFileSync(expectedPath, "utf8")) as { files: Record<string, Expected> }).files;
      assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), "the same files are published or reported");
      for (const [file, want] of Object.entries(expected)) {
        const got = actual[file]!;
        assert.equal(got.published, want.published, `${name}/${file} published`);
        if (want.published) {
          // Published: every expected message is there, and no ingest message that is not expected.
          for (const m of want.messages) assert.ok(got.messages.some((g) => isDeepEqual(g, m)), `${name}/${file} should say ${JSON.stringify(m)}; said ${JSON.stringify(got.messages)}`);
          for (const g of got.messages) assert.ok(want.messages.some((m) => isDeepEqual(g, m)), `${name}/${file} said more than expected: ${JSON.stringify(g)}`);
        } else {
          assert.deepEqual(got.messages, want.messages, `${name}/${file} messages`);
        }
      }
    });
  }
});

describe("nothing lost", () => {
  it("should make every input file exactly one record or at least one error entry, never both", () => {
    const inputs = walk(dir);
    assert.ok(inputs.length >= 30, `the mixed folder has ${inputs.length} input files`);
    for (const file of inputs) {
      const records = archive.records.filter((r) => r.file === file).length;
      const errors = archive.report.filter((e) => e.file === file && e.severity === "error").length;
      assert.ok((records === 1 && errors === 0) || (records === 0 && errors >= 1), `${file}: ${records} records, ${errors} errors`);
    }
    assert.equal(archive.records.length + archive.failed.length, inputs.length);
    assert.deepEqual([...archive.files].sort(), [...inputs].sort());
  });

  it("should publish the good article among the bad ones", () => {
    assert.ok(archive.records.some((r) => r.file === "good-article/input.txt" && r.title === "Storm closes harbour"));
  });

  it("should give unique ids, the same in two builds of the same folder", async () => {
    const ids = archive.records.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const again = await buildArchive(dir);
    assert.deepEqual(again.records.map((r) => [r.file, r.id]), archive.records.map((r) => [r.file, r.id]));
    assert.deepEqual(again.report, archive.report);
  });

  it("should decode the characters of legacy encodings right", () => {
    const text = (file: string) => archive.records.find((r) => r.file === file)?.paragraphs.map((p) => p.text).join("\n") ?? "";
    assert.match(text("windows-1252/input.txt"), /new €200 fee was “unfair” – and/);
    assert.match(text("latin-1/input.txt"), /rink in Åre reopened after a £2m refit, the café owner/);
    assert.match(text("utf16-bom/input.txt"), /The bridge reopened to traffic on Friday\./);
  });
});

describe("check command", () => {
  /** Runs the command in this process (a child process would pay seconds of module loading). */
  const run = async (...args: string[]) => {
    let stdout = "";
    let stderr = "";
    const status = await checkCommand(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
    return { status, stdout, stderr };
  };

  it("should print every problem as file:line:column severity reason [rule] and exit 1 on errors", async () => {
    const result = await run(dir);
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stdout.trim().split("\n");
    const summary = lines.pop() ?? "";
    assert.match(summary, /^\d+ files: \d+ published, \d+ not published; \d+ errors?, \d+ warnings?$/);
    for (const line of lines) assert.match(line, /^.+:\d+:\d+ (error|warning) .+ \[[a-z0-9-]+\]$/);
    for (const failed of archive.failed) assert.ok(lines.some((l) => l.startsWith(`${path.join(dir, failed)}:`) && l.includes(" error ")), `${failed} is named`);
  });

  it("should pass on warnings alone, and fail on them with --strict", async () => {
    const warningsOnly = path.join(path.dirname(dir), "warnings-only");
    mkdirSync(warningsOnly);
    writeFileSync(path.join(warningsOnly, "a.md"), "---\ntitle: Harbour\ncolour: blue\n---\nThe harbour was closed on Tuesday.\n");
    assert.equal((await run(warningsOnly)).status, 0);
    assert.equal((await run(warningsOnly, "--strict")).status, 1);
  });
});

/** Input files as a person sees them: every non-dot entry with an article extension, symlinks included. */
function walk(root: string, sub = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, sub), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(root, rel));
    else if (isArticleName(entry.name) || (entry.isSymbolicLink() && statSync(path.join(root, rel), { throwIfNoEntry: false })?.isDirectory())) out.push(rel);
  }
  return out;
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
