import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { ExtractionCache } from "../../src/archive/cache.ts";
import { extractMany } from "../../src/archive/extract-many.ts";
import { discoverArticles } from "../../src/ingest/discover.ts";

const seeds = ["000_82f0f64b889d80f0.txt", "004_66e53a1cb4cfbe1d.txt"].map((f) => readFileSync(path.join("articles", f), "utf8"));

/** A small archive made from the sample articles, each copy a little different. */
function makeArchive(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "clippings-many-"));
  mkdirSync(path.join(dir, "nested"));
  for (let i = 0; i < count; i++) {
    const body = seeds[i % seeds.length]!.split("\n").slice(i % 5).join("\n");
    writeFileSync(path.join(dir, i % 3 ? `a${i}.txt` : `nested/b${i}.txt`), `---\ntitle: Copy ${i}\n---\n${body}`);
  }
  return dir;
}

describe("extractMany", () => {
  it("should give the same records from worker threads as from the main thread, in input order", async () => {
    const dir = makeArchive(12);
    const paths = await discoverArticles(dir);
    const single = await extractMany(paths, dir, { workers: 1 });
    const pooled = await extractMany(paths, dir, { workers: 2, workerThreshold: 1 });
    assert.equal(single.length, 12);
    assert.deepEqual(pooled, single);
  });

  it("should never extract an unchanged article twice", async () => {
    const dir = makeArchive(4);
    const paths = await discoverArticles(dir);
    const cache = new ExtractionCache(path.join(dir, ".cache"));
    const cold = await extractMany(paths, dir, { cache, workers: 1 });
    assert.equal(cache.misses, 4);
    const warm = await extractMany(paths, dir, { cache, workers: 1 });
    assert.equal(cache.hits, 4);
    assert.deepEqual(warm, cold);
  });

  it("should re-extract an article whose content changed, and only that one", async () => {
    const dir = makeArchive(4);
    const paths = await discoverArticles(dir);
    const cache = new ExtractionCache(path.join(dir, ".cache"));
    await extractMany(paths, dir, { cache, workers: 1 });
    writeFileSync(paths[0]!, "---\ntitle: Changed\n---\nA new first paragraph.\nAnd a second one.");
    const before = { hits: cache.hits, misses: cache.misses };
    const results = await extractMany(paths, dir, { cache, workers: 1 });
    assert.equal(cache.misses - before.misses, 1);
    assert.equal(cache.hits - before.hits, 3);
    assert.ok(results[0]?.ok && results[0].record.title === "Changed");
  });

  it("should re-extract everything when the extractor version changes", async () => {
    const dir = makeArchive(3);
    const paths = await discoverArticles(dir);
    await extractMany(paths, dir, { cache: new ExtractionCache(path.join(dir, ".cache"), "1"), workers: 1 });
    const bumped = new ExtractionCache(path.join(dir, ".cache"), "2");
    await extractMany(paths, dir, { cache: bumped, workers: 1 });
    assert.equal(bumped.hits, 0);
    assert.equal(bumped.misses, 3);
  });
});

describe("extractionFingerprint", () => {
  it("should change when a file extraction depends on changes", async () => {
    const { extractionFingerprint } = await import("../../src/archive/cache.ts");
    const root = mkdtempSync(path.join(tmpdir(), "clippings-fp-"));
    mkdirSync(path.join(root, "src/extract"), { recursive: true });
    writeFileSync(path.join(root, "src/extract/a.ts"), "export const a = 1;\n");
    const before = extractionFingerprint(root);
    assert.equal(extractionFingerprint(root), before);
    writeFileSync(path.join(root, "src/extract/a.ts"), "export const a = 2;\n");
    assert.notEqual(extractionFingerprint(root), before);
  });
});
