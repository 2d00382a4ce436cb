/**
 * Eleventy over templates/ with the archive as data. Shared by `build`
 * (through build-site.ts), `serve` and the tests.
 */
import Eleventy from "@11ty/eleventy";
import { configureSite } from "./context.ts";
import type { RenderLedger } from "./render-plan.ts";
import { forgetRecordJson } from "./record-json.ts";
import type { SiteBuildOptions } from "./build-site.ts";

export { buildSite, DEFAULT_BATCH_SIZE, indexSite, type SiteBuildOptions, type SiteBuildResult } from "./build-site.ts";

export const TEMPLATES_DIR = "templates";
export const CONFIG_PATH = ".eleventy.ts";

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

