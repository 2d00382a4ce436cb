/**
 * The per-article extraction cache: an unchanged article is never extracted
 * twice. Entries are keyed by the file's content hash, its path (the record
 * carries both) and the extraction fingerprint (EXTRACTOR_VERSION plus a
 * hash of extraction's code and data), so any change invalidates them.
 * One small JSON file per entry, sharded by the key's first two hex digits.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { readdirSync } from "node:fs";
import type { Archive } from "./build-archive.ts";
import type { ArticleResult } from "./extract-article.ts";

export const DEFAULT_CACHE_DIR = ".cache/clippings";

/** What extraction's output depends on besides the article: code and curated data. */
const EXTRACTION_INPUTS = ["src/ingest", "src/parse", "src/extract", "src/record", "src/gazetteer", "src/pipeline.ts", "src/types.ts", "data"];

/**
 * EXTRACTOR_VERSION plus a hash of every file extraction depends on, so a
 * change to an extractor or its data invalidates the cache even when nobody
 * remembers to bump the version. Computed once per process (a few ms).
 */
export function extractionFingerprint(root = path.resolve(new URL("../..", import.meta.url).pathname), inputs = EXTRACTION_INPUTS): string {
  const version = extractorVersion(root);
  const hash = createHash("sha256").update(version);
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
  for (const input of inputs) walk(path.join(root, input));
  return `${version}+${hash.digest("hex").slice(0, 16)}`;
}

/**
 * EXTRACTOR_VERSION as src/pipeline.ts declares it, read from the file, not
 * imported: importing the pipeline loads every extractor and its data (about
 * a second), which a build with nothing to extract never needs. The file is
 * hashed into the fingerprint as well, so the version is there either way.
 */
function extractorVersion(root: string): string {
  try {
    return /EXTRACTOR_VERSION\s*=\s*"([^"]*)"/.exec(readFileSync(path.join(root, "src/pipeline.ts"), "utf8"))?.[1] ?? "";
  } catch {
    return "";
  }
}

let fingerprint: string | undefined;
let archiveFingerprint: string | undefined;

/** Snapshot files are replaced, never appended to: this names the format. */
const SNAPSHOT_VERSION = 1;

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

  /**
   * The key of a whole archive: extraction's and the archive pass's code and
   * data, and what the files are (each file's path and content, as its entry
   * key says, and the problems found before reading them). The archive pass
   * is a function of these, so the same key means the same archive.
   */
  archiveKey(parts: string[]): string {
    archiveFingerprint ??= extractionFingerprint(undefined, [...EXTRACTION_INPUTS, "src/archive"]);
    const hash = createHash("sha256").update(`${SNAPSHOT_VERSION}\0${this.version}\0${archiveFingerprint}`);
    for (const part of parts) hash.update("\0").update(part);
    return hash.digest("hex");
  }

  /** The archive the last build of this articles folder made, when its key is `key`. */
  loadArchive(articlesDir: string, key: string): Archive | undefined {
    try {
      const file = this.archivePath(articlesDir);
      // The key leads the file: a stale archive is refused from its first bytes, unread.
      const head = Buffer.from(`{"key":${JSON.stringify(key)},"archive":`);
      const fd = openSync(file, "r");
      const start = Buffer.alloc(head.length);
      try {
        readSync(fd, start, 0, head.length, 0);
      } finally {
        closeSync(fd);
      }
      if (!start.equals(head)) return undefined;
      const kept = JSON.parse(readFileSync(file, "utf8")) as { key: string; archive: Archive };
      // Replaced between the two reads (another build): not this key's archive after all.
      return kept.key === key ? kept.archive : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps one archive per articles folder, the latest build's, under its key.
   * `recordJson` may hand over each record's JSON when the caller has made it already.
   */
  saveArchive(articlesDir: string, archive: Archive, recordJson: (record: Archive["records"][number]) => string = (r) => JSON.stringify(r)): void {
    if (!archive.key) return;
    const file = this.archivePath(articlesDir);
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    const { records, ...rest } = archive;
    // Written a record (and an entity) at a time: one string of the whole
    // archive would double its memory, and the entity index of 16,000
    // articles alone is tens of MB of JSON.
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, `{"key":${JSON.stringify(archive.key)},"archive":{"records":`);
      writeArray(fd, records, recordJson);
      for (const [name, value] of Object.entries(rest)) {
        if (value === undefined) continue;
        writeSync(fd, `,${JSON.stringify(name)}:`);
        if (Array.isArray(value)) writeArray(fd, value as unknown[], (v) => JSON.stringify(v));
        else if (value && typeof value === "object" && Object.values(value).every(Array.isArray)) {
          writeSync(fd, "{");
          Object.entries(value as unknown as Record<string, unknown[]>).forEach(([field, list], i) => {
            writeSync(fd, `${i ? "," : ""}${JSON.stringify(field)}:`);
            writeArray(fd, list, (v) => JSON.stringify(v));
          });
          writeSync(fd, "}");
        } else writeSync(fd, JSON.stringify(value));
      }
      writeSync(fd, "}}");
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  }

  private archivePath(articlesDir: string): string {
    return path.join(this.dir, "archive", `${folderName(articlesDir)}.json`);
  }

  /** Where the stat and content hash of each file of an articles folder is kept (file-index.ts). */
  fileIndexPath(articlesDir: string): string {
    return path.join(this.dir, "files", `${folderName(articlesDir)}.json`);
  }

  private pathOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** A file name for an articles folder: each folder keeps its own archive and file index. */
function folderName(articlesDir: string): string {
  return createHash("sha256").update(path.resolve(articlesDir)).digest("hex").slice(0, 16);
}

/** Writes a JSON array an element at a time. */
function writeArray<T>(fd: number, list: T[], json: (item: T) => string): void {
  writeSync(fd, "[");
  list.forEach((item, i) => writeSync(fd, i ? `,${json(item)}` : json(item)));
  writeSync(fd, "]");
}
