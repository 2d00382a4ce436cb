import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { comparePaths, discover } from "../../src/ingest/discover.ts";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "clippings-discover-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("discover", () => {
  it("should find .txt and .md in sub-folders in a stable order, skipping dotfiles and other files", async () => {
    const dir = folder({ "b.txt": "x", "a/z.md": "x", "a/b.TXT": "x", ".hidden.txt": "x", ".git/c.txt": "x", "photo.jpg": "x", "notes.markdown": "x" });
    const found = await discover(dir);
    assert.deepEqual(found.files.map((f) => f.relative), ["a/b.TXT", "a/z.md", "b.txt", "notes.markdown"]);
    assert.deepEqual(found.problems, []);
  });

  it("should keep file names with spaces and dots as they are", async () => {
    const dir = folder({ "with space.txt": "x", "a..b.txt": "x", "..c.txt": "x" });
    assert.deepEqual((await discover(dir)).files.map((f) => f.relative), ["a..b.txt", "with space.txt"]);
  });

  it("should refuse a symlink leading outside the articles folder and read one leading inside", async () => {
    const outside = folder({ "secret.txt": "secret" });
    const dir = folder({ "real.txt": "x" });
    symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "leak.txt"));
    symlinkSync(outside, path.join(dir, "leakdir"));
    symlinkSync(path.join(dir, "real.txt"), path.join(dir, "alias.txt"));
    symlinkSync(path.join(dir, "missing.txt"), path.join(dir, "broken.txt"));
    const found = await discover(dir);
    assert.deepEqual(found.files.map((f) => f.relative), ["alias.txt", "real.txt"]);
    assert.deepEqual(found.problems.map((p) => `${p.file} ${p.rule} ${p.severity}`).sort(), [
      "broken.txt broken-symlink error",
      "leak.txt symlink-outside error",
      "leakdir symlink-outside error",
    ]);
  });

  it("should order NFC and NFD spellings of one name together and note them", async () => {
    const dir = folder({ "caf\u00e9.txt": "x", "cafe\u0301.txt": "y", "cafd.txt": "z" });
    const found = await discover(dir);
    assert.equal(found.files.length, 3);
    assert.equal(found.files[0]?.relative, "cafd.txt");
    assert.deepEqual(found.problems.map((p) => p.rule), ["file-name-unicode"]);
  });

  it("should report a missing articles folder instead of throwing", async () => {
    const found = await discover(path.join(tmpdir(), "clippings-no-such-folder"));
    assert.equal(found.problems[0]?.rule, "articles-folder");
  });

  it("should compare paths without the locale", () => {
    assert.deepEqual(["b", "B", "a", "\u00e9", "e"].sort(comparePaths), ["B", "a", "b", "e", "\u00e9"]);
  });
});
