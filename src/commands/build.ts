/**
 * `build [--articles DIR] [--out DIR] [--strict] [--path-prefix P]`:
 * articles → archive (every problem reported, one bad file never stops the
 * others) → Eleventy → Pagefind. The site is written either way; the exit
 * code is 0 unless --strict, which fails on any error or warning (for CI).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { buildArchive } from "../archive/build-archive.ts";
import { formatReport, summarize, writeReport } from "../archive/report.ts";
import { buildSite } from "../site/build-site.ts";
import { DEFAULT_CACHE_DIR, ExtractionCache } from "../archive/cache.ts";
import { BuildProgress } from "../archive/progress.ts";
import { ledgerPath, RenderLedger } from "../site/render-plan.ts";
import { compactJson } from "../site/record-json.ts";
import { settleHeap } from "../archive/heap.ts";
import { forgetShapedSite } from "../site/context.ts";

export const REPORT_FILE = "build-report.json";

export async function buildCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: "string", default: "articles" },
      out: { type: "string", default: "_site" },
      strict: { type: "boolean", default: false },
      "path-prefix": { type: "string" },
      quiet: { type: "boolean", default: false },
      // Extraction cache (issue 7): an unchanged article is never extracted twice.
      cache: { type: "string", default: process.env.CLIPPINGS_CACHE_DIR ?? DEFAULT_CACHE_DIR },
      "no-cache": { type: "boolean", default: false },
    },
  });
  const articlesDir = path.resolve(values.articles);
  const outDir = path.resolve(values.out);
  const started = performance.now();

  const progress = new BuildProgress(process.stderr, values.quiet);
  const cache = values["no-cache"] ? null : new ExtractionCache(values.cache);
  // The render ledger lives beside the extraction cache (--no-cache renders
  // every page); opened first, so its files are looked at while extraction runs.
  const ledgerFile = values["no-cache"] ? undefined : ledgerPath(values.cache, outDir);
  const ledger = ledgerFile ? new RenderLedger(ledgerFile, outDir) : undefined;
  const looked = ledger?.prefetch();
  progress.start("extract");
  const archive = await buildArchive(articlesDir, { cache, save: false, onProgress: (done, total) => (done === 1 ? progress.setTotal(total) : progress.tick(done)) });
  const archiveUnchanged = !!cache && cache.hits + cache.misses === 0 && !!archive.key;
  const fromCache = !cache ? "" : archiveUnchanged ? ", unchanged since the last build" : `, ${cache.hits} from cache`;
  progress.end(`${archive.records.length} articles${fromCache}`);
  const relativeArticles = path.relative(process.cwd(), articlesDir) || ".";
  process.stderr.write(formatReport(archive, { baseDir: relativeArticles, strict: values.strict, quiet: values.quiet }));

  // Stages of the site: shaping and planning which pages changed, Eleventy,
  // the wait for Pagefind (which indexes beside the two), then saving.
  progress.start("plan");
  await looked;
  const site = await buildSite({ articlesDir, outDir, pathPrefix: values["path-prefix"], archive, ledgerFile, ledger, onStage: (stage) => progress.next(stage) });
  progress.next("save");
  await writeReport(path.join(outDir, REPORT_FILE), archive, values.strict);
  // The archive is kept for the next build once the site is written (record
  // JSON the render plan kept is reused); the shaped site goes first.
  forgetShapedSite(archive);
  if (cache && !archiveUnchanged) {
    settleHeap();
    cache.saveArchive(articlesDir, archive, compactJson);
  }

  progress.end();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const search = site.pagefind ? `, ${site.pagefind.pages} pages ${site.pagefind.reused ? "in the unchanged search index" : "indexed for search"}` : "";
  const unchanged = site.skipped ? ` (${site.skipped} unchanged pages left as they were)` : "";
  process.stderr.write(`Wrote ${site.written.length} files${unchanged} to ${path.relative(process.cwd(), outDir) || "."}${search} in ${seconds}s\n`);
  const summary = summarize(archive, values.strict);
  if (!values.quiet) process.stderr.write(`${progress.summary({ articles: archive.records.length, pages: site.written.length, warnings: summary.warnings, errors: summary.errors })}\n`);
  return values.strict && (summary.errors > 0 || summary.warnings > 0 || summary.failed > 0) ? 1 : 0;
}
