import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { linkMentions, quoteSegments } from "../../src/site/body.ts";
import { sitemaps } from "../../src/site/data.ts";
import { formatDay, parseDay } from "../../src/site/dates.ts";
import { quotesCsv } from "../../src/site/downloads.ts";
import { safeJson } from "../../src/site/jsonld.ts";
import { normalizePrefix } from "../../src/site/settings.ts";
import { absoluteUrl, assertInside, checkUrl, paged } from "../../src/site/urls.ts";
import type { ArticleRecord } from "../../src/record/schema.ts";

describe("site URLs", () => {
  it("should refuse a URL that could leave the output folder", () => {
    for (const bad of ["/../x/", "/articles/../../etc/", "//host/", "/a b/", "/Articles/", "articles/x/", "/x/%2e%2e/"]) {
      assert.throws(() => checkUrl(bad), /Refusing URL/, bad);
    }
    assert.equal(checkUrl("/articles/a-b-2/"), "/articles/a-b-2/");
    assert.equal(checkUrl("/articles/a-b.json"), "/articles/a-b.json");
  });

  it("should refuse an output path outside the output folder", () => {
    assert.throws(() => assertInside("/tmp/site", "/tmp/site/../elsewhere/index.html"));
    assert.throws(() => assertInside("/tmp/site", "/tmp/site-other/index.html"));
    assert.doesNotThrow(() => assertInside("/tmp/site", "/tmp/site/a/index.html"));
  });

  it("should number pages after the first under page/N/", () => {
    assert.equal(paged("/topics/flood/", 1), "/topics/flood/");
    assert.equal(paged("/topics/flood/", 3), "/topics/flood/page/3/");
  });

  it("should join origin, path prefix and URL once", () => {
    assert.equal(absoluteUrl("https://example.org", "/news/", "/articles/x/"), "https://example.org/news/articles/x/");
    assert.equal(absoluteUrl("https://example.org", "/", "/"), "https://example.org/");
    assert.equal(normalizePrefix("news/archive"), "/news/archive/");
    assert.throws(() => normalizePrefix("/../x/"));
  });

  it("should split the sitemap past 50,000 URLs", () => {
    const urls = Array.from({ length: 50_001 }, (_, i) => `https://e.org/${i}/`);
    const maps = sitemaps(urls);
    assert.deepEqual(maps.map((m) => [m.url, m.urls.length]), [["/sitemap-1.xml", 50_000], ["/sitemap-2.xml", 1]]);
    assert.equal(sitemaps(urls.slice(0, 3))[0]?.url, "/sitemap.xml");
  });
});

describe("site body segments", () => {
  const url = (name: string) => `/people/${name.toLowerCase().replace(/\s+/g, "-")}/`;

  it("should wrap a quote with its marks and leave the rest as text", () => {
    const segs = quoteSegments("\u201cWe stay,\u201d she said.", [{ text: "We stay,", speaker: "Ann Lee", kind: "direct", paragraph: 0, cue: "said" }], url);
    assert.deepEqual(segs, [
      { type: "quote", text: "We stay,", speaker: "Ann Lee", speakerUrl: "/people/ann-lee/", kind: "direct" },
      { type: "text", text: " she said." },
    ]);
  });

  it("should take the comma inside the closing mark into the quote, leaving no stray mark", () => {
    const segs = quoteSegments('"We will return to the state," he said.', [{ text: "We will return to the state", speaker: "Ann Lee", kind: "direct", paragraph: 0, cue: "said" }], url);
    assert.deepEqual(segs, [
      { type: "quote", text: "We will return to the state,", speaker: "Ann Lee", speakerUrl: "/people/ann-lee/", kind: "direct" },
      { type: "text", text: " he said." },
    ]);
  });

  it("should keep a paragraph whole when its quote is not found in it", () => {
    const segs = quoteSegments("No quote here.", [{ text: "missing", speaker: null, kind: "direct", paragraph: 0, cue: null }], url);
    assert.deepEqual(segs, [{ type: "text", text: "No quote here." }]);
  });

  it("should link only the first whole-word mention of an entity", () => {
    const linked = new Set<string>();
    const first = linkMentions([{ type: "text", text: "Parisians love Paris." }], [{ names: ["Paris"], url: "/places/paris/", kind: "place" }], linked);
    assert.deepEqual(first, [
      { type: "text", text: "Parisians love " },
      { type: "link", text: "Paris", url: "/places/paris/", kind: "place" },
      { type: "text", text: "." },
    ]);
    const second = linkMentions([{ type: "text", text: "Paris again." }], [{ names: ["Paris"], url: "/places/paris/", kind: "place" }], linked);
    assert.deepEqual(second, [{ type: "text", text: "Paris again." }]);
  });
});

describe("site serialisation", () => {
  it("should escape < in JSON-LD so article text cannot close the script", () => {
    assert.equal(safeJson({ h: "</script>" }), '{"h":"\\u003c/script>"}');
  });

  it("should quote every CSV field and defuse spreadsheet formulas", () => {
    const record = { id: "a", title: 'Say "hi"', date: null, quotes: [{ text: "=cmd()", speaker: "X", kind: "direct", paragraph: 2, cue: null }] } as unknown as ArticleRecord;
    const [, row] = quotesCsv([record]).split("\r\n");
    assert.equal(row, '"a","Say ""hi""","","2","direct","X","","","\'=cmd()"');
  });

  it("should parse ISO days strictly and show a missing one as undated", () => {
    assert.equal(parseDay("2022-02-30"), null);
    assert.equal(formatDay(null, "en-GB"), "undated");
    assert.equal(formatDay("2022-05-16", "en-GB"), "16 May 2022");
  });
});

describe("site listing pages", () => {
  it("should spread what a much-quoted person said over the pages of their listing", async () => {
    const { shapeSite } = await import("../../src/site/data.ts");
    const { loadSettings } = await import("../../src/site/settings.ts");
    const archive = JSON.parse(readFileSync("tests/build/fixtures/archive.json", "utf8")) as { records: ArticleRecord[] };
    const record = structuredClone(archive.records[0]!);
    const speaker = record.quotes.find((q) => q.speaker)?.speaker;
    assert.ok(speaker, "the fixture needs a quoted speaker");
    const many = Array.from({ length: 45 }, (_, i) => ({ ...record.quotes.find((q) => q.speaker === speaker)!, text: `Quote number ${i}` }));
    record.quotes = many;
    const settings = { ...loadSettings(undefined, {}), pageSize: 10 };
    const site = shapeSite({ records: [record] }, settings);
    const pages = site.listings.filter((l) => l.kind === "person" && l.quotes.length && l.term.name === speaker);
    assert.deepEqual(pages.map((p) => p.quotes.length), [20, 20, 5]);
    assert.deepEqual(pages.map((p) => p.totalPages), [3, 3, 3]);
    assert.equal(new Set(pages.flatMap((p) => p.quotes.map((q) => q.text))).size, 45);
  });
});

describe("place coordinates", () => {
  it("should write a place's coordinates with hemispheres and none when unknown", async () => {
    const { coordinatesText } = await import("../../src/site/data.ts");
    assert.equal(coordinatesText(51.5074, -0.1278), "51.51° N, 0.13° W");
    assert.equal(coordinatesText(-33.8688, 151.2093), "33.87° S, 151.21° E");
    assert.equal(coordinatesText(null, 2), null);
  });
});
