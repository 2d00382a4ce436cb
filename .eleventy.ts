/**
 * Eleventy config, kept thin (STYLE.md, point 8): plugins, filters, the
 * passthrough of public/, watch targets, and one addGlobalData that hands
 * Eleventy the built archive. Article files are never Eleventy templates:
 * templates/ is the only input, articles arrive as data.
 */
import { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import { articlesDir, currentArchive, invalidateArchive, renderLedger, siteData, siteSettings } from "./src/site/context.ts";
import { writeDownloads } from "./src/site/downloads.ts";
import { settleHeap } from "./src/archive/heap.ts";
import { addFilters } from "./src/site/filters.ts";
import { writeWorldAsset } from "./src/site/maps.ts";

export default function (config: UserConfig) {
  const settings = siteSettings();

  // Added explicitly so a configured path prefix rewrites every root-relative
  // href/src in the HTML: https://www.11ty.dev/docs/plugins/html-base/
  config.addPlugin(HtmlBasePlugin);
  // Filters only (dateToRfc3339, absoluteUrl ...); feeds are our own templates
  // over prepared lists, with an origin-only base so the prefix is not doubled.
  config.addPlugin(rssPlugin);
  addFilters(config, settings);

  // The archive, rebuilt on every Eleventy build (a function, not a value):
  // https://www.11ty.dev/docs/data-global-custom/
  config.addGlobalData("archive", siteData);
  config.addPassthroughCopy({ public: "/" });

  // Dev server: articles are data, so watch them explicitly and forget the
  // cached archive before a rebuild.
  config.addWatchTarget(`${articlesDir()}/**/*`);
  config.on("eleventy.beforeWatch", () => invalidateArchive());

  // JSON outputs (records, JSON Lines, CSV, JSON feeds) are serialised in
  // TypeScript, never through a template.
  config.on("eleventy.after", async ({ directories, outputMode }) => {
    if (outputMode !== "fs") return;
    const site = await siteData();
    // A build rendered in batches (render-plan.ts) writes the downloads once, after its last batch.
    if (!site.render.last) return;
    settleHeap();
    await writeDownloads(directories.output, await currentArchive(), await siteData(), renderLedger());
    await writeWorldAsset(directories.output);
  });

  config.setTemplateFormats(["njk"]);
  return {
    // Input and output come from the caller (src/site/eleventy-run.ts); set
    // here they would override the constructor's arguments.
    dir: { includes: "_includes", data: "_data" },
    pathPrefix: settings.pathPrefix,
    htmlTemplateEngine: "njk",
  };
}
