import assert from "node:assert/strict";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { ExtractionCache } from "../../src/archive/cache.ts";
import { extractMany, readArticleFiles } from "../../src/archive/extract-many.ts";
import { FileIndex, STILL_MS, type FileStat } from "../../src/archive/file-index.ts";

const article = "---\ntitle: The index test\n---\nA first paragraph of the article.\n\nA second paragraph, said the reporter.\n";

function folderWithOneArticle(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "clippings-index-"));
  const file = path.join(dir, "one.txt");
  writeFileSync(file, article);
  return { dir, file };
}

/** An index file that recorded one.txt as read at `readAt` with hash h1, opened as the next build opens it. */
function indexRecording(dir: string, stat: FileStat, readAt: number): FileIndex {
  const first = new FileIndex(path.join(dir, "index.json"));
  first.record("one.txt", stat, readAt, "h1");
  first.save();
  return new FileIndex(path.join(dir, "index.json"));
}

describe("FileIndex", () => {
  it("should vouch for a content hash while the file's stat is unchanged", () => {
    const { dir, file } = folderWithOneArticle();
    const stat = statSync(file);
    const index = indexRecording(dir, stat, stat.ctimeMs + STILL_MS + 1);
    assert.equal(index.hashOf("one.txt", stat), "h1");
  });

  it("should not vouch for a file whose size, mtime, ctime or inode changed", () => {
    const { dir, file } = folderWithOneArticle();
    const stat = statSync(file);
    const index = indexRecording(dir, stat, stat.ctimeMs + STILL_MS + 1);
    for (const field of ["size", "mtimeMs", "ctimeMs", "ino"] as const) {
      const changed = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, [field]: stat[field] + 1 };
      assert.equal(index.hashOf("one.txt", changed), undefined, field);
    }
  });

  it("should not vouch for a file read within the still time of its last change, since a later write in the same tick would look the same", () => {
    const { dir, file } = folderWithOneArticle();
    const stat = statSync(file);
    assert.equal(indexRecording(dir, stat, stat.ctimeMs + 10).hashOf("one.txt", stat), undefined);
    assert.equal(indexRecording(dir, stat, stat.ctimeMs + STILL_MS + 1).hashOf("one.txt", stat), "h1");
  });

  it("should keep what it was told across builds and drop the files a build no longer has", () => {
    const { dir, file } = folderWithOneArticle();
    const stat = statSync(file);
    const first = new FileIndex(path.join(dir, "index.json"));
    first.record("one.txt", stat, stat.ctimeMs + STILL_MS + 1, "h1");
    first.record("gone.txt", stat, stat.ctimeMs + STILL_MS + 1, "h2");
    first.save();
    const second = new FileIndex(path.join(dir, "index.json"));
    assert.equal(second.hashOf("one.txt", stat), "h1");
    second.save();
    const third = new FileIndex(path.join(dir, "index.json"));
    assert.equal(third.hashOf("gone.txt", stat), undefined);
    assert.equal(third.hashOf("one.txt", stat), "h1");
  });
});

describe("readArticleFiles with a file index", () => {
  it("should take an unchanged file's hash from the index without reading the file", async () => {
    const { dir, file } = folderWithOneArticle();
    const cache = new ExtractionCache(path.join(dir, ".cache"), "test");
    const stat = statSync(file);
    // An index that says the file held other content: only a read would find out.
    const index = new FileIndex(cache.fileIndexPath(dir));
    index.record("one.txt", stat, stat.ctimeMs + STILL_MS + 1, "what-the-index-says");
    index.save();
    const [read] = await readArticleFiles([file], dir, cache, [stat]);
    assert.equal(read!.bytes, null);
    assert.equal(read!.key, cache.key("one.txt", "what-the-index-says"));
  });

  it("should read a file the index has not seen, and remember it for the next build", async () => {
    const { dir, file } = folderWithOneArticle();
    const cache = new ExtractionCache(path.join(dir, ".cache"), "test");
    const stat = statSync(file);
    const [read] = await readArticleFiles([file], dir, cache, [stat]);
    assert.ok(read!.bytes);
    const saved = new FileIndex(cache.fileIndexPath(dir));
    // Just written: too recent to vouch for (racy), but recorded.
    assert.equal(saved.hashOf("one.txt", stat), undefined);
  });

  it("should extract the file's real content when the index vouched for a hash the cache has no entry for", async () => {
    const { dir, file } = folderWithOneArticle();
    const cache = new ExtractionCache(path.join(dir, ".cache"), "test");
    const stat = statSync(file);
    const index = new FileIndex(cache.fileIndexPath(dir));
    index.record("one.txt", stat, stat.ctimeMs + STILL_MS + 1, "stale-hash");
    index.save();
    const read = await readArticleFiles([file], dir, cache, [stat]);
    const [result] = await extractMany([file], dir, { cache, read, workers: 1 });
    assert.ok(result?.ok);
    assert.equal(result.record.title, "The index test");
    // Cached under the key of what was read, not the stale hash.
    assert.equal(cache.get(cache.key("one.txt", "stale-hash")), undefined);
  });
});
