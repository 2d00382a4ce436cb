/**
 * The build report: every problem of every file, shown in the terminal and
 * written as JSON next to the site. It is the other half of the "nothing is
 * lost" invariant: each input file is either a record or has at least one
 * error entry here.
 *
 * Used by `check` (the terminal lines are the whole output) and `build`
 * (which shows the lines and writes the JSON file).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Warning } from "../record/schema.ts";

/** One problem of one file; `file` is relative to the articles folder, with forward slashes. */
export interface ReportEntry extends Warning {
  file: string;
}

/** What a report is made from: `buildArchive`'s result fits this shape. */
export interface ReportSource {
  /** Every discovered input file (relative paths), published or not. */
  files?: string[];
  records: { file: string }[];
  report: ReportEntry[];
  failed: string[];
}

export interface ReportSummary {
  files: number;
  published: number;
  failed: number;
  errors: number;
  warnings: number;
}

export interface ReportJson {
  summary: ReportSummary;
  /** Sorted by file, line, column, rule: two builds of one input write the same bytes. */
  entries: Required<Pick<ReportEntry, "file" | "line" | "column" | "rule" | "reason" | "severity">>[];
  failed: string[];
}

export interface FormatOptions {
  /** Prefix for file names so the lines are clickable from the shell (e.g. "articles"). */
  baseDir?: string;
  /** --strict: warnings count as errors. */
  strict?: boolean;
  /** Leave out warnings (show only errors). */
  quiet?: boolean;
  /** Append the one-line summary. Default true. */
  summary?: boolean;
}

export function severityOf(entry: Warning, strict = false): "error" | "warning" {
  return strict || entry.severity === "error" ? "error" : "warning";
}

/** Stable order: file (code-unit order), then line, column, rule, reason. */
export function sortEntries<T extends ReportEntry>(entries: readonly T[]): T[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.reason, b.reason),
  );
}

export function summarize(source: ReportSource, strict = false): ReportSummary {
  let errors = 0;
  let warnings = 0;
  for (const e of source.report) {
    if (severityOf(e, strict) === "error") errors++;
    else warnings++;
  }
  const published = source.records.length;
  return { files: source.files?.length ?? published + source.failed.length, published, failed: source.failed.length, errors, warnings };
}

/** One line per problem, `file:line:column severity reason [rule]`, the shape editors and CI annotate from. */
export function formatEntry(entry: ReportEntry, options: FormatOptions = {}): string {
  const joined = options.baseDir ? path.posix.join(options.baseDir.split(path.sep).join("/"), entry.file) : entry.file;
  // One problem, one line: a newline in a file name (legal on Linux) or in a
  // library's message must not break the format tools parse.
  const file = joined.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  const reason = entry.reason.replace(/\s*\n\s*/g, " ").replace(/[\u0000-\u001f\u007f]/g, " ");
  return `${file}:${entry.line}:${entry.column} ${severityOf(entry, options.strict)} ${reason} [${entry.rule}]`;
}

/** The report for the terminal: sorted lines, then a summary line. */
export function formatReport(source: ReportSource, options: FormatOptions = {}): string {
  const lines = sortEntries(source.report)
    .filter((e) => !options.quiet || severityOf(e, options.strict) === "error")
    .map((e) => formatEntry(e, options));
  if (options.summary !== false) lines.push(formatSummary(summarize(source, options.strict)));
  return lines.length ? `${lines.join("\n")}\n` : "";
}

export function formatSummary(s: ReportSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(s.files, "file")}: ${s.published} published, ${s.failed} not published; ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}`;
}

export function reportJson(source: ReportSource, strict = false): ReportJson {
  return {
    summary: summarize(source, strict),
    entries: sortEntries(source.report).map((e) => ({
      file: e.file,
      line: e.line,
      column: e.column,
      severity: severityOf(e, strict),
      rule: e.rule,
      reason: e.reason,
    })),
    failed: [...source.failed].sort(),
  };
}

/** Writes the report as JSON (pretty, trailing newline, no timestamps: builds stay byte-identical). */
export async function writeReport(filePath: string, source: ReportSource, strict = false): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  await writeFile(filePath, `${JSON.stringify(reportJson(source, strict), null, 2)}\n`);
}
