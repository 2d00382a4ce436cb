/**
 * Incremental rendering (issue 7): a page whose data, templates and settings
 * are the same as in the last build, and whose file in the output folder is
 * untouched since, is not rendered again. The plan hands Eleventy only the
 * pages that changed; a ledger in the cache folder remembers, per output
 * file, the key it was written from and the file's size and mtime; pages the
 * archive no longer has are deleted. Without a ledger (`--no-cache`, tests)
 * every page is rendered, as before.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, stat, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceRecords, type ArticleCard, type DirectoryPage, type ListingPage, type ArticleView, type RenderBatch, type SiteData } from "./data.ts";
import type { Archive } from "../archive/build-archive.ts";
import { recordDigest } from "./record-json.ts";
import { assertInside, permalinkOf } from "./urls.ts";

/** The pages Eleventy paginates over: all of them, or those that changed. */
export interface RenderLists {
  articles: ArticleView[];
  listings: ListingPage[];
  directories: DirectoryPage[];
}

interface LedgerEntry {
  key: string;
  size: number;
  mtimeMs: number;
}

interface LedgerFile {
  version: 1;
  /** Output file (relative to the output folder) → what it was written from. */
  files: Record<string, LedgerEntry>;
}

const LEDGER_VERSION = 1;
/** The ledger entry of the whole site (no file of that name exists). */
const SITE_ENTRY = "\0site";

export const hashOf = (...parts: string[]): string => {
  const h = createHash("sha1");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex");
};

/** Everything besides a page's own data that shapes its HTML: templates, site code, settings, library versions. */
export function renderFingerprint(site: Pick<SiteData, "settings" | "nav" | "worldUrl">, root = process.cwd()): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  for (const dir of ["templates", "src/site"]) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  files.push(path.join(root, ".eleventy.ts"));
  // Read from the files: Eleventy's exports map does not export its package.json.
  const versions = ["@11ty/eleventy", "nunjucks"].map((name) => {
    const file = path.join(root, "node_modules", name, "package.json");
    return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : "";
  });
  return hashOf(...files.map((f) => `${path.relative(root, f)}:${existsSync(f) ? readFileSync(f, "utf8") : ""}`), JSON.stringify(site.settings), JSON.stringify(site.nav), site.worldUrl, ...versions);
}

/**
 * Everything a site is made from: the render fingerprint and every record,
 * in order. The same key, and untouched output files, mean the same site.
 */
export function siteKey(settings: SiteData["settings"], archive: Pick<Archive, "records" | "key">): string {
  const fingerprint = renderFingerprint({ settings, nav: [], worldUrl: "" });
  // An archive with a key (build-archive.ts) is named by it: no record needs hashing.
  return archive.key ? hashOf(fingerprint, "archive", archive.key) : hashOf(fingerprint, ...archive.records.map((r) => recordDigest(r)));
}

