/**
 * The whole-archive cache (src/archive/cache.ts, build-archive.ts): a build
 * whose files, code and data are all unchanged reads the last archive back
 * in one piece (no entry read, no archive pass); any change to a file, a new
 * file or a removed one builds the archive anew, and the result is always
 * what a build without any cache makes.
 */
import assert from "node:assert/strict";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { buildArchive, type Archive } from "../../src/archive/build-archive.ts";
import { ExtractionCache } from "../../src/archive/cache.ts";

const seeds = ["000_82f0f64b889d80f0.txt", "004_66e53a1cb4cfbe1d.txt"].map((f) => readFileSync(path.join("articles", f), "utf8"));

function makeArticles(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "clippings-snapshot-"));
  mkdirSync(path.join(dir, "articles", "nested"), { recursive: true });
  for (let i = 0; i < count; i++) {
    const body = seeds[i % seeds.length]!.split("\n").slice(i % 4).join("\n");
    writeFileSync(path.join(dir, "articles", i % 2 ? `a${i}.txt` : `nested/b${i}.txt`), `---\ntitle: Copy ${i}\n---\n${body}`);
  }
  return dir;
}

/** The archive without its key (a build without a cache has none). */
const content = (a: Archive) => JSON.parse(JSON.stringify({ ...a, key: undefined })) as unknown;

describe("whole-archive cache", () => {
  it("should read an unchanged archive back without reading any entry, and build it anew after a change", async () => {
    const dir = makeArticles(5);
    const articles = path.join(dir, "articles");
    const cacheDir = path.join(dir, "cache");
    const first = await buildArchive(articles, { cache: new ExtractionCache(cacheDir), workers: 1 });
    assert.ok(first.key, "a cached build names its archive");

    const again = new ExtractionCache(cacheDir);
    const second = await buildArchive(articles, { cache: again, workers: 1 });
    assert.equal(again.hits + again.misses, 0, "an entry was read although nothing changed");
    assert.equal(second.key, first.key);
    assert.deepEqual(content(second), content(first));

    appendFileSync(path.join(articles, "a1.txt"), "\nA sentence added later.\n");
    const changed = new ExtractionCache(cacheDir);
    const third = await buildArchive(articles, { cache: changed, workers: 1 });
    assert.notEqual(third.key, first.key);
    assert.equal(changed.misses, 1, "the changed file was not extracted again");
    assert.deepEqual(content(third), content(await buildArchive(articles, { workers: 1 })));

    rmSync(path.join(articles, "nested", "b0.txt"));
    const fourth = await buildArchive(articles, { cache: new ExtractionCache(cacheDir), workers: 1 });
    assert.equal(fourth.records.length, 4);
    assert.deepEqual(content(fourth), content(await buildArchive(articles, { workers: 1 })));
    rmSync(dir, { recursive: true, force: true });
  });

  it("should not take another folder's archive, nor one made by other code", async () => {
    const dir = makeArticles(3);
    const articles = path.join(dir, "articles");
    const cacheDir = path.join(dir, "cache");
    await buildArchive(articles, { cache: new ExtractionCache(cacheDir, "1"), workers: 1 });
    const bumped = new ExtractionCache(cacheDir, "2");
    await buildArchive(articles, { cache: bumped, workers: 1 });
    assert.equal(bumped.misses, 3, "a new extractor version kept the old archive");
    const copy = path.join(dir, "copy");
    mkdirSync(copy);
    writeFileSync(path.join(copy, "only.txt"), seeds[0]!);
    const other = await buildArchive(copy, { cache: new ExtractionCache(cacheDir, "2"), workers: 1 });
    assert.deepEqual(other.records.map((r) => r.file), ["only.txt"]);
    rmSync(dir, { recursive: true, force: true });
  });
});
