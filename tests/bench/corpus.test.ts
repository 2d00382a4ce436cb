import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prng, synthesize, type SourceArticle } from "../../src/bench/corpus.ts";

const sources: SourceArticle[] = ["business", "sport", "tech"].flatMap((category) =>
  Array.from({ length: 4 }, (_, i) => ({ category, headline: `${category} headline ${i}`, paragraphs: [`${category} p${i}a.`, `${category} p${i}b.`, `${category} p${i}c.`] })),
);

describe("benchmark corpora", () => {
  it("should make the same synthetic archive from the same seed", () => {
    assert.deepEqual(synthesize(sources, 50, 9), synthesize(sources, 50, 9));
    assert.notDeepEqual(synthesize(sources, 50, 9), synthesize(sources, 50, 10));
  });

  it("should keep every synthetic article within one category and give some front matter", () => {
    const out = synthesize(sources, 60);
    assert.equal(new Set(out.map((a) => a.name)).size, 60);
    for (const a of out) {
      const body = a.text.replace(/^---\n[\s\S]*?\n---\n/, "");
      for (const other of ["business", "sport", "tech"].filter((c) => c !== a.category)) assert.ok(!body.includes(other), `${a.name} mixes categories`);
    }
    assert.ok(out.filter((a) => a.text.startsWith("---\n")).length >= 10);
  });

  it("should draw numbers in [0, 1) from the seeded generator", () => {
    const r = prng(1);
    const draws = Array.from({ length: 1000 }, r);
    assert.ok(draws.every((x) => x >= 0 && x < 1));
    assert.ok(new Set(draws).size > 990);
  });
});
