/**
 * What search engines and feed readers see, checked on disk: the sitemap
 * (and its parts), every Atom and JSON Feed, each page's canonical and
 * og:url, and each article's NewsArticle JSON-LD. Every absolute URL on the
 * site's own origin must sit under the path prefix (a dropped or doubled
 * prefix is the classic mistake) and name a file the build wrote.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { decode } from "./site-check-pages.ts";

export interface PublishedReport {
  /** How many URLs of each kind were checked. */
  checked: Record<string, number>;
  problems: string[];
}

export async function checkPublished(root: string, htmlFiles: string[], allFiles: string[]): Promise<PublishedReport> {
  const checked: Record<string, number> = {};
  const problems: string[] = [];
  const home = await readFile(path.join(root, "index.html"), "utf8");
  const base = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  if (!base) return { checked, problems: ["index.html has no canonical URL, so published URLs cannot be checked"] };
  const origin = new URL(base).origin;

  /** One absolute URL found in `where`: on our origin it must be under the prefix and exist. */
  const check = (kind: string, url: string, where: string) => {
    checked[kind] = (checked[kind] ?? 0) + 1;
    if (!url.startsWith(origin)) return;
    if (!url.startsWith(base)) return void problems.push(`${where}: ${kind} ${url} is outside the prefix ${new URL(base).pathname}`);
    const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
    const file = path.join(root, rel.endsWith("/") || rel === "" ? `${rel}index.html` : rel);
    if (!existsSync(file)) problems.push(`${where}: ${kind} ${url} names no file the build wrote`);
  };

  // Sitemaps: the root one may be an index of parts.
  const sitemaps = ["sitemap.xml"];
  const inSitemap = new Set<string>();
  for (let i = 0; i < sitemaps.length; i++) {
    const name = sitemaps[i]!;
    if (!existsSync(path.join(root, name))) {
      problems.push(`${name} is missing`);
      continue;
    }
    const xml = await readFile(path.join(root, name), "utf8");
    const isIndex = xml.includes("<sitemapindex");
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const url = decode(m[1]!);
      check(isIndex ? "sitemap part" : "sitemap URL", url, name);
      if (isIndex && url.startsWith(base)) sitemaps.push(new URL(url).pathname.slice(new URL(base).pathname.length));
      else inSitemap.add(url);
    }
  }
  const articlePages = htmlFiles.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
  const unlisted = articlePages.filter((f) => !inSitemap.has(base + f.replace(/index\.html$/, "")));
  if (unlisted.length) problems.push(`${unlisted.length} article pages are not in the sitemap (first: ${unlisted[0]})`);

  // Feeds: links and ids of every entry, and the feed's own links.
  for (const feed of allFiles.filter((f) => /(^|\/)feed\.(xml|json)$/.test(f))) {
    const text = await readFile(path.join(root, feed), "utf8");
    if (feed.endsWith(".json")) {
      let json: { home_page_url?: string; feed_url?: string; items?: { id?: string; url?: string }[] };
      try {
        json = JSON.parse(text) as typeof json;
      } catch (error) {
        problems.push(`${feed}: not JSON (${(error as Error).message})`);
        continue;
      }
      for (const u of [json.home_page_url, json.feed_url]) if (u) check("feed link", u, feed);
      for (const item of json.items ?? []) if (item.url) check("feed entry", item.url, feed);
    } else {
      for (const m of text.matchAll(/<link[^>]*href="([^"]+)"/g)) check("feed entry", decode(m[1]!), feed);
    }
  }

  // Every page: canonical and og:url name the page itself; articles: JSON-LD parses and its URLs exist.
  for (const file of htmlFiles) {
    if (file === "404.html") continue;
    const html = await readFile(path.join(root, file), "utf8");
    const own = base + file.replace(/(^|\/)index\.html$/, "$1");
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const og = /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1];
    checked["canonical"] = (checked["canonical"] ?? 0) + 1;
    if (decode(canonical ?? "") !== own) problems.push(`${file}: canonical ${canonical ?? "(none)"} is not ${own}`);
    if (og && decode(og) !== own) problems.push(`${file}: og:url ${og} is not ${own}`);
    if (!file.startsWith("articles/")) continue;
    for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      let data: unknown;
      try {
        data = JSON.parse(m[1]!);
      } catch (error) {
        problems.push(`${file}: JSON-LD does not parse (${(error as Error).message})`);
        continue;
      }
      if ((data as { "@type"?: string })["@type"] !== "NewsArticle") problems.push(`${file}: JSON-LD is not a NewsArticle`);
      for (const url of urlsIn(data)) check("JSON-LD URL", url, file);
    }
  }
  return { checked, problems };
}

/** Every string value of a `url`, `@id` or `mainEntityOfPage` key, at any depth. */
function urlsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => (typeof v === "string" ? (["url", "@id", "mainEntityOfPage"].includes(k) ? [v] : []) : urlsIn(v)));
}
