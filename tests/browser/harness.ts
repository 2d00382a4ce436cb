/**
 * Shared by the browser tests: one fixture build under a path prefix (with the
 * Pagefind index), served and driven through tests/browser/site-tools.ts (the
 * same code `npm run site:check` runs on any built site). When Chromium is
 * missing, `skipReason` says why and the suites skip themselves.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { buildFixtureSite, type BuiltSite } from "../build/site-fixture.ts";
import { chromiumMissing, launchChromium, serveSite } from "./site-tools.ts";

export { AXE_PATH, CHROMIUM } from "./site-tools.ts";
export const PREFIX = "/news-archive/";
export const ARTIFACTS = path.resolve("test-artifacts");
export const skipReason = chromiumMissing;

export interface Harness {
  site: BuiltSite;
  /** http://127.0.0.1:port/news-archive/ */
  base: string;
  /** Null when Chromium is missing (the browser suites skip; validation and links still run). */
  browser: Browser | null;
  url(path: string): string;
  /** Absolute URL of axe-core on the test server. */
  axeUrl: string;
  close(): Promise<void>;
}

let shared: Promise<Harness> | null = null;

export function harness(): Promise<Harness> {
  shared ??= start();
  return shared;
}

async function start(): Promise<Harness> {
  const site = await buildFixtureSite(PREFIX, true);
  await mkdir(ARTIFACTS, { recursive: true });
  const server = await serveSite(site.outDir, PREFIX);
  const browser = await launchChromium();
  return {
    site,
    base: server.base,
    browser,
    url: server.url,
    axeUrl: server.axeUrl,
    close: async () => {
      await browser?.close();
      await server.close();
    },
  };
}

/** One page of each kind, for the accessibility, validation and screenshot checks. */
export const PAGE_KINDS: Record<string, string> = {
  home: "/",
  article: "/articles/porthaven-flood-barrier/",
  "article-undated": "/articles/undated-note/",
  "article-hostile": "/articles/escaping-check/",
  topics: "/topics/",
  topic: "/topics/flood/",
  places: "/places/",
  place: "/places/porthaven/",
  people: "/people/",
  person: "/people/alys-fenwick/",
  organizations: "/organizations/",
  organization: "/organizations/coastal-works-agency/",
  sources: "/sources/",
  source: "/sources/wirenews/",
  archive: "/archive/",
  year: "/archive/2024/",
  month: "/archive/2024/03/",
  undated: "/archive/undated/",
  search: "/search/",
  downloads: "/downloads/",
  "not-found": "/no-such-page/",
};
