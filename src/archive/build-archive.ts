/**
 * The cross-article pass: every file in the articles folder becomes a record
 * or an entry in the report; slugs are made unique deterministically.
 */
import { discoverArticles } from "../ingest/discover.ts";
import type { ArticleRecord } from "../record/schema.ts";
import type { ExtractionCache } from "./cache.ts";
import { extractMany } from "./extract-many.ts";
import type { ReportEntry } from "./report.ts";

export type { ReportEntry } from "./report.ts";

export interface Archive {
  records: ArticleRecord[];
  /** Every problem of every file: errors (file not published) and warnings. */
  report: ReportEntry[];
  /** Files that are not published, with why. */
  failed: string[];
}

export interface BuildArchiveOptions {
  /** Per-article extraction cache; null extracts everything afresh. */
  cache?: ExtractionCache | null;
  /** Worker threads for extraction (default: the machine's cores, used only for many articles). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function buildArchive(articlesDir: string, options: BuildArchiveOptions = {}): Promise<Archive> {
  const paths = await discoverArticles(articlesDir);
  const records: ArticleRecord[] = [];
  const report: ReportEntry[] = [];
  const failed: string[] = [];
  for (const result of await extractMany(paths, articlesDir, options)) {
    if (result.ok) {
      records.push(result.record);
      for (const w of result.record.warnings) report.push({ file: result.file, ...w });
    } else {
      failed.push(result.file);
      for (const w of result.warnings) report.push({ file: result.file, ...w });
    }
  }
  dedupeSlugs(records, report);
  return { records, report, failed };
}

/** Two articles asking for one slug both stay: the later (by path) gets a suffix, and a warning. */
export function dedupeSlugs(records: ArticleRecord[], report: ReportEntry[]): void {
  const taken = new Set<string>();
  for (const r of [...records].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    if (!taken.has(r.id)) {
      taken.add(r.id);
      continue;
    }
    let n = 2;
    while (taken.has(`${r.id}-${n}`)) n++;
    const reason = `Slug \`${r.id}\` is already used by another article; this one is published as \`${r.id}-${n}\``;
    const warning = { line: 1, column: 1, rule: "duplicate-slug", reason, severity: "warning" as const };
    r.warnings.push(warning);
    report.push({ file: r.file, ...warning });
    r.id = `${r.id}-${n}`;
    taken.add(r.id);
  }
}
