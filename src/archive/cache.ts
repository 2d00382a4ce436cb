/**
 * The per-article extraction cache: an unchanged article is never extracted
 * twice. Entries are keyed by the file's content hash, its path (the record
 * carries both) and EXTRACTOR_VERSION, so either change invalidates them.
 * One small JSON file per entry, sharded by the key's first two hex digits.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXTRACTOR_VERSION } from "../pipeline.ts";
import type { ArticleResult } from "./extract-article.ts";

export const DEFAULT_CACHE_DIR = ".cache/clippings";

export class ExtractionCache {
  readonly dir: string;
  hits = 0;
  misses = 0;

  constructor(dir: string = DEFAULT_CACHE_DIR, readonly version: string = EXTRACTOR_VERSION) {
    this.dir = path.resolve(dir);
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
