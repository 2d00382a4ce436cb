/**
 * A build of the site: the render plan (which pages changed), Eleventy over
 * those pages in batches, and Pagefind over the records, at the same time.
 * Eleventy itself is loaded only when a page must be rendered: a rebuild with
 * nothing changed never pays for loading it (about a second).
 */
import path from "node:path";
import type { Archive } from "../archive/build-archive.ts";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { configureSite, currentArchive, siteData, siteSettings } from "./context.ts";
import { sourceRecords, type ArticleView, type SiteData } from "./data.ts";
import { hashOf, pageKeys, RenderLedger, renderBatches, siteKey } from "./render-plan.ts";
import { forgetRecordJson, releaseRecordJson } from "./record-json.ts";
import { collectGarbage, heapIsBig, settleHeap } from "../archive/heap.ts";
import { WORLD_ASSET } from "./maps.ts";
import { bundleDir, indexShards, searchRecord, SHARDS_FILE, shardMembers, type SearchShard } from "./search-index.ts";
import { assertInside } from "./urls.ts";

/** Copied as it is to the output folder's root (.eleventy.ts, addPassthroughCopy). */
const PUBLIC_DIR = "public";

export interface SiteBuildOptions {
  articlesDir: string;
  outDir: string;
  pathPrefix?: string | undefined;
  /** The archive, when the caller has built it already (extract once). */
  archive?: Archive;
  quiet?: boolean;
  /** Skip Pagefind (tests that do not search). */
  search?: boolean;
  /** Where to remember what the output folder holds, so unchanged pages are not rendered again (render-plan.ts). */
  ledgerFile?: string | undefined;
  /** That ledger, opened already (build.ts opens it first, so its stat calls run while the archive is built). */
  ledger?: RenderLedger | undefined;
  /** Pages per Eleventy run (render-plan.ts, renderBatches). */
  batchSize?: number | undefined;
  /** Told when the build moves on from planning to rendering, and from rendering to waiting for the search index (the build's summary times each). */
  onStage?: ((stage: "render" | "search") => void) | undefined;
}

/** Pages per Eleventy run: Eleventy keeps each run's pages in memory until the run ends (measured at 4,000 articles, 15,000 pages: 2,000 a batch peaked at 534 MB, 4,000 at 617 MB, one run at 1 GB). */
export const DEFAULT_BATCH_SIZE = 2500;
/** Pages per Eleventy run when the heap is big already (16,000 articles, cold build: 2,500 a batch peaked at 807 MB, 1,500 at 760-799 MB, 1,000 at 745 MB in the same time). */
export const BIG_HEAP_BATCH_SIZE = 1000;

