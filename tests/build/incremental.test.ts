/**
 * Incremental rendering (src/site/render-plan.ts): with a ledger, a rebuild
 * renders only the pages whose data changed, leaves the rest byte for byte,
 * deletes pages the archive no longer has, and ends with the same site a
 * full build makes. Rendering in batches (one Eleventy run per slice of
 * pages) writes the same site as one run.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import type { Archive } from "../../src/archive/build-archive.ts";
import { configureSite } from "../../src/site/context.ts";
import { buildSite } from "../../src/site/eleventy-run.ts";
import { FIXTURES } from "./site-fixture.ts";

async function fixtureArchive(): Promise<Archive> {
  return JSON.parse(await readFile(path.join(FIXTURES, "archive.json"), "utf8")) as Archive;
}

/** Every file under a folder with its bytes, the search index and ledger aside. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== "pagefind") await walk(full);
      } else out.set(path.relative(dir, full), await readFile(full, "utf8"));
    }
  };
  await walk(dir);
  return out;
}

async function build(archive: Archive, outDir: string, ledgerFile?: string, batchSize?: number) {
  configureSite({ settingsFile: path.join(FIXTURES, "site.config.json") });
  return buildSite({ articlesDir: FIXTURES, outDir, archive, search: false, ledgerFile, batchSize });
}

describe("incremental rendering", () => {
  it("should render nothing again when nothing changed, and match a full build byte for byte", async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), "clippings-incremental-"));
    const ledger = path.join(tmp, "ledger.json");
    const first = await build(await fixtureArchive(), path.join(tmp, "site"), ledger);
    assert.equal(first.skipped, 0);
    const second = await build(await fixtureArchive(), path.join(tmp, "site"), ledger);
    assert.ok(second.skipped > 0, "no page was left alone");
    const articlePages = second.written.filter((f) => f.startsWith("articles/"));
    assert.deepEqual(articlePages, [], "article pages were rendered again");
    await build(await fixtureArchive(), path.join(tmp, "full"));
    assert.deepEqual(await snapshot(path.join(tmp, "site")), await snapshot(path.join(tmp, "full")));
    await rm(tmp, { recursive: true, force: true });
  });

  it("should render a changed article again and delete the pages of an article that is gone", async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), "clippings-incremental-"));
    const ledger = path.join(tmp, "ledger.json");
    const site = path.join(tmp, "site");
    const archive = await fixtureArchive();
    await build(archive, site, ledger);
    const changed = await fixtureArchive();
    const [edited, removed] = [changed.records[0]!, changed.records.at(-1)!];
    edited.title = `${edited.title} (corrected)`;
    const body = edited.paragraphs.find((p) => p.role === "body")!;
    body.text = `${body.text} A sentence the correction added.`;
    changed.records = changed.records.slice(0, -1);
    const rebuilt = await build(changed, site, ledger);
    assert.ok(rebuilt.written.includes(`articles/${edited.id}/index.html`), "the edited article was not rendered");
    const page = await readFile(path.join(site, `articles/${edited.id}/index.html`), "utf8");
    assert.match(page, /\(corrected\)/);
    assert.match(page, /A sentence the correction added\./, "the body is not the record's");
    assert.equal(existsSync(path.join(site, `articles/${removed.id}/index.html`)), false, "the removed article's page is still there");
    assert.equal(existsSync(path.join(site, `articles/${removed.id}.json`)), false, "the removed article's record is still there");
    await build(changed, path.join(tmp, "full"));
    assert.deepEqual(await snapshot(site), await snapshot(path.join(tmp, "full")));
    // Only the body of another article: its view's own fields stay the same.
    // (A new archive object, as every CLI build makes: a site is shaped once per archive.)
    const next = JSON.parse(JSON.stringify(changed)) as Archive;
    const other = next.records[1]!;
    const otherBody = other.paragraphs.find((p) => p.role === "body")!;
    otherBody.text = `${otherBody.text} Only the body changed.`;
    const again = await build(next, site, ledger);
    assert.ok(again.written.includes(`articles/${other.id}/index.html`), "a body-only change was not rendered");
    assert.match(await readFile(path.join(site, `articles/${other.id}/index.html`), "utf8"), /Only the body changed\./);
    // Feeds carry article text: the whole-archive feed is rewritten, the feeds of topics the article is not in are not.
    const feeds = (await readdir(site, { recursive: true })).filter((f) => f.endsWith("feed.xml"));
    const rewritten = again.written.filter((f) => f.endsWith("feed.xml"));
    assert.ok(rewritten.includes("feed.xml"), "the archive feed was not rewritten");
    assert.ok(rewritten.length < feeds.length, `every feed was rewritten (${rewritten.length} of ${feeds.length})`);
    await build(next, path.join(tmp, "full2"));
    assert.deepEqual(await snapshot(site), await snapshot(path.join(tmp, "full2")));
    await rm(tmp, { recursive: true, force: true });
  });

  it("should write the same site when it renders in batches of a few pages", async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), "clippings-incremental-"));
    await build(await fixtureArchive(), path.join(tmp, "batched"), undefined, 4);
    await build(await fixtureArchive(), path.join(tmp, "whole"));
    const batched = await snapshot(path.join(tmp, "batched"));
    assert.ok(batched.size > 20);
    assert.deepEqual(batched, await snapshot(path.join(tmp, "whole")));
    await rm(tmp, { recursive: true, force: true });
  });

  it("should remove an older build's pages on the first build with a ledger, and nothing that is not the archive's", async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), "clippings-incremental-"));
    const site = path.join(tmp, "site");
    await build(await fixtureArchive(), site);
    // An older build's page of an article since removed, and files that are not the archive's.
    await mkdir(path.join(site, "articles", "gone-article"), { recursive: true });
    await writeFile(path.join(site, "articles", "gone-article", "index.html"), "old page");
    await writeFile(path.join(site, "notes.txt"), "mine");
    await writeFile(path.join(site, ".nojekyll"), "");
    await mkdir(path.join(site, "extra"), { recursive: true });
    await writeFile(path.join(site, "extra", "page.html"), "mine too");
    await build(await fixtureArchive(), site, path.join(tmp, "ledger.json"));
    assert.equal(existsSync(path.join(site, "articles", "gone-article")), false, "the older build's page is still there");
    for (const kept of ["notes.txt", ".nojekyll", "extra/page.html", "styles.css", "index.html"]) assert.ok(existsSync(path.join(site, kept)), `${kept} was removed`);
    await build(await fixtureArchive(), path.join(tmp, "full"));
    const cleaned = await snapshot(site);
    for (const mine of ["notes.txt", ".nojekyll", "extra/page.html"]) cleaned.delete(mine);
    assert.deepEqual(cleaned, await snapshot(path.join(tmp, "full")));
    await rm(tmp, { recursive: true, force: true });
  });

  it("should render a page again when its output file was edited by hand", async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), "clippings-incremental-"));
    const ledger = path.join(tmp, "ledger.json");
    const site = path.join(tmp, "site");
    const archive = await fixtureArchive();
    await build(archive, site, ledger);
    const page = path.join(site, `articles/${archive.records[0]!.id}/index.html`);
    const original = await readFile(page, "utf8");
    await writeFile(page, "tampered");
    await build(archive, site, ledger);
    assert.equal(await readFile(page, "utf8"), original);
    await rm(tmp, { recursive: true, force: true });
  });
});
