/**
 * The shipped sample archive (articles/) through the real pipeline and
 * Eleventy's API, in memory (toJSON: nothing is written).
 */
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import type { JsonResult } from "@11ty/eleventy";
import { buildArchive, type Archive } from "../../src/archive/build-archive.ts";
import { slugify } from "../../src/record/slug.ts";
import { createEleventy } from "../../src/site/eleventy-run.ts";

describe("the sample archive as a site", () => {
  let archive: Archive;
  let pages: Map<string, JsonResult>;

  before(async () => {
    const articlesDir = path.resolve("articles");
    archive = await buildArchive(articlesDir);
    const eleventy = createEleventy({ articlesDir, outDir: path.resolve("test-artifacts/sample-site"), archive });
    const results = await eleventy.toJSON();
    pages = new Map(results.filter((r) => typeof r.url === "string").map((r) => [r.url as string, r]));
  });

  it("should give every sample article a page, linked from home", () => {
    assert.ok(archive.records.length >= 2);
    const home = pages.get("/")?.content ?? "";
    for (const r of archive.records) {
      const page = pages.get(`/articles/${r.id}/`);
      assert.ok(page, `no page for ${r.file}`);
      assert.ok(home.includes(`href="/articles/${r.id}/"`), `home does not link ${r.id}`);
      assert.match(page.content, /<h1 class="p-name"[^>]*>[^<]+<\/h1>/);
      assert.match(page.content, /<time [^>]*datetime=|<span class="undated">undated<\/span>/);
    }
  });

  it("should write the index pages, the 404 page and the feeds", () => {
    for (const url of ["/topics/", "/places/", "/people/", "/organizations/", "/sources/", "/archive/", "/search/", "/404.html", "/feed.xml", "/sitemap.xml", "/robots.txt"]) {
      assert.ok(pages.has(url), `${url} is missing`);
    }
  });

  it("should give each place and topic of the archive its own page", () => {
    for (const r of archive.records) {
      for (const p of r.places) {
        const url = `/places/${slugify(p.id) || slugify(p.name)}/`;
        assert.ok(pages.has(url), `no page ${url} for ${p.name}`);
      }
      for (const t of r.topics) assert.ok(pages.has(`/topics/${slugify(t.label)}/`), `no page for topic ${t.label}`);
    }
  });
});
