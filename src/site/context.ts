/**
 * What the CLI tells the Eleventy config: which articles folder, which path
 * prefix, and the archive it has already built (so a build extracts once).
 * Eleventy loads `.eleventy.ts` as a module in this same process, so a module
 * is the channel; environment variables are the fallback for a bare
 * `npx @11ty/eleventy` run.
 */
import path from "node:path";
import { buildArchive, type Archive, type BuildArchiveOptions } from "../archive/build-archive.ts";
import { shapeSite, type SiteData } from "./data.ts";
import { planRender, type RenderLedger } from "./render-plan.ts";
import { loadSettings, type SiteSettings } from "./settings.ts";
import { heapIsBig, settleHeap } from "../archive/heap.ts";
import { releaseRecordJson } from "./record-json.ts";

interface Context {
  articlesDir: string;
  pathPrefix: string | undefined;
  settingsFile: string | undefined;
  archive: Archive | null;
  /** How to rebuild the archive when it is not given (dev server: with the extraction cache). */
  archiveOptions: BuildArchiveOptions;
  /** What the output folder holds from the last build; null renders every page. */
  ledger: RenderLedger | null;
}

const context: Context = {
  articlesDir: path.resolve(process.env.CLIPPINGS_ARTICLES ?? "articles"),
  pathPrefix: process.env.CLIPPINGS_PATH_PREFIX,
  settingsFile: process.env.CLIPPINGS_SETTINGS,
  archive: null,
  archiveOptions: {},
  ledger: null,
};

export function configureSite(options: { articlesDir?: string; pathPrefix?: string | undefined; settingsFile?: string; archive?: Archive | null; archiveOptions?: BuildArchiveOptions; ledger?: RenderLedger | null }): void {
  if (options.ledger !== undefined) context.ledger = options.ledger;
  if (options.archiveOptions) context.archiveOptions = options.archiveOptions;
  if (options.articlesDir) context.articlesDir = path.resolve(options.articlesDir);
  if (options.pathPrefix !== undefined) context.pathPrefix = options.pathPrefix;
  if (options.settingsFile) context.settingsFile = options.settingsFile;
  if (options.archive !== undefined) context.archive = options.archive;
}

export function articlesDir(): string {
  return context.articlesDir;
}

export function siteSettings(): SiteSettings {
  return loadSettings(context.settingsFile ? path.resolve(context.settingsFile) : undefined, { pathPrefix: context.pathPrefix });
}

/** Forget the built archive: the next build re-reads the articles (dev server, after a change). */
export function invalidateArchive(): void {
  context.archive = null;
}

export function renderLedger(): RenderLedger | null {
  return context.ledger;
}

export async function currentArchive(): Promise<Archive> {
  context.archive ??= await buildArchive(context.articlesDir, context.archiveOptions);
  return context.archive;
}

/**
 * The one global data Eleventy gets: the archive, shaped for the templates,
 * with this build's render plan. `afterArticles` is called with the shaped
 * site once its article pages are planned (build-site.ts starts the search
 * index there); not at all when this build's plan was made already.
 */
export async function siteData(afterArticles?: (shaped: SiteData) => void): Promise<SiteData> {
  const archive = await currentArchive();
  let data = shaped.get(archive);
  if (!data) {
    shaped.set(archive, (data = shapeSite(archive, siteSettings())));
    // Shaping's garbage goes before planning makes every record's JSON; a
    // big archive keeps none of that JSON (it is made again when written).
    settleHeap();
    if (heapIsBig()) releaseRecordJson();
  }
  // A plan belongs to one build (one ledger); the shaping is shared by every build of the same archive.
  const ledger = context.ledger;
  let planned = plans.get(data);
  if (!planned || planned.ledger !== ledger) {
    const shapedSite = data;
    // The promise is kept, not its result: a second caller while the plan is being made waits for the same plan.
    const site = planRender(shapedSite, ledger, afterArticles && (() => afterArticles(shapedSite))).then((plan): SiteData => {
      const toRender = { ...shapedSite.toRender, articles: plan.articles, listings: plan.listings, directories: plan.directories, feeds: plan.feeds, sitemaps: plan.sitemaps, sitemapIndex: plan.sitemapIndex };
      return { ...shapedSite, render: toRender, toRender, skipped: plan.skipped };
    });
    plans.set(data, (planned = { ledger, site }));
  }
  return planned.site;
}

/**
 * Lets the archive's shaped site go once the site is written: the shaping is
 * kept as long as its archive otherwise, and a build keeps the archive to
 * save it (16,000 articles: about 250 MB that saving has no use for).
 */
export function forgetShapedSite(archive: Archive): void {
  shaped.delete(archive);
  if (context.archive === archive) context.archive = null;
}

/** One shaping per archive: the templates and the downloads share it. */
const shaped = new WeakMap<Archive, SiteData>();
const plans = new WeakMap<SiteData, { ledger: RenderLedger | null; site: Promise<SiteData> }>();