/** The output file of a site URL, relative to the output folder. */
const fileOf = (url: string) => permalinkOf(url).replace(/^\//, "");

/**
 * A build's view of the output folder: which files are fresh, which must be
 * written, and, once the build is done, the new ledger.
 */
export class RenderLedger {
  private readonly old: Record<string, LedgerEntry>;
  private readonly next = new Map<string, string>();
  /** Files found untouched and written from the same key: their entries carry over without another stat. */
  private readonly fresh = new Set<string>();
  /** Size and mtime of the ledger's files, read ahead (prefetch); null: the file is gone. */
  private readonly stats = new Map<string, { size: number; mtimeMs: number } | null>();

  constructor(
    readonly ledgerFile: string,
    readonly outDir: string,
  ) {
    this.old = RenderLedger.load(ledgerFile);
  }

  private static load(file: string): Record<string, LedgerEntry> {
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as LedgerFile;
      return data.version === LEDGER_VERSION ? data.files : {};
    } catch {
      return {};
    }
  }

  /**
   * Starts reading the size and mtime of every file the ledger knows, on
   * libuv's threads: a build calls it before it extracts, so the tens of
   * thousands of stat calls the plan needs are answered on the other core
   * while this one merges and shapes the archive (a stat read ahead is still
   * taken after the last build wrote the file, so a later edit is seen).
   */
  prefetch(): Promise<void> {
    const files = Object.keys(this.old).filter((f) => f !== SITE_ENTRY);
    if (!files.length) return Promise.resolve();
    return new Promise((resolve) => {
      let pending = files.length;
      for (const file of files) {
        stat(path.join(this.outDir, file), (error, s) => {
          // A file may have been looked at synchronously meanwhile; the first answer stands.
          if (!this.stats.has(file)) this.stats.set(file, error ? null : { size: s.size, mtimeMs: s.mtimeMs });
          if (--pending === 0) resolve();
        });
      }
    });
  }

  /** The file's size and mtime: read ahead when it can be, else now; null when it is gone. */
  private statOf(file: string): { size: number; mtimeMs: number } | null {
    const known = this.stats.get(file);
    if (known !== undefined) return known;
    try {
      const s = statSync(path.join(this.outDir, file));
      return { size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return null;
    }
  }

  /** Whether the output file was written from this key and has not been touched since. Records the key either way. */
  isFresh(file: string, key: string): boolean {
    this.next.set(file, key);
    const before = this.old[file];
    if (!before || before.key !== key) return false;
    const stat = this.statOf(file);
    const fresh = !!stat && stat.size === before.size && stat.mtimeMs === before.mtimeMs;
    if (fresh) this.fresh.add(file);
    return fresh;
  }

  /**
   * Whether the whole site was last built from this key and every file it
   * wrote is still as written: then nothing needs rendering, and the ledger
   * carries every entry over unchanged.
   */
  siteUnchanged(key: string): boolean {
    const before = this.old[SITE_ENTRY];
    if (!before || before.key !== key) return false;
    for (const [file, entry] of Object.entries(this.old)) {
      if (file === SITE_ENTRY) continue;
      const stat = this.statOf(file);
      if (!stat || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) return false;
    }
    for (const [file, entry] of Object.entries(this.old)) {
      this.next.set(file, entry.key);
      this.fresh.add(file);
    }
    this.siteKey = key;
    return true;
  }

  /** Whether the ledger knew nothing of the folder: no build with this cache has written it. */
  isNew(): boolean {
    return Object.keys(this.old).length === 0;
  }

  /** Output files this build has written or kept so far. */
  current(): string[] {
    return [...this.next.keys()].filter((f) => f !== SITE_ENTRY);
  }

  /** Output files the ledger knows. */
  size(): number {
    return Object.keys(this.old).filter((f) => f !== SITE_ENTRY).length;
  }

  /** Records the key of the whole site this build made (see siteUnchanged). */
  siteKey: string | null = null;

  /**
   * Deletes the files of pages the archive no longer has, then saves what
   * every current file was written from. Call after everything is written.
   */
  commit(): { deleted: number } {
    let deleted = 0;
    for (const file of Object.keys(this.old)) {
      if (this.next.has(file) || file === SITE_ENTRY) continue;
      const full = path.join(this.outDir, file);
      assertInside(this.outDir, full);
      rmSync(full, { force: true });
      deleted++;
    }
    const files: Record<string, LedgerEntry> = {};
    if (this.siteKey) files[SITE_ENTRY] = { key: this.siteKey, size: 0, mtimeMs: 0 };
    for (const [file, key] of this.next) {
      if (file === SITE_ENTRY) continue;
      const before = this.old[file];
      if (before && before.key === key && this.fresh.has(file)) {
        files[file] = before;
        continue;
      }
      try {
        const stat = statSync(path.join(this.outDir, file));
        files[file] = { key, size: stat.size, mtimeMs: stat.mtimeMs };
      } catch {
        // Not written (an Eleventy error): left out, so the next build writes it.
      }
    }
    mkdirSync(path.dirname(this.ledgerFile), { recursive: true });
    writeFileSync(this.ledgerFile, JSON.stringify({ version: LEDGER_VERSION, files } satisfies LedgerFile));
    return { deleted };
  }
}

/** Each planned page's key (data, templates, settings): what else is made from the same page can be keyed by it. */
export const pageKeys = new WeakMap<object, string>();

/** Pages keyed between two turns of the event loop while the plan lets other work run (see planRender). */
const PLAN_SLICE = 1000;

/**
 * The pages whose output is not fresh; with no ledger, every page.
 * `afterArticles` is called once the article pages are keyed: the search
 * index, keyed by them, starts there, and the rest of the plan yields to the
 * event loop every PLAN_SLICE pages so that Pagefind (another process, on the
 * other core) is fed while this one plans, instead of after.
 */
export async function planRender(site: SiteData, ledger: RenderLedger | null, afterArticles?: () => void): Promise<RenderLists & Pick<RenderBatch, "feeds" | "sitemaps" | "sitemapIndex"> & { skipped: number }> {
  if (!ledger) {
    afterArticles?.();
    return { articles: site.articles, listings: site.listings, directories: site.directories, feeds: site.feeds, sitemaps: site.sitemaps, sitemapIndex: site.sitemapIndex, skipped: 0 };
  }
  const fingerprint = renderFingerprint(site);
  let skipped = 0;
  // A listing page's cards are shared by every page that lists the article
  // (about ten each): each card is serialised and hashed once, and a page's
  // key takes its cards' digests, not their text again.
  const cardDigests = new WeakMap<ArticleCard, string>();
  const json = (page: object): string[] => {
    // An article view's quotes are its record's (text, kind, role, cue), which
    // the record's digest covers: only their speakers' links are the view's own.
    if (sourceRecords.has(page as ArticleView)) {
      const { quotes, ...rest } = page as ArticleView;
      return [JSON.stringify(rest), JSON.stringify(quotes.map((q) => q.speaker))];
    }
    if (!("items" in page) || !Array.isArray(page.items)) return [JSON.stringify(page)];
    const { items, ...rest } = page as ListingPage;
    return [JSON.stringify(rest), ...items.map((card) => {
      let digest = cardDigests.get(card);
      if (digest === undefined) cardDigests.set(card, (digest = hashOf(JSON.stringify(card))));
      return digest;
    })];
  };
  const isStale = (page: { url: string }): boolean => {
    // An article view makes its body from its record when rendered: the record is part of its key.
    const record = sourceRecords.get(page as unknown as ArticleView);
    const key = hashOf(fingerprint, record ? recordDigest(record) : "", ...json(page));
    pageKeys.set(page, key);
    const fresh = ledger.isFresh(fileOf(page.url), key);
    if (fresh) skipped++;
    return !fresh;
  };
  const stale = async <T extends { url: string }>(pages: T[]): Promise<T[]> => {
    const out: T[] = [];
    for (let start = 0; start < pages.length; start += PLAN_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const page of pages.slice(start, start + PLAN_SLICE)) if (isStale(page)) out.push(page);
    }
    return out;
  };
  const articles = site.articles.filter(isStale);
  afterArticles?.();
  // Feeds and sitemaps too: a feed holds its articles' text, and one changed article touches few of them.
  return { articles, listings: await stale(site.listings), directories: await stale(site.directories), feeds: await stale(site.feeds), sitemaps: await stale(site.sitemaps), sitemapIndex: await stale(site.sitemapIndex), skipped };
}

