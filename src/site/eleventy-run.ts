/**
 * Runs Eleventy over templates/ with the archive as data, then Pagefind over
 * the output. Shared by `build`, `serve` and the build test.
 */
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import Eleventy from "@11ty/eleventy";
import type { Archive } from "../archive/build-archive.ts";
import { existsSync } from "node:fs";
import { configureSite, currentArchive, siteData, siteSettings } from "./context.ts";
import { RenderLedger, renderBatches, siteKey } from "./render-plan.ts";
import { forgetRecordJson } from "./record-json.ts";
import { bundleDir, indexShards } from "./search-index.ts";
import { assertInside } from "./urls.ts";

export const TEMPLATES_DIR = "templates";
export const CONFIG_PATH = ".eleventy.ts";

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
  /** Pages per Eleventy run (render-plan.ts, renderBatches). */
  batchSize?: number | undefined;
}

/** Pages per Eleventy run: Eleventy keeps each run's pages in memory until the run ends (measured at 4,000 articles, 15,000 pages: 2,000 a batch peaked at 534 MB, 4,000 at 617 MB, one run at 1 GB). */
export const DEFAULT_BATCH_SIZE = 2500;

export interface SiteBuildResult {
  /** Output files Eleventy wrote, relative to the output folder. */
  written: string[];
  pagefind: { pages: number; reused: boolean } | null;
  /** Pages left as the last build wrote them. */
  skipped: number;
}

export function createEleventy(options: SiteBuildOptions, runMode: "build" | "serve" | "watch" = "build", ledger: RenderLedger | null = null): Eleventy {
  if (runMode !== "build") forgetRecordJson();
  configureSite({ articlesDir: options.articlesDir, pathPrefix: options.pathPrefix, archive: options.archive ?? null, ledger });
  return new Eleventy(TEMPLATES_DIR, options.outDir, {
    configPath: CONFIG_PATH,
    quietMode: options.quiet ?? true,
    runMode,
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
  });
}

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const ledger = options.ledgerFile ? new RenderLedger(options.ledgerFile, options.outDir) : null;
  forgetRecordJson();
  configureSite({ articlesDir: options.articlesDir, pathPrefix: options.pathPrefix, archive: options.archive ?? null, ledger });
  // Nothing changed since the last build into this folder: leave it as it is.
  if (ledger) {
    const key = siteKey(siteSettings(), (await currentArchive()).records);
    if (ledger.siteUnchanged(key) && (options.search === false || existsSync(path.join(options.outDir, "pagefind-shards.json")))) {
      ledger.commit();
      return { written: [], pagefind: options.search === false ? null : { pages: (await currentArchive()).records.length, reused: true }, skipped: ledger.size() };
    }
    ledger.siteKey = key;
  }
  const data = await siteData();
  const written = new Set<string>();
  try {
    for (const batch of renderBatches(data, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
      data.render = batch; // what the templates paginate over in this run
      const [, templates] = await createEleventy(options, "build", ledger).write();
      for (const t of templates.flat()) {
        if (!t || typeof t.outputPath !== "string") continue;
        // Belt and braces: permalinks are checked when computed; this checks what was written.
        assertInside(options.outDir, t.outputPath);
        written.add(path.relative(options.outDir, path.resolve(t.outputPath)).split(path.sep).join("/"));
      }
      collectGarbage();
    }
  } finally {
    data.render = data.toRender;
  }
  let pagefind: SiteBuildResult["pagefind"] = null;
  if (options.search !== false) {
    // A shard whose article pages are all unchanged keeps its bundle. isFresh
    // also records the key, so the ledger commits it once the index is written.
    const stale = new Set(data.searchKeys.map((key, shard) => (ledger?.isFresh(`${bundleDir(shard)}/pagefind-entry.json`, key) ? -1 : shard)).filter((s) => s >= 0));
    const reused = stale.size === 0 && data.searchKeys.length > 0;
    if (reused) pagefind = { pages: data.articles.length, reused };
    else {
      await indexSite(options.outDir, data.articles, ledger ? stale : undefined);
      pagefind = { pages: data.articles.length, reused };
    }
  }
  // Last: every file of this build is written, so the ledger can record them and drop what is gone.
  ledger?.commit();
  return { written: [...written].sort(), pagefind, skipped: data.skipped };
}

/**
 * A full garbage collection between batches: V8 otherwise lets the heap grow
 * to about twice what is live before it collects, and a finished Eleventy run
 * leaves all its pages behind. (Node exposes gc only behind a flag; turning
 * the flag on at run time and taking gc from a new context is the documented
 * way round: https://nodejs.org/api/v8.html#v8setflagsfromstringflags.)
 */
let gc: (() => void) | null | undefined;
function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** Pagefind over the written site's article pages, in shards (search-index.ts); `only` limits it to some shards. */
export async function indexSite(outDir: string, articles: { id: string; url: string }[], only?: Set<number>): Promise<{ pages: number }> {
  return indexShards(outDir, articles, only);
}
