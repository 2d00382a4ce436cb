/**
 * What each article file was when a build last read it: its size, mtime,
 * ctime and inode, and the hash of its content. A file whose stat is the
 * same is not read again to learn its hash, as git's index and rsync's quick
 * check do: a rebuild of 4,000 articles after one changed read all 4,000
 * files (a third of a second) to find that one.
 *
 * ctime is part of the stat because nobody can set it: every write, utimes
 * and rename moves it, so an edit that keeps the size and puts the mtime back
 * is still seen. An entry is trusted only when the file had been still for
 * STILL_MS when it was read: a write in the same clock tick as the read (or
 * within a coarse file system's timestamp granule) could leave every field
 * the same, so such a file is read again, as git treats "racy" entries.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The fields of fs.Stats the index compares. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** How long a file must have been untouched before it was read for its stat to vouch for its content (FAT's mtime granule is 2 s). */
export const STILL_MS = 2000;

const INDEX_VERSION = 1;

/** [size, mtimeMs, ctimeMs, ino, readAtMs, content hash] */
type Entry = [number, number, number, number, number, string];

export class FileIndex {
  private readonly old: Map<string, Entry>;
  private readonly next = new Map<string, Entry>();
  private changed = false;

  constructor(readonly file: string) {
    this.old = FileIndex.load(file);
  }

  private static load(file: string): Map<string, Entry> {
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as { version: number; files: Record<string, Entry> };
      return data.version === INDEX_VERSION ? new Map(Object.entries(data.files)) : new Map();
    } catch {
      return new Map();
    }
  }

  /** The content hash of the file as last read, when its stat says it has not changed since; undefined when it must be read. */
  hashOf(relativePath: string, stat: FileStat): string | undefined {
    const entry = this.old.get(relativePath);
    if (!entry) return undefined;
    const [size, mtimeMs, ctimeMs, ino, readAt, hash] = entry;
    const same = size === stat.size && mtimeMs === stat.mtimeMs && ctimeMs === stat.ctimeMs && ino === stat.ino;
    if (!same || Math.max(mtimeMs, ctimeMs) + STILL_MS > readAt) return undefined;
    this.next.set(relativePath, entry);
    return hash;
  }

  /** Records what a file's content hash was when it was read at `readAt` (ms since the epoch) with this stat. */
  record(relativePath: string, stat: FileStat, readAt: number, hash: string): void {
    this.next.set(relativePath, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, readAt, hash]);
    this.changed = true;
  }

  /** Saves the files this build looked at (files gone since are dropped), when anything is new. */
  save(): void {
    if (!this.changed && this.next.size === this.old.size) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Write then rename, so a build stopped midway never leaves a torn index.
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: INDEX_VERSION, files: Object.fromEntries(this.next) }));
    renameSync(tmp, this.file);
  }
}
