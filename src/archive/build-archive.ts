/**
 * The cross-article pass: every file in the articles folder becomes exactly
 * one record or at least one error entry in the report (the "nothing is
 * lost" invariant, tested in tests/bad-input/); slugs are made unique
 * deterministically.
 */
import { statSync } from "node:fs";
import { comparePaths, discover, type DiscoveredFile } from "../ingest/discover.ts";
import { DEFAULT_LIMITS } from "../ingest/read-article.ts";
import type { ArticleRecord } from "../record/schema.ts";
import type { ExtractionCache } from "./cache.ts";
import type { FileStat } from "./file-index.ts";
import { mergeEntities, type EntityIndex } from "./entities.ts";
import type { ArticleResult } from "./extract-article.ts";
import { extractMany, readArticleFiles, type ArticleFile } from "./extract-many.ts";
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
  /** One entry per person, place and organization across the archive, with counts (src/archive/entities.ts). */
  entities: EntityIndex;
  /**
   * What the archive was made from (code, file names, contents), when the
   * extraction cache computed it: two archives with one key are the same.
   */
  key?: string | null;
}

export interface BuildArchiveOptions {
  /** Per-article extraction cache; null extracts everything afresh. */
  cache?: ExtractionCache | null;
  /**
   * Keep the archive in the cache (default true). `build` keeps it itself
   * once the site is written, reusing each record's JSON the site made.
   */
  save?: boolean;
  /** Worker threads for extraction (default: the machine's cores, used only for many articles). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function buildArchive(articlesDir: string, options: BuildArchiveOptions = {}): Promise<Archive> {
  const found = await discover(articlesDir);
  const records: ArticleRecord[] = [];
  const report: ReportEntry[] = [...found.problems];
  const failed = new Set<string>(found.problems.filter((p) => p.severity === "error").map((p) => p.file).filter((f) => f !== "."));
  const files = [...found.files.map((f) => f.relative), ...failed];

  // Oversized files are refused before anything reads them: a stray 10 GB dump must cost nothing.
  const readable: DiscoveredFile[] = [];
  // One after another: faster than thousands of promises on libuv's threads.
  const stats = found.files.map((f) => {
    try {
      return statSync(f.absolute);
    } catch {
      return null; // gone or unreadable: reading it reports the problem
    }
  });
  // The stats of the files read: an unchanged file's content hash is known without reading it (file-index.ts).
  const readableStats: (FileStat | null)[] = [];
  for (const [i, f] of found.files.entries()) {
    const size = stats[i]?.size ?? 0;
    if (size > DEFAULT_LIMITS.maxBytes) {
      const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
      report.push({ file: f.relative, line: 1, column: 1, rule: "file-too-large", reason: `The file is ${mib(size)}; the limit for one article is ${mib(DEFAULT_LIMITS.maxBytes)} (split it into articles)`, severity: "error" });
      failed.add(f.relative);
    } else {
      readable.push(f);
      readableStats.push(stats[i] ?? null);
    }
  }

  // With a cache, the whole archive is kept too: when no file, no code and no
  // data changed, the last build's archive is read back in one piece, with
  // no per-article entry read and no archive pass (entity merging) run again.
  const cache = options.cache ?? null;
  const read = cache ? await readArticleFiles(readable.map((f) => f.absolute), articlesDir, cache, readableStats).catch(() => undefined) : undefined;
  const key = cache && read ? cache.archiveKey([JSON.stringify(report), JSON.stringify([...failed]), ...read.map((f) => `${f.relativePath}\0${f.key}`)]) : null;
  if (cache && key) {
    const kept = cache.loadArchive(articlesDir, key);
    if (kept) {
      options.onProgress?.(1, readable.length);
      options.onProgress?.(readable.length, readable.length);
      return kept;
    }
  }

  const extracted = await extractAll(readable, articlesDir, { ...options, ...(read ? { read } : {}) });
  for (const [i, result] of extracted.results.entries()) {
    const relative = readable[i]!.relative;
    if (result.ok) {
      // Discovery spells the path as the file system does; keep that spelling everywhere.
      const record = result.record.file === relative ? result.record : { ...result.record, file: relative };
      records.push(record);
      for (const w of record.warnings) report.push({ file: relative, ...w });
    } else {
      failed.add(relative);
      const entries = [...result.warnings];
      // A file that is not published must say so with an error, whatever its messages' severities.
      if (!entries.some((w) => w.severity === "error")) entries.push({ line: 1, column: 1, rule: "not-published", reason: "The file could not be read as an article", severity: "error" });
      for (const w of entries) report.push({ file: relative, ...w });
    }
  }
  dedupeSlugs(records, report);
  const entities = mergeEntities(records);
  const archive: Archive = { records, report, failed: [...failed].sort(comparePaths), files: files.sort(comparePaths), entities, key: extracted.whole ? key : null };
  if (cache && archive.key && options.save !== false) cache.saveArchive(articlesDir, archive);
  return archive;
}

/**
 * The fast path extracts everything at once (cache, workers); if it throws
 * (a file vanished or became unreadable mid-build), each file is extracted
 * on its own so that one bad file never stops the others.
 */
async function extractAll(files: DiscoveredFile[], articlesDir: string, options: BuildArchiveOptions & { read?: ArticleFile[] }): Promise<{ results: ArticleResult[]; whole: boolean }> {
  try {
    return { results: await extractMany(files.map((f) => f.absolute), articlesDir, options), whole: true };
  } catch {
    const results: ArticleResult[] = [];
    for (const f of files) {
      results.push(await extractSafely(f, articlesDir));
      options.onProgress?.(results.length, files.length);
    }
    // Read one by one while files changed under it: not an archive to keep.
    return { results, whole: false };
  }
}

async function extractSafely(f: DiscoveredFile, articlesDir: string): Promise<ArticleResult> {
  try {
    const { extractArticle } = await import("./extract-article.ts");
    return await extractArticle(f.absolute, articlesDir);
  } catch (caught) {
    const reason = `Reading the file failed (${(caught as Error)?.message ?? String(caught)}); this is a bug in Clippings, please report it`;
    return { ok: false, file: f.relative, warnings: [{ line: 1, column: 1, rule: "internal-error", reason, severity: "error" }] };
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
