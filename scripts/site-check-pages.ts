/**
 * Reads a built site from disk and picks the pages `site:check` visits: one
 * or more of every page kind (found from the folder structure, so it works
 * on any archive), articles with and without each optional field, the
 * longest names, and second and last pages of paginated lists. Also indexes
 * what the reader journey and search check need to know in advance (which
 * article has a linked speaker and place, which articles a place has).
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface PickedPage {
  kind: string;
  /** Site-relative URL, e.g. /people/jane-doe/ */
  url: string;
  /** Why this page was picked (what it exercises). */
  why: string;
}

/** What the checks learn about one article page from its HTML and JSON record. */
export interface ArticleFacts {
  url: string;
  title: string;
  hasDate: boolean;
  hasDateline: boolean;
  hasSaidBy: boolean;
  /** Names in the article's Places panel (the search filter values). */
  places: string[];
  /** Direct quotes' text, from the JSON record. */
  quotes: string[];
  /** Quotes of every kind (direct, partial, indirect) in the JSON record. */
  quoted: number;
  bytes: number;
}

export interface SiteScan {
  root: string;
  /** Every file, relative to the root, with "/" separators. */
  files: string[];
  /** Every HTML page, relative to the root (Pagefind's own files excluded). */
  htmlFiles: string[];
  articles: ArticleFacts[];
  pages: PickedPage[];
}

/** Index folders and what one of their terms is called. */
const INDEXES: [string, string][] = [
  ["topics", "topic"],
  ["places", "place"],
  ["people", "person"],
  ["organizations", "organization"],
  ["sources", "source"],
];

export async function scanSite(root: string): Promise<SiteScan> {
  const all = (await readdir(root, { recursive: true })).map((f) => f.split(path.sep).join("/"));
  const htmlFiles = all.filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/")).sort();
  const articles = await readArticles(root, htmlFiles);
  const pages: PickedPage[] = [{ kind: "home", url: "/", why: "the home page" }];
  pages.push(...pickArticles(articles));
  const has = new Set(htmlFiles);
  for (const [dir, one] of INDEXES) pages.push(...pickIndex(has, dir, one));
  pages.push(...pickArchive(has));
  for (const [kind, url] of [["search", "/search/"], ["downloads", "/downloads/"]] as const) {
    if (has.has(`${url.slice(1)}index.html`)) pages.push({ kind, url, why: `the ${kind} page` });
  }
  pages.push({ kind: "not-found", url: "/no-such-page/", why: "a missing page (the server answers with 404.html)" });
  return { root, files: all, htmlFiles, articles, pages };
}

async function readArticles(root: string, htmlFiles: string[]): Promise<ArticleFacts[]> {
  const out: ArticleFacts[] = [];
  for (const file of htmlFiles) {
    const m = /^articles\/([^/]+)\/index\.html$/.exec(file);
    if (!m) continue;
    const html = await readFile(path.join(root, file), "utf8");
    const recordFile = path.join(root, "articles", `${m[1]}.json`);
    const record = existsSync(recordFile) ? (JSON.parse(await readFile(recordFile, "utf8")) as { quotes?: { text: string; kind: string }[] }) : {};
    out.push({
      url: `/articles/${m[1]}/`,
      title: decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ""),
      hasDate: /<time class="dt-published"/.test(html),
      hasDateline: /class="dateline"/.test(html),
      hasSaidBy: /class="said-by"/.test(html),
      places: panelNames(html, "place"),
      quotes: (record.quotes ?? []).filter((q) => q.kind === "direct").map((q) => q.text),
      quoted: record.quotes?.length ?? 0,
      bytes: html.length,
    });
  }
  return out;
}

