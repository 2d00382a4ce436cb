/**
 * The per-article extraction cache: an unchanged article is never extracted
 * twice. Entries are keyed by the file's content hash, its path (the record
 * carries both) and the extraction fingerprint (EXTRACTOR_VERSION plus a
 * hash of extraction's code and data), so any change invalidates them.
 * One small JSON file per entry, sharded by the key's first two hex digits.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readdirSync } from "node:fs";
import { EXTRACTOR_VERSION } from "../pipeline.ts";
import type { ArticleResult } from "./extract-article.ts";

export const DEFAULT_CACHE_DIR = ".cache/clippings";

/** What extraction's output depends on besides the article: code and curated data. */
const EXTRACTION_INPUTS = ["src/ingest", "src/parse", "src/extract", "src/record", "src/gazetteer", "src/pipeline.ts", "src/types.ts", "data"];

/**
 * EXTRACTOR_VERSION plus a hash of every file extraction depends on, so a
 * change to an extractor or its data invalidates the cache even when nobody
 * remembers to bump the version. Computed once per process (a few ms).
 */
export function extractionFingerprint(root = path.resolve(new URL("../..", import.meta.url).pathname)): string {
  const hash = createHash("sha256").update(EXTRACTOR_VERSION);
  const walk = (p: string): void => {
    let entries;
    try {
      entries = readdirSync(p, { withFileTypes: true });
    } catch {
      try {
        hash.update(p.slice(root.length)).update(readFileSync(p));
      } catch {
        // Missing input (e.g. an optional data folder): nothing to hash.
      }
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) walk(path.join(p, e.name));
  };
  for (const input of EXTRACTION_INPUTS) walk(path.join(root, input));
  return `${EXTRACTOR_VERSION}+${hash.digest("hex").slice(0, 16)}`;
}

let fingerprint: string | undefined;

export class ExtractionCache {
  readonly dir: string;
  hits = 0;
  misses = 0;

  readonly version: string;

  constructor(dir: string = DEFAULT_CACHE_DIR, version?: string) {
    this.dir = path.resolve(dir);
    this.version = version ?? (fingerprint ??= extractionFingerprint());
  }

  key(relativePath: string, contentHash: string): string {
    return createHash("sha256").update(`${this.version}\0${relativePath}\0${contentHash}`).digest("hex");
  }

  get(key: string): ArticleResult | undefined {
    try {
      const value = JSON.parse(readFileSync(this.pathOf(key), "utf8")) as ArticleResult;
      this.hits++;
      return value;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  set(key: string, result: ArticleResult): void {
    const file = this.pathOf(key);
    mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a build stopped midway never leaves a torn entry.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(result));
    renameSync(tmp, file);
  }

  private pathOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
