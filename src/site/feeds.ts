/**
 * Feeds: the whole archive and one per topic, newest first. Atom is rendered
 * by templates/feeds/atom.njk (autoescaped XML); the JSON Feed 1.1 is built
 * here as an object and serialised, never templated.
 */
import { bodyBlocks } from "./body.ts";
import { sourceRecords, type ArticleView, type SiteData } from "./data.ts";
import { rfc3339 } from "./dates.ts";
import { absoluteUrl, checkUrl } from "./urls.ts";

export interface Feed {
  title: string;
  /** Site URL of the Atom feed, and of the JSON Feed. */
  url: string;
  jsonUrl: string;
  /** The HTML page the feed follows. */
  home: string;
  updated: string;
  entries: { title: string; url: string; id: string; updated: string; summary: string; text: string }[];
}

/**
 * The timestamp Atom requires when no article has a date: never the build's
 * clock, so two builds of the same articles write the same feeds and feed
 * readers do not see every entry as new. SOURCE_DATE_EPOCH (the
 * reproducible-builds convention, seconds) sets it; else the Unix epoch.
 */
export function undatedTime(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : 0).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function feeds(site: SiteData): Feed[] {
  const { settings } = site;
  const abs = (url: string) => absoluteUrl(settings.origin, settings.pathPrefix, url);
  const make = (title: string, home: string, articles: ArticleView[]): Feed => {
    const items = articles.slice(0, settings.feedSize);
    // A feed needs a timestamp; undated articles take the newest date known, else the build's.
    const newest = rfc3339(articles.find((a) => a.date)?.date ?? null, undatedTime());
    return {
      title,
      url: checkUrl(`${home}feed.xml`),
      jsonUrl: checkUrl(`${home}feed.json`),
      home: abs(home),
      updated: newest,
      entries: items.map((a) => ({
        title: a.title,
        url: a.canonical,
        id: a.canonical,
        updated: rfc3339(a.date, newest),
        summary: a.summary,
        text: feedText(a),
      })),
    };
  };
  const out = [make(settings.title, "/", site.articles)];
  const byId = new Map(site.articles.map((a) => [a.id, a]));
  // One pass over the listing pages: a topic's articles are the items of all its pages, in order.
  const topics = new Map<string, { name: string; url: string; ids: string[] }>();
  for (const l of site.listings) {
    if (l.kind !== "topic") continue;
    let topic = topics.get(l.term.id);
    if (!topic) topics.set(l.term.id, (topic = { name: l.term.name, url: l.term.url, ids: [] }));
    topic.ids.push(...l.items.map((a) => a.id));
  }
  for (const t of topics.values()) out.push(make(`${settings.title}: ${t.name}`, t.url, t.ids.map((id) => byId.get(id)!).filter(Boolean)));
  return out;
}

/** An article's text for feeds, made once: it appears in the site feed and each of its topics' feeds. */
const texts = new WeakMap<ArticleView, string>();
function feedText(a: ArticleView): string {
  let text = texts.get(a);
  if (text === undefined) {
    // Plain text needs no links: blocks without mentions or speaker pages cost a fraction of the page's.
    const record = sourceRecords.get(a);
    text = (record ? bodyBlocks(record, () => null, []) : a.blocks)
      .filter((b) => b.type === "p" || b.type === "blockquote")
      .map((b) => b.segments.map((s) => s.text).join(""))
      .join("\n\n");
    texts.set(a, text);
  }
  return text;
}

export function jsonFeed(feed: Feed, site: SiteData) {
  const abs = (url: string) => absoluteUrl(site.settings.origin, site.settings.pathPrefix, url);
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.home,
    feed_url: abs(feed.jsonUrl),
    description: site.settings.description,
    language: site.settings.language,
    authors: [{ name: site.settings.author }],
    items: feed.entries.map((e) => ({ id: e.id, url: e.url, title: e.title, summary: e.summary, content_text: e.text, date_published: e.updated })),
  };
}
