/**
 * Nunjucks filters. Dates and URLs are shaped in TypeScript (data.ts); these
 * only bridge what a template knows (page.url) to what it must print.
 */
import type { UserConfig } from "@11ty/eleventy";
import type { SiteSettings } from "./settings.ts";
import { absoluteUrl, permalinkOf } from "./urls.ts";

export function addFilters(config: UserConfig, settings: SiteSettings): void {
  // Every paginated permalink goes through here: a URL that is not a plain slug path throws.
  config.addFilter("permalink", (url: string) => permalinkOf(url));
  // Canonical, Open Graph and feed URLs: origin + path prefix + site URL.
  config.addFilter("absolute", (url: string) => absoluteUrl(settings.origin, settings.pathPrefix, url));
  config.addFilter("plural", (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`);
}
