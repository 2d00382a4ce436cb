/**
 * Shared by the browser tests: one fixture build under a path prefix (with the
 * Pagefind index), a static server that serves it the way a static host
 * would (404.html for a missing page), and headless Debian Chromium through
 * playwright-core. When Chromium is missing, `skipReason` says why and the
 * suites skip themselves.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { buildFixtureSite, type BuiltSite } from "../build/site-fixture.ts";

export const PREFIX = "/news-archive/";
/** Outside the prefix, so the link check never sees it. */
export const AXE_PATH = "/__test/axe.min.js";
const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS = path.resolve("test-artifacts");
export const skipReason = existsSync(CHROMIUM) ? null : `Chromium not found at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".jsonl": "application/jsonl",
  ".wasm": "application/wasm",
};

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
  const axe = await readFile(require.resolve("axe-core/axe.min.js"));
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    // axe-core served with a cache header: the browser then compiles it once, not on every page.
    if (pathname === AXE_PATH) {
      res.writeHead(200, { "content-type": TYPES[".js"]!, "cache-control": "max-age=3600" });
      return res.end(axe);
    }
    if (!pathname.startsWith(PREFIX)) return notFound(res, site.outDir);
    let file = path.join(site.outDir, pathname.slice(PREFIX.length));
    if (!file.startsWith(site.outDir)) return notFound(res, site.outDir);
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      await notFound(res, site.outDir);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = skipReason ? null : await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return {
    site,
    base: `${origin}${PREFIX}`,
    browser,
    url: (p: string) => `${origin}${PREFIX}${p.replace(/^\//, "")}`,
    axeUrl: `${origin}${AXE_PATH}`,
    close: async () => {
      await browser?.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function notFound(res: http.ServerResponse, outDir: string): Promise<void> {
  res.writeHead(404, { "content-type": TYPES[".html"]! });
  res.end(await readFile(path.join(outDir, "404.html")).catch(() => "not found"));
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
