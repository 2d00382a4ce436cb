/**
 * Extracts many articles: cached results first, then the misses — in worker
 * threads across the machine's cores when there are enough of them to pay
 * for the workers' start-up, else in this thread. Results come back in input
 * order and are the same either way (a test compares them).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import type { ExtractionCache } from "./cache.ts";
import type { ArticleResult } from "./extract-article.ts";
import type { ExtractTask } from "./extract-worker.ts";
import { settleHeap } from "./heap.ts";
import { FileIndex, type FileStat } from "./file-index.ts";

/** Articles extracted between looks at the heap (a collection only when it has grown big). */
const SETTLE_EVERY = 1000;

export interface ExtractManyOptions {
  cache?: ExtractionCache | null;
  /** The files as readArticleFiles read them (same paths, same order), so they are not read twice. */
  read?: ArticleFile[];
  /** Worker threads for cache misses; 0 or 1 extracts in this thread. Default: the cores there are. */
  workers?: number;
  /** Below this many misses, workers are not worth their start-up time. */
  workerThreshold?: number;
  onProgress?: (done: number, total: number) => void;
}

interface Pending {
  index: number;
  key: string | null;
  task: ExtractTask;
}

/**
 * Workers beside the main thread: one core fewer than the machine has. Each
 * worker loads the pipeline, gazetteer and topic model anew, so on 2 cores a
 * pool was slower than one thread (4,000 articles: 25.2 s and 40 s of CPU with
 * 2 workers, 19.4 s and 24 s on the main thread), and extraction stays on the
 * main thread there.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** An article file and, with a cache, its cache key (path, content hash and extraction fingerprint). */
export interface ArticleFile {
  absolutePath: string;
  relativePath: string;
  /** The content; null when the file index vouched for its hash and it was not read (read it when it must be extracted). */
  bytes: Buffer | null;
  key: string | null;
}

const contentHash = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/**
 * Reads the files for their cache keys. With `stats` (one per path, null
 * when unknown) and the cache's file index, a file whose stat has not
 * changed since a build read it is not read again: its content hash is the
 * index's (file-index.ts).
 */
export async function readArticleFiles(absolutePaths: string[], articlesDir: string, cache: ExtractionCache | null, stats?: (FileStat | null)[]): Promise<ArticleFile[]> {
  const index = cache && stats ? new FileIndex(cache.fileIndexPath(articlesDir)) : null;
  // Read one after another: for thousands of small files this is several times
  // faster than as many promises queued on libuv's four threads.
  const files = absolutePaths.map((absolutePath, i) => {
    const relativePath = path.relative(articlesDir, absolutePath).split(path.sep).join("/");
    const stat = stats?.[i] ?? null;
    const known = stat ? index?.hashOf(relativePath, stat) : undefined;
    if (known && cache) return { absolutePath, relativePath, bytes: null, key: cache.key(relativePath, known) };
    const readAt = Date.now();
    const bytes = readFileSync(absolutePath);
    const hash = cache ? contentHash(bytes) : "";
    if (stat) index?.record(relativePath, stat, readAt, hash);
    return { absolutePath, relativePath, bytes, key: cache ? cache.key(relativePath, hash) : null };
  });
  index?.save();
  return files;
}

export async function extractMany(absolutePaths: string[], articlesDir: string, options: ExtractManyOptions = {}): Promise<ArticleResult[]> {
  const { cache = null, workers = defaultWorkers(), workerThreshold = 150, onProgress } = options;
  const results: ArticleResult[] = new Array(absolutePaths.length);
  const pending: Pending[] = [];
  let done = 0;
  const tick = () => onProgress?.(++done, absolutePaths.length);

  const files = options.read ?? (await readArticleFiles(absolutePaths, articlesDir, cache));
  files.forEach(({ absolutePath, relativePath, bytes, key }, index) => {
    const cached = key && cache ? cache.get(key) : undefined;
    if (cached) {
      results[index] = cached;
      tick();
    } else if (bytes) pending.push({ index, key, task: { bytes, relativePath, absolutePath } });
    else {
      // Its hash came from the file index and its entry is not in the cache: read it now, keyed by what is read.
      const read = readFileSync(absolutePath);
      pending.push({ index, key: cache ? cache.key(relativePath, contentHash(read)) : null, task: { bytes: read, relativePath, absolutePath } });
    }
  });

  const finish = (p: Pending, result: ArticleResult) => {
    results[p.index] = result;
    if (cache && p.key) cache.set(p.key, result);
    tick();
  };

  if (workers > 1 && pending.length >= workerThreshold) {
    const pool = new Piscina({ filename: new URL("./extract-worker.ts", import.meta.url).href, maxThreads: workers, minThreads: workers });
    try {
      await Promise.all(pending.map(async (p) => finish(p, (await pool.run(p.task)) as ArticleResult)));
    } finally {
      await pool.destroy();
    }
  } else if (pending.length) {
    // Loaded only when an article is extracted here: the pipeline, its extractors and their data take about a second to load.
    const [{ articleFromBytes }, { extractFromVFile }] = await Promise.all([import("../ingest/read-article.ts"), import("./extract-article.ts")]);
    pending.forEach((p, i) => {
      finish(p, extractFromVFile(articleFromBytes(p.task.bytes, p.task.relativePath, p.task.absolutePath)));
      // Extraction makes much short-lived garbage and V8 lets the heap grow to
      // twice what is live: on a big archive the heap would stay that big for
      // the rest of the build (16,000 articles: 700 MB resident, 210 MB live).
      if (i % SETTLE_EVERY === SETTLE_EVERY - 1) settleHeap();
    });
  }
  return results;
}