/** Link texts of one "chips" panel of an article page (panel-place, panel-person, …). */
function panelNames(html: string, panel: string): string[] {
  const section = new RegExp(`aria-labelledby="panel-${panel}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";
  return [...section.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => decode(m[1]!));
}

export function decode(text: string): string {
  return text
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}

/** Articles that exercise the article template: the richest, and one lacking each optional field. */
function pickArticles(articles: ArticleFacts[]): PickedPage[] {
  const picks: PickedPage[] = [];
  // Each kind gets an article no other kind took when there is one, so more articles are seen.
  const add = (kind: string, why: string, candidates: ArticleFacts[]) => {
    const a = candidates.find((c) => !picks.some((p) => p.url === c.url)) ?? candidates[0];
    if (a) picks.push({ kind, url: a.url, why });
  };
  const rich = [...articles].sort((a, b) => score(b) - score(a));
  add("article", "the article with the most panels filled (quotes, linked speakers, places)", rich.slice(0, 1));
  add("article-undated", "an article with no date", rich.filter((a) => !a.hasDate));
  add("article-no-dateline", "an article with no dateline", rich.filter((a) => !a.hasDateline));
  add("article-no-place", "an article that names no place", rich.filter((a) => !a.places.length));
  add("article-no-quote", "an article with no quote of any kind", rich.filter((a) => !a.quoted && !a.hasSaidBy));
  add("article-bare", "an article with no date, dateline, place nor quote", articles.filter((a) => !a.hasDate && !a.hasDateline && !a.places.length && !a.quoted));
  add("article-long-title", "the article with the longest headline", [...articles].sort((a, b) => b.title.length - a.title.length).slice(0, 1));
  add("article-longest", "the longest article page", [...articles].sort((a, b) => b.bytes - a.bytes).slice(0, 1));
  return picks;
}

function score(a: ArticleFacts): number {
  return (a.hasSaidBy ? 4 : 0) + (a.places.length ? 2 : 0) + (a.hasDate ? 1 : 0) + (a.hasDateline ? 1 : 0) + Math.min(a.quotes.length, 5) / 10;
}

/** An index (`/people/`), its second and last pages, its biggest term, its longest-named term and that term's second page. */
function pickIndex(has: Set<string>, dir: string, one: string): PickedPage[] {
  if (!has.has(`${dir}/index.html`)) return [];
  const picks: PickedPage[] = [{ kind: dir, url: `/${dir}/`, why: `the ${one} index` }];
  picks.push(...laterPages(has, dir, dir, `the ${one} index`));
  const terms = [...has].map((f) => new RegExp(`^${dir}/([^/]+)/index\\.html$`).exec(f)?.[1]).filter((t): t is string => !!t && t !== "page");
  if (!terms.length) return picks;
  const extra = new Map<string, number>();
  for (const f of has) {
    const t = new RegExp(`^${dir}/([^/]+)/page/\\d+/index\\.html$`).exec(f)?.[1];
    if (t) extra.set(t, (extra.get(t) ?? 0) + 1);
  }
  const pagesOf = (t: string) => (extra.get(t) ?? 0) + 1;
  const biggest = [...terms].sort((a, b) => pagesOf(b) - pagesOf(a) || a.localeCompare(b))[0]!;
  picks.push({ kind: one, url: `/${dir}/${biggest}/`, why: `the ${one} with the most pages (${pagesOf(biggest)})` });
  picks.push(...laterPages(has, `${dir}/${biggest}`, one, `the ${one} with the most pages`));
  const longest = [...terms].sort((a, b) => b.length - a.length)[0]!;
  if (longest !== biggest) picks.push({ kind: `${one}-long-name`, url: `/${dir}/${longest}/`, why: `the ${one} with the longest name` });
  return picks;
}

/** Page 2 and the last page of a paginated list, when it has them. */
function laterPages(has: Set<string>, dir: string, kind: string, what: string): PickedPage[] {
  const numbers = [...has].map((f) => Number(new RegExp(`^${dir}/page/(\\d+)/index\\.html$`).exec(f)?.[1] ?? NaN)).filter((n) => n > 0);
  if (!numbers.length) return [];
  const last = Math.max(...numbers);
  const picks: PickedPage[] = [{ kind: `${kind}-page-2`, url: `/${dir}/page/2/`, why: `page 2 of ${what}` }];
  if (last > 2) picks.push({ kind: `${kind}-page-last`, url: `/${dir}/page/${last}/`, why: `the last page (${last}) of ${what}` });
  return picks;
}

function pickArchive(has: Set<string>): PickedPage[] {
  if (!has.has("archive/index.html")) return [];
  const picks: PickedPage[] = [{ kind: "archive", url: "/archive/", why: "the archive by date" }];
  const years = [...has].map((f) => /^archive\/(\d{4})\/index\.html$/.exec(f)?.[1]).filter((y): y is string => !!y).sort();
  const months = [...has].map((f) => /^archive\/(\d{4}\/\d{2})\/index\.html$/.exec(f)?.[1]).filter((m): m is string => !!m).sort();
  if (years.length) picks.push({ kind: "year", url: `/archive/${years.at(-1)}/`, why: "the latest year" });
  if (months.length) picks.push({ kind: "month", url: `/archive/${months.at(-1)}/`, why: "the latest month" });
  if (has.has("archive/undated/index.html")) {
    picks.push({ kind: "undated", url: "/archive/undated/", why: "the undated articles" });
    picks.push(...laterPages(has, "archive/undated", "undated", "the undated articles"));
  }
  return picks;
}
