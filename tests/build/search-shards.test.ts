/**
 * The search index in shards (src/site/search-index.ts): every article is
 * indexed exactly once, in the shard its id fixes, and the search page is
 * told only about bundles that hold pages.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import type { Archive } from "../../src/archive/build-archive.ts";
import { configureSite, siteData } from "../../src/site/context.ts";
import { buildSite } from "../../src/site/eleventy-run.ts";
import { sourceRecords } from "../../src/site/data.ts";
import { bundleDir, indexShards, searchRecord, SHARDS_FILE, shardCount, shardMembers, shardOf, shardsOf } from "../../src/site/search-index.ts";
import { FIXTURES } from "./site-fixture.ts";

describe("search index shards", () => {
  it("should give an article the same shard every time and spread ids over all shards", () => {
    const ids = Array.from({ length: 400 }, (_, i) => `article-${i}`);
    assert.deepEqual(ids.map((id) => shardOf(id, 4)), ids.map((id) => shardOf(id, 4)));
    const used = new Set(ids.map((id) => shardOf(id, 4)));
    assert.deepEqual([...used].sort(), [0, 1, 2, 3]);
    assert.equal(shardCount(0), 1);
    assert.equal(shardCount(4001, 2000), 3);
  });

  it("should index every article page once across the listed bundles", async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), "clippings-shards-"));
    const archive = JSON.parse(await readFile(path.join(FIXTURES, "archive.json"), "utf8")) as Archive;
    configureSite({ settingsFile: path.join(FIXTURES, "site.config.json") });
    await buildSite({ articlesDir: FIXTURES, outDir, archive, search: false });
    const { articles } = await siteData();
    const records = shardMembers(articles, 1).map((m) => m.map((view) => searchRecord(view, sourceRecords.get(view)!, "en")));
    const result = await indexShards(outDir, shardsOf(records));
    assert.equal(result.pages, articles.length);
    const listed = JSON.parse(readFileSync(path.join(outDir, SHARDS_FILE), "utf8")) as string[];
    const expected = [...new Set(articles.map((a) => shardOf(a.id, articles.length)))].sort().map((s) => `${bundleDir(s)}/`);
    assert.deepEqual([...listed].sort(), expected.sort());
    for (const bundle of listed) assert.ok(existsSync(path.join(outDir, bundle, "pagefind-entry.json")), `${bundle} has no index`);
    await rm(outDir, { recursive: true, force: true });
  });

  it("should index a shard again when one of its articles changed, and only then", async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), "clippings-shards-"));
    const [outDir, ledgerFile] = [path.join(tmp, "site"), path.join(tmp, "ledger.json")];
    const load = async () => JSON.parse(await readFile(path.join(FIXTURES, "archive.json"), "utf8")) as Archive;
    configureSite({ settingsFile: path.join(FIXTURES, "site.config.json") });
    const first = await buildSite({ articlesDir: FIXTURES, outDir, archive: await load(), ledgerFile });
    assert.equal(first.pagefind?.reused, false);
    // A new archive object with the same content: nothing to index.
    const same = await buildSite({ articlesDir: FIXTURES, outDir, archive: await load(), ledgerFile });
    assert.equal(same.pagefind?.reused, true, "an unchanged archive was indexed again");
    // Only one article's body: its page's key changes, and with it its shard's.
    const changed = await load();
    const body = changed.records[0]!.paragraphs.find((p) => p.role === "body")!;
    body.text = `${body.text} A sentence only the search index and the page can show.`;
    const again = await buildSite({ articlesDir: FIXTURES, outDir, archive: changed, ledgerFile });
    assert.equal(again.pagefind?.reused, false, "a changed article's shard was not indexed again");
    await rm(tmp, { recursive: true, force: true });
  });

  it("should build the search index into an output folder that does not exist yet", async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), "clippings-shards-"));
    const outDir = path.join(tmp, "not", "made", "yet");
    const archive = JSON.parse(await readFile(path.join(FIXTURES, "archive.json"), "utf8")) as Archive;
    configureSite({ settingsFile: path.join(FIXTURES, "site.config.json") });
    const result = await buildSite({ articlesDir: FIXTURES, outDir, archive });
    assert.equal(result.pagefind?.pages, archive.records.filter((r) => !r.meta.draft).length);
    assert.ok(existsSync(path.join(outDir, SHARDS_FILE)));
    await rm(tmp, { recursive: true, force: true });
  });

  it("should give Pagefind an article's body text, title, filters and date, not its headline or speaker tags", async () => {
    const archive = JSON.parse(await readFile(path.join(FIXTURES, "archive.json"), "utf8")) as Archive;
    configureSite({ settingsFile: path.join(FIXTURES, "site.config.json"), archive });
    const { articles } = await siteData();
    const view = articles.find((a) => a.id === "porthaven-flood-barrier")!;
    const record = searchRecord(view, sourceRecords.get(view)!, "en-GB");
    assert.equal(record.url, "/articles/porthaven-flood-barrier/");
    assert.equal(record.language, "en");
    assert.equal(record.meta.title, view.title);
    assert.match(record.content, /stops deciding/);
    assert.doesNotMatch(record.content, /^Harbour town opens new flood barrier/);
    assert.deepEqual(record.filters.place, view.places.map((p) => p.name));
    assert.ok(record.filters.year?.length === 1 && record.sort.date === view.date);
  });
});