/**
 * Splits the pages to render into batches of at most `size` pages, one
 * Eleventy run each: Eleventy holds every page it renders in memory until its
 * run ends, so an archive of tens of thousands of pages is rendered a slice at
 * a time. Feeds and sitemaps go in the first batch, downloads after the last.
 */
export function renderBatches(site: SiteData, size: number): RenderBatch[] {
  const pages: ({ kind: "articles"; page: ArticleView } | { kind: "listings"; page: ListingPage } | { kind: "directories"; page: DirectoryPage })[] = [
    ...site.toRender.articles.map((page) => ({ kind: "articles" as const, page })),
    ...site.toRender.listings.map((page) => ({ kind: "listings" as const, page })),
    ...site.toRender.directories.map((page) => ({ kind: "directories" as const, page })),
  ];
  const batches: RenderBatch[] = [];
  for (let start = 0; start === 0 || start < pages.length; start += size) {
    const first = start === 0;
    const batch: RenderBatch = { articles: [], listings: [], directories: [], feeds: first ? site.toRender.feeds : [], sitemaps: first ? site.toRender.sitemaps : [], sitemapIndex: first ? site.toRender.sitemapIndex : [], last: false };
    for (const p of pages.slice(start, start + size)) {
      if (p.kind === "articles") batch.articles.push(p.page);
      else if (p.kind === "listings") batch.listings.push(p.page);
      else batch.directories.push(p.page);
    }
    batches.push(batch);
  }
  batches.at(-1)!.last = true;
  return batches;
}

/** Ledger file for one output folder inside the cache folder. */
export function ledgerPath(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, "render", `${hashOf(path.resolve(outDir)).slice(0, 16)}.json`);
}
