/**
 * The checks a built site goes through, independent of how it was built:
 * a static server that serves a folder under a path prefix the way a static
 * host would (404.html for a missing page), headless Debian Chromium through
 * playwright-core, axe-core, html-validate and linkinator. Used by the
 * browser tests (tests/browser/harness.ts, on the fixture archive) and by
 * `npm run site:check` (scripts/site-check.ts, on any built site, e.g. the
 * BBC development corpus).
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { check, LinkState } from "linkinator";
import { chromium, type Browser, type Page } from "playwright-core";

/** Outside any prefix a site uses, so the link check never sees it. */
export const AXE_PATH = "/__test/axe.min.js";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumMissing = existsSync(CHROMIUM) ? null : `Chromium not found at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`;
/** The tags of WCAG 2.2 level AA (axe-core names them by the version that added each rule). */
export const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const require = createRequire(import.meta.url);

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

export interface SiteServer {
  /** http://127.0.0.1:port */
  origin: string;
  /** http://127.0.0.1:port/prefix/ */
  base: string;
  /** Absolute URL of a site-relative path under the prefix. */
  url(path: string): string;
  /** Absolute URL of axe-core on the server. */
  axeUrl: string;
  close(): Promise<void>;
}

/** Serves `outDir` under `prefix` (which starts and ends with "/") on a free local port. */
export async function serveSite(outDir: string, prefix: string): Promise<SiteServer> {
  const root = path.resolve(outDir);
  const axe = await readFile(require.resolve("axe-core/axe.min.js"));
  const server = http.createServer(async (req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return notFound(res, root);
    }
    // axe-core served with a cache header: the browser then compiles it once, not on every page.
    if (pathname === AXE_PATH) {
      res.writeHead(200, { "content-type": TYPES[".js"]!, "cache-control": "max-age=3600" });
      return res.end(axe);
    }
    if (!pathname.startsWith(prefix)) return notFound(res, root);
    let file = path.join(root, pathname.slice(prefix.length));
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(res, root);
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      await notFound(res, root);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    base: `${origin}${prefix}`,
    url: (p: string) => `${origin}${prefix}${p.replace(/^\//, "")}`,
    axeUrl: `${origin}${AXE_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function notFound(res: http.ServerResponse, root: string): Promise<void> {
  res.writeHead(404, { "content-type": TYPES[".html"]! });
  res.end(await readFile(path.join(root, "404.html")).catch(() => "not found"));
}

/** Headless Chromium, or null when it is missing (callers skip the browser checks and say why). */
export async function launchChromium(): Promise<Browser | null> {
  if (chromiumMissing) return null;
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Runs axe-core (WCAG 2.2 AA) on the page as loaded; one line per violation, naming its rule and nodes. */
export async function runAxe(page: Page, axeUrl: string): Promise<string[]> {
  await page.addScriptTag({ url: axeUrl });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, WCAG_AA);
}

/** Pixels the page scrolls sideways at its current viewport (0 when nothing overflows). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** html-validate with the recommended rules, less the ones that article text trips by design. */
export function htmlValidator(): HtmlValidate {
  return new HtmlValidate({
    extends: ["html-validate:recommended"],
    rules: {
      // Headlines and quotes are article text: their characters are the source's.
      "no-raw-characters": "off",
      // Long headlines and paragraphs come from articles.
      "long-title": "off",
      // Eleventy's HTML transform re-serialises `hidden` as `hidden=""`; both are valid HTML.
      "attribute-boolean-style": "off",
    },
  });
}

/** Validates HTML files (relative to `outDir`); one line per error, with file, line and column. */
export async function validateFiles(outDir: string, files: string[], validator = htmlValidator()): Promise<string[]> {
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(await readFile(path.join(outDir, file), "utf8"), file);
    for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(`${file}:${m.line}:${m.column} ${m.message} [${m.ruleId}]`);
  }
  return errors;
}

export interface LinkReport {
  ok: number;
  skipped: number;
  broken: string[];
  /** Pages (HTML documents) crawled. */
  pages: number;
  /** Every URL fetched without error (to find pages no link reaches). */
  reached: string[];
}

/** Crawls every page reachable from `base` with linkinator; links off the local server are not fetched. */
export async function checkLinks(base: string, concurrency = 8): Promise<LinkReport> {
  const origin = new URL(base).origin;
  const result = await check({
    path: base,
    recurse: true,
    concurrency,
    // Only the site itself: external links (the canonical origin, web search) are not fetched.
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (${l.status}) from ${l.parent}`);
  const ok = result.links.filter((l) => l.state === LinkState.OK);
  return {
    ok: ok.length,
    skipped: result.links.filter((l) => l.state === LinkState.SKIPPED).length,
    broken,
    pages: new Set(ok.map((l) => l.url).filter((u) => u.endsWith("/") || u.endsWith(".html"))).size,
    reached: ok.map((l) => l.url),
  };
}