export interface SiteBuildResult {
  /** Output files Eleventy wrote, relative to the output folder. */
  written: string[];
  pagefind: { pages: number; reused: boolean } | null;
  /** Pages left as the last build wrote them. */
  skipped: number;
}

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const ledger = options.ledger ?? (options.ledgerFile ? new RenderLedger(options.ledgerFile, options.outDir) : null);
  forgetRecordJson();
  configureSite({ articlesDir: options.articlesDir, pathPrefix: options.pathPrefix, archive: options.archive ?? null, ledger });
  // Nothing changed since the last build into this folder: leave it as it is.
  if (ledger) {
    const key = siteKey(siteSettings(), await currentArchive());
    if (ledger.siteUnchanged(key) && (options.search === false || existsSync(path.join(options.outDir, "pagefind-shards.json")))) {
      ledger.commit();
      return { written: [], pagefind: options.search === false ? null : { pages: (await currentArchive()).records.length, reused: true }, skipped: ledger.size() };
    }
    ledger.siteKey = key;
  }
  // What reading or extracting the archive left behind goes before the site is shaped.
  settleHeap();
  // The search index is made from the records, not the pages: Pagefind (its
  // own process) indexes while the rest of the site is planned and Eleventy
  // renders, the two cores both busy. It starts once the article pages are
  // keyed, since its shards are keyed by them.
  // (Set in a callback, which TypeScript's narrowing cannot see: hence the cast.)
  let search = null as { done: Promise<{ pages: number; shards: number }> } | null;
  const startSearch = (site: SiteData) => {
    if (options.search !== false) search ??= startSearchIndex(options.outDir, site, ledger);
  };
  const data = await siteData(startSearch);
  startSearch(data);
  // A big archive renders without the records' JSON the plan made (the
  // digests stay), and in smaller batches: each holds its pages' HTML.
  const big = heapIsBig();
  if (big) {
    releaseRecordJson();
    collectGarbage();
  }
  const batchSize = options.batchSize ?? (big ? BIG_HEAP_BATCH_SIZE : DEFAULT_BATCH_SIZE);
  const written = new Set<string>();
  options.onStage?.("render");
  try {
    for (const batch of renderBatches(data, batchSize)) {
      data.render = batch; // what the templates paginate over in this run
      for (const file of await renderBatch(options, ledger)) written.add(file);
      // Between batches only: after the last, nothing more is rendered.
      if (!batch.last) collectGarbage();
    }
  } finally {
    data.render = data.toRender;
    if (search) options.onStage?.("search");
    // Never leave Pagefind running behind a failed render.
    await search?.done.catch(() => undefined);
  }
  const pagefind: SiteBuildResult["pagefind"] = search ? { pages: data.articles.length, reused: (await search.done).shards === 0 && data.articles.length > 0 } : null;
  // A first build with a ledger into a folder that holds files already (an
  // older build without the cache, another archive): what this build did not
  // write goes, as later builds remove the pages of articles that are gone.
  if (ledger?.isNew()) removeStrays(options.outDir, new Set([...written, ...ledger.current()]));
  // Last: every file of this build is written, so the ledger can record them and drop what is gone.
  ledger?.commit();
  return { written: [...written].sort(), pagefind, skipped: data.skipped };
}

/**
 * One Eleventy run over the current batch; returns the files it wrote,
 * relative to the output folder. A function of its own so that Eleventy's
 * results (every page's HTML) die when it returns: held in the build loop's
 * frame, a suspended async function kept the last batch's pages alive
 * through the whole next batch (a heap snapshot showed 2,500 pages, 93 MB).
 */
async function renderBatch(options: SiteBuildOptions, ledger: RenderLedger | null): Promise<string[]> {
  const { createEleventy } = await import("./eleventy-run.ts");
  const [, templates] = await createEleventy(options, "build", ledger).write();
  const written: string[] = [];
  for (const t of templates.flat()) {
    if (!t || typeof t.outputPath !== "string") continue;
    // Belt and braces: permalinks are checked when computed; this checks what was written.
    assertInside(options.outDir, t.outputPath);
    written.push(path.relative(options.outDir, path.resolve(t.outputPath)).split(path.sep).join("/"));
  }
  return written;
}

/** Files every build writes besides pages and downloads: the passthrough copy of public/, the world map, the search index, the report. */
function alwaysWritten(file: string): boolean {
  return /^pagefind(-\d+)?\//.test(file) || file === SHARDS_FILE || file === WORLD_ASSET.slice(1) || file === "build-report.json";
}

/**
 * Where a Clippings build writes: its page folders and its root files. Only
 * these are cleaned, so an output folder shared with other files (a docs/
 * folder, a repository) loses nothing that is not the archive's.
 */
const OWN_FOLDERS = new Set(["articles", "topics", "places", "people", "organizations", "sources", "archive", "downloads", "search", "assets"]);
const OWN_ROOT_FILES = /^(?:index\.html|404\.html|robots\.txt|feed\.(?:xml|json)|sitemap(?:-\d+)?\.xml)$/;

/**
 * Deletes the files in the archive's own folders (and its root files) that
 * this build did not write, then folders left empty. Anything else in the
 * output folder, and dot-files anywhere (.git, .nojekyll, .well-known), is
 * never touched.
 */
