/**
 * The cross-article pass: every file in the articles folder becomes exactly
 * one record or at least one error entry in the report (the "nothing is
 * lost" invariant, tested in tests/bad-input/); slugs are made unique
 * deterministically.
 */
import { comparePaths, discover } from "../ingest/discover.ts";
import type { ReadOptions } from "../ingest/read-article.ts";
import type { ArticleRecord } from "../record/schema.ts";
import { extractArticle, type ArticleResult } from "./extract-article.ts";
import type { ReportEntry } from "./report.ts";

export type { ReportEntry } from "./report.ts";

export interface Archive {
  records: ArticleRecord[];
  /** Every problem of every file: errors (file not published) and warnings. */
  report: ReportEntry[];
  /** Files that are not published (each has at least one error entry in `report`). */
  failed: string[];
  /** Every input file found, published or not, in discovery order. */
  files: string[];
}

export interface BuildArchiveOptions {
  /** Size limits for one article (defaults in src/ingest/read-article.ts). */
  limits?: ReadOptions;
  onProgress?: (done: number, total: number) => void;
}

export async function buildArchive(articlesDir: string, options: BuildArchiveOptions = {}): Promise<Archive> {
  const found = await discover(articlesDir);
  const records: ArticleRecord[] = [];
  const report: ReportEntry[] = [...found.problems];
  const failed = new Set<string>(found.problems.filter((p) => p.severity === "error").map((p) => p.file).filter((f) => f !== "."));
  const files = [...found.files.map((f) => f.relative), ...failed];

  let done = 0;
  for (const f of found.files) {
    const result = await extractSafely(f.absolute, f.relative, articlesDir, options.limits);
    if (result.ok) {
      records.push(result.record);
      for (const w of result.record.warnings) report.push({ file: result.file, ...w });
    } else {
      failed.add(result.file);
      const entries = result.warnings.length ? result.warnings : [{ line: 1, column: 1, rule: "not-published", reason: "The file could not be read as an article", severity: "error" as const }];
      // A file that is not published must say so with an error, whatever its messages' severities.
      if (!entries.some((w) => w.severity === "error")) entries.push({ line: 1, column: 1, rule: "not-published", reason: "The file is not published", severity: "error" });
      for (const w of entries) report.push({ file: result.file, ...w });
    }
    options.onProgress?.(++done, found.files.length);
  }
  dedupeSlugs(records, report);
  return { records, report, failed: [...failed].sort(comparePaths), files: files.sort(comparePaths) };
}

/** The invariant's last guard: even a throw from the extractor becomes a report entry. */
async function extractSafely(absolute: string, relative: string, articlesDir: string, limits: ReadOptions | undefined): Promise<ArticleResult> {
  try {
    const result = await extractArticle(absolute, articlesDir, limits);
    // Discovery spells the path as the file system does; keep that spelling everywhere.
    return result.ok ? { ...result, file: relative, record: { ...result.record, file: relative } } : { ...result, file: relative };
  } catch (caught) {
    const reason = `Reading the file failed (${(caught as Error)?.message ?? String(caught)}); this is a bug in Clippings, please report it`;
    return { ok: false, file: relative, warnings: [{ line: 1, column: 1, rule: "internal-error", reason, severity: "error" }] };
  }
}

/** Two articles asking for one slug both stay: the later (by path) gets a suffix, and a warning. */
export function dedupeSlugs(records: ArticleRecord[], report: ReportEntry[]): void {
  const taken = new Set<string>();
  for (const r of [...records].sort((a, b) => comparePaths(a.file, b.file))) {
    if (!taken.has(r.id)) {
      taken.add(r.id);
      continue;
    }
    const first = records.find((o) => o.id === r.id && o !== r)?.file ?? "another article";
    let n = 2;
    while (taken.has(`${r.id}-${n}`)) n++;
    const reason = `Slug \`${r.id}\` is already used by ${first}; this article is published as \`${r.id}-${n}\``;
    const warning = { line: 1, column: 1, rule: "duplicate-slug", reason, severity: "warning" as const };
    r.warnings.push(warning);
    report.push({ file: r.file, ...warning });
    r.id = `${r.id}-${n}`;
    taken.add(r.id);
  }
}
