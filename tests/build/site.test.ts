import assert from "node:assert/strict";
import { describe, it, before } from "node:test";
import { buildFixtureSite, type BuiltSite } from "./site-fixture.ts";

describe("site build through Eleventy", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixtureSite("/", false);
  });

  it("should write home, every article, index pages, feeds, sitemap, robots and 404", () => {
    for (const file of [
      "index.html",
      "404.html",
      "articles/porthaven-flood-barrier/index.html",
      "articles/undated-note/index.html",
      "topics/index.html",
      "topics/flood/index.html",
      "places/index.html",
      "places/porthaven/index.html",
      "people/alys-fenwick/index.html",
      "organizations/coastal-works-agency/index.html",
      "sources/wirenews/index.html",
      "archive/index.html",
      "archive/2024/03/index.html",
      "archive/undated/index.html",
      "feed.xml",
      "topics/flood/feed.xml",
      "sitemap.xml",
      "robots.txt",
      "search/index.html",
    ]) {
      assert.ok(site.written.includes(file), `${file} was not written`);
    }
  });

  it("should never write outside the output folder", () => {
    assert.ok(site.written.every((f) => !f.startsWith("..") && !f.startsWith("/")));
  });

  it("should render an article with headline, dateline, date, figure with credit and marked-up quotes", async () => {
    const html = await site.read("/articles/porthaven-flood-barrier/");
    assert.match(html, /<h1[^>]*>Harbour town opens new flood barrier<\/h1>/);
    assert.match(html, /<time[^>]*datetime="2024-03-04"[^>]*>4 March 2024<\/time>/);
    assert.match(html, /<span class="dateline">PORTHAVEN, March 3 \(Wirenews\) -<\/span>/);
    assert.match(html, /<figure class="caption">\s*<figcaption>Workers close the barrier for a test in Porthaven\. <span class="credit">Jane Doe \/ Wirenews<\/span>/);
    assert.match(html, /<q class="quote-direct">This is the day the sea stops deciding for us,<\/q> <a class="said-by" href="\/people\/alys-fenwick\/" data-pagefind-ignore[^>]*>/);
    assert.match(html, /<blockquote class="pull-quote">\s*<p>We will keep the gates open/);
    assert.match(html, /<h2 id="who-quoted">Who is quoted<\/h2>/);
    assert.match(html, /<a href="\/sources\/wirenews\/">Wirenews<\/a>/);
  });

  it("should say undated and keep working when an article has no date, place or quote", async () => {
    const html = await site.read("/articles/undated-note/");
    assert.match(html, /<span class="undated">undated<\/span>/);
    assert.match(html, /No one is quoted in this article\./);
    assert.match(html, /No sources are named\./);
    assert.doesNotMatch(html, /datePublished/);
  });

  it("should escape article text everywhere, JSON-LD included", async () => {
    const html = await site.read("/articles/escaping-check/");
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<b>bold<\/b>/);
    assert.doesNotMatch(html, /<i>Mallory/);
    assert.match(html, /\{\{ 7\*7 \}\}/, "article text is data, never template source");
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    assert.doesNotMatch(jsonLd, /</);
    const data = JSON.parse(jsonLd) as { "@type": string; headline: string };
    assert.equal(data["@type"], "NewsArticle");
    assert.match(data.headline, /<\/script>/);
  });

  it("should paginate index pages with rel prev/next and page N of M", async () => {
    const first = await site.read("/places/porthaven/");
    assert.match(first, /<span class="page-of">Page 1 of 2<\/span>/);
    assert.match(first, /<link rel="next" href="\/places\/porthaven\/page\/2\/">/);
    assert.doesNotMatch(first, /rel="prev"/);
    const second = await site.read("/places/porthaven/page/2/");
    assert.match(second, /<link rel="prev" href="\/places\/porthaven\/">/);
    assert.match(second, /<span class="page-of">Page 2 of 2<\/span>/);
    const years = await site.read("/archive/2024/");
    assert.match(years, /2 articles/);
    const index = await site.read("/topics/");
    assert.match(index, /<h2 id="group-\d+"><a href="\/topics\/environment\/">environment<\/a><\/h2>/, "topics are grouped under their top-level topic");
    assert.match(index, /flood<\/a> <span class="count">1<\/span>/);
  });

  it("should publish an Atom feed with absolute URLs and a JSON Feed", async () => {
    const atom = await site.read("/feed.xml");
    assert.match(atom, /<link href="https:\/\/archive\.example\.net\/articles\/porthaven-flood-barrier\/"\/>/);
    assert.match(atom, /<title>Headline with &lt;\/script&gt;/);
    const feed = JSON.parse(await site.read("/feed.json")) as { version: string; items: { url: string }[] };
    assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
    assert.equal(feed.items.length, 4);
  });

  it("should publish records as JSON Lines, each article's JSON and quotes as CSV", async () => {
    const lines = (await site.read("/downloads/records.jsonl")).trim().split("\n");
    assert.equal(lines.length, 4);
    const record = JSON.parse(await site.read("/articles/porthaven-flood-barrier.json")) as { id: string };
    assert.equal(record.id, "porthaven-flood-barrier");
    const csv = await site.read("/downloads/quotes.csv");
    assert.match(csv, /^"article_id","article_title","date"/);
    assert.match(csv, /"Alys Fenwick"/);
  });

  it("should list what a person said across the archive", async () => {
    const html = await site.read("/people/alys-fenwick/");
    assert.match(html, /What Alys Fenwick said/);
    assert.match(html, /<q>This is the day the sea stops deciding for us,<\/q>/);
  });
});

describe("site build under a path prefix", () => {
  it("should prefix every root-relative link and the canonical URL", async () => {
    const site = await buildFixtureSite("/news-archive/", false);
    const html = await site.read("/articles/ferry-strike-talks/");
    assert.match(html, /<link rel="canonical" href="https:\/\/archive\.example\.net\/news-archive\/articles\/ferry-strike-talks\/">/);
    assert.match(html, /href="\/news-archive\/styles\.css"/);
    assert.doesNotMatch(html, /href="\/(?!news-archive\/)[^"]*"/);
    assert.doesNotMatch(html, /(?:src|action)="\/(?!news-archive\/)[^"]*"/);
    const atom = await site.read("/feed.xml");
    assert.match(atom, /https:\/\/archive\.example\.net\/news-archive\/articles\//);
    assert.doesNotMatch(atom, /news-archive\/news-archive/);
  });
});