function removeStrays(outDir: string, written: Set<string>): void {
  const ours = new Set(written);
  if (existsSync(PUBLIC_DIR)) for (const f of readdirSync(PUBLIC_DIR, { recursive: true, withFileTypes: true })) if (f.isFile()) ours.add(path.relative(PUBLIC_DIR, path.join(f.parentPath, f.name)).split(path.sep).join("/"));
  // Folders holding a file of this build, and those among them holding more
  // than their own index.html: a page's folder (articles/x/) is not listed,
  // so cleaning costs a few directory reads, not one per page.
  const holds = new Set<string>();
  const deeper = new Set<string>();
  for (const file of ours) {
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      holds.add(dir);
      if (i < parts.length - 1 || parts.at(-1) !== "index.html") deeper.add(dir);
    }
  }
  const walk = (dir: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(outDir, full).split(path.sep).join("/");
      const top = dir === outDir;
      const own = !top || (entry.isDirectory() ? OWN_FOLDERS.has(entry.name) : OWN_ROOT_FILES.test(entry.name));
      if (!own || entry.name.startsWith(".") || (entry.isDirectory() && alwaysWritten(`${relative}/`))) {
        empty = false;
      } else if (entry.isDirectory()) {
        if (holds.has(relative) && !deeper.has(relative)) empty = false;
        else if (walk(full)) rmSync(full, { recursive: true, force: true });
        else empty = false;
      } else if (ours.has(relative) || alwaysWritten(relative)) {
        empty = false;
      } else {
        assertInside(outDir, full);
        rmSync(full, { force: true });
      }
    }
    return empty;
  };
  if (existsSync(outDir)) walk(outDir);
}

/** Every article's search shard (search-index.ts), its records made when asked for. */
function searchShards(articles: ArticleView[], language: string): SearchShard[] {
  return shardMembers(articles).map((members) => ({ size: members.length, records: () => members.map((view) => searchRecord(view, sourceRecords.get(view)!, language)) }));
}

/** The Pagefind package's version: a new Pagefind may write other bundles from the same records. */
let pagefindVersion: string | undefined;
function pagefindVersionOf(): string {
  if (pagefindVersion === undefined) {
    try {
      // Read from the file, as render-plan.ts reads Eleventy's: the package's exports map has no package.json.
      pagefindVersion = (JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", "pagefind", "package.json"), "utf8")) as { version: string }).version;
    } catch {
      pagefindVersion = "";
    }
  }
  return pagefindVersion;
}

/**
 * Starts indexing the shards whose search records changed since the last
 * build into this folder (all of them without a ledger). The ledger records
 * each shard's key under its bundle's entry file, so the key is committed
 * only once the bundle is written.
 */
function startSearchIndex(outDir: string, data: SiteData, ledger: RenderLedger | null): { done: Promise<{ pages: number; shards: number }> } {
  const members = shardMembers(data.articles);
  const shards = searchShards(data.articles, data.settings.language);
  const version = pagefindVersionOf();
  const stale = new Set<number>();
  shards.forEach((shard, i) => {
    // A search record is made from its article's view and record, which the
    // article page's key covers with the site code and settings: a shard is
    // keyed by its pages' keys, without making every record of every shard.
    const pages = members[i]!.map((view) => pageKeys.get(view));
    const key = pages.every(Boolean) ? hashOf("search", version, String(shards.length), ...(pages as string[])) : hashOf("search", version, String(shards.length), ...shard.records().map((r) => JSON.stringify(r)));
    if (!ledger?.isFresh(`${bundleDir(i)}/pagefind-entry.json`, key)) stale.add(i);
  });
  const done = indexShards(outDir, shards, stale);
  done.catch(() => undefined); // awaited by the caller; this only keeps an early failure from counting as unhandled
  return { done };
}

/** Pagefind over the site's articles, in shards (search-index.ts); `only` limits it to some shards. */
export async function indexSite(outDir: string, articles: ArticleView[], only?: Set<number>): Promise<{ pages: number }> {
  return indexShards(outDir, searchShards(articles, siteSettings().language), only);
}
