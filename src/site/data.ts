/**
 * The archive shaped for the templates: every page the site has, as flat
 * lists Eleventy paginates over with size 1 (it cannot paginate twice), with
 * every URL computed and checked here. Templates only lay these out.
 */
import type { Archive } from "../archive/build-archive.ts";
import type { ArticleRecord } from "../record/schema.ts";
import { bodyBlocks, type BodyBlock, type Mention } from "./body.ts";
import { feeds, type Feed } from "./feeds.ts";
import { locatorMap, overviewMap, WORLD_ASSET, type LocatorView, type MapView } from "./maps.ts";
import { formatDay, formatMonth, zoneName } from "./dates.ts";
import { articleJsonLd } from "./jsonld.ts";
import type { SiteSettings } from "./settings.ts";
import { collectTerms, KIND_PATHS, termSlug, type Term, type TermIndex, type TermKind } from "./terms.ts";
import { absoluteUrl, checkUrl, paged, urls } from "./urls.ts";

export interface Link {
  name: string;
  url: string;
}

export interface ArticleView {
  id: string;
  url: string;
  recordUrl: string;
  canonical: string;
  file: string;
  title: string;
  date: string | null;
  dateText: string;
  zone: string;
  year: string | null;
  dateline: ArticleRecord["dateline"];
  byline: string | null;
  summary: string;
  blocks: BodyBlock[];
  quotes: { text: string; kind: string; speaker: Link | null; role: string | null; cue: string | null }[];
  voices: { speaker: Link | null; label: string; count: number }[];
  sources: { name: string; url: string; kind: string; channel: string | null; note: string | null }[];
  people: Link[];
  places: Link[];
  organizations: Link[];
  topics: Link[];
  related: { title: string; url: string; dateText: string }[];
  image: string | null;
  sourceUrl: string | null;
  jsonLd: string;
}

/** What an article list shows of an article: small, so a listing page's data stays cheap to hash and hold. */
export interface ArticleCard {
  id: string;
  url: string;
  title: string;
  date: string | null;
  dateText: string;
  /** The dateline's place, else the first place named. */
  place: string | null;
  summary: string;
}

export function cardOf(v: ArticleView): ArticleCard {
  return { id: v.id, url: v.url, title: v.title, date: v.date, dateText: v.dateText, place: v.dateline?.place ?? v.places[0]?.name ?? null, summary: v.summary };
}

export interface PersonQuote {
  text: string;
  kind: string;
  title: string;
  url: string;
  date: string | null;
  dateText: string;
}

export interface Pager {
  pageNumber: number;
  totalPages: number;
  prevUrl: string | null;
  nextUrl: string | null;
}

/** One page of articles under one term (topic × page number, place × page number ...). */
export interface ListingPage extends Pager {
  kind: TermKind;
  kindLabel: string;
  term: { id: string; name: string; url: string; count: number; group: string | null; note: string | null; aliases: string[]; lat: number | null; lon: number | null; coordinates: string | null; feedUrl: string | null };
  title: string;
  url: string;
  items: ArticleCard[];
  /** Person and organization pages: what they said across the archive, newest first, a page's share. */
  quotes: PersonQuote[];
  /** Place pages with coordinates: a locator on the shared world map (first page only). */
  map: LocatorView | null;
}

/** One page of an index of terms (all topics, all places ...). */
export interface DirectoryPage extends Pager {
  kind: TermKind | "archive";
  title: string;
  intro: string;
  url: string;
  /** `url`: the group's own page (a top-level topic), when it has one. */
  groups: { name: string | null; url: string | null; terms: { name: string; url: string; count: number; note: string | null }[] }[];
  /** Places index: every located place, for the overview map (first page only). */
  located: { name: string; url: string; lat: number; lon: number; count: number }[];
  /** Places index: the overview map of `located`. */
  map: MapView | null;
}

/** The paginated pages one Eleventy run renders (src/site/render-plan.ts splits a build into batches). */
export interface RenderBatch {
  articles: ArticleView[];
  listings: ListingPage[];
  directories: DirectoryPage[];
  feeds: Feed[];
  sitemaps: SiteData["sitemaps"];
  sitemapIndex: SiteData["sitemapIndex"];
  /** The last batch of a build also writes the downloads. */
  last: boolean;
}

export interface SiteData {
  settings: SiteSettings;
  articles: ArticleView[];
  listings: ListingPage[];
  directories: DirectoryPage[];
  home: { latest: ArticleCard[]; topics: Link[]; places: Link[]; voices: Link[]; count: number };
  nav: Link[];
  /** Every HTML page URL, for the sitemap. */
  pages: string[];
  /** Sitemap files: one urlset per 50,000 URLs, plus an index when there are several. */
  sitemaps: { url: string; urls: string[] }[];
  /** Empty, or the one sitemap index listing the sitemaps when there are several. */
  sitemapIndex: { url: string; parts: string[] }[];
  feeds: Feed[];
  /** The pages Eleventy renders this build: all, or those that changed (src/site/render-plan.ts). */
  render: RenderBatch;
  /** Every page this build renders, before it is split into batches (`render` is the current batch). */
  toRender: RenderBatch;
  /** Pages left as they were because nothing they show changed. */
  skipped: number;
  /** The shared world drawing the locators point into, with the path prefix (HtmlBasePlugin does not rewrite <use href>). */
  worldUrl: string;
  generated: string;
}

export const KIND_LABELS: Record<TermKind, [singular: string, plural: string]> = {
  topic: ["Topic", "Topics"],
  place: ["Place", "Places"],
  person: ["Person", "People"],
  organization: ["Organization", "Organizations"],
  source: ["Source", "Sources"],
  year: ["Year", "Archive by date"],
  month: ["Month", "Archive by date"],
  undated: ["Undated", "Undated articles"],
};

export function shapeSite(archive: Pick<Archive, "records">, settings: SiteSettings, now = new Date()): SiteData {
  const records = archive.records.filter((r) => !r.meta.draft).sort(newestFirst);
  const terms = collectTerms(records);
  const abs = (url: string) => absoluteUrl(settings.origin, settings.pathPrefix, url);

  const views = records.map((r) => articleView(r, terms, settings, abs));
  const byId = new Map(views.map((v) => [v.id, v]));
  addRelated(records, views);

  const said = quotesBySpeaker(records, byId);
  const listings: ListingPage[] = [];
  const cards = new Map(views.map((v) => [v.id, cardOf(v)]));
  for (const kind of Object.keys(KIND_LABELS) as TermKind[]) {
    for (const term of terms.list(kind)) listings.push(...listingPages(term, cards, said, settings));
  }
  const directories = directoryPages(terms, settings);

  const top = (kind: TermKind, n: number) =>
    terms
      .list(kind)
      .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name))
      .slice(0, n)
      .map((t) => ({ name: t.name, url: t.url }));

  const nav: Link[] = [
    { name: "Topics", url: KIND_PATHS.topic },
    { name: "Places", url: KIND_PATHS.place },
    { name: "People", url: KIND_PATHS.person },
    { name: "Organizations", url: KIND_PATHS.organization },
    { name: "Sources", url: KIND_PATHS.source },
    { name: "By date", url: "/archive/" },
    { name: "Search", url: urls.search },
  ];
  const pages = [urls.home, urls.search, urls.downloads, ...views.map((v) => v.url), ...listings.map((l) => l.url), ...directories.map((d) => d.url)];

  const site: SiteData = {
    settings,
    articles: views,
    listings,
    directories,
    home: { latest: views.slice(0, settings.pageSize).map(cardOf), topics: top("topic", 10), places: top("place", 10), voices: top("person", 10), count: views.length },
    nav,
    pages: [...new Set(pages)],
    sitemaps: [],
    sitemapIndex: [],
    feeds: [],
    render: { articles: views, listings, directories, feeds: [], sitemaps: [], sitemapIndex: [], last: true },
    toRender: { articles: [], listings: [], directories: [], feeds: [], sitemaps: [], sitemapIndex: [], last: true },
    skipped: 0,
    worldUrl: settings.pathPrefix.replace(/\/$/, "") + WORLD_ASSET,
    generated: now.toISOString(),
  };
  assertUniqueUrls(pages);
  site.feeds = feeds(site);
  site.sitemaps = sitemaps(site.pages.map(abs));
  if (site.sitemaps.length > 1) site.sitemapIndex = [{ url: "/sitemap.xml", parts: site.sitemaps.map((m) => abs(m.url)) }];
  site.render = { ...site.render, feeds: site.feeds, sitemaps: site.sitemaps, sitemapIndex: site.sitemapIndex };
  site.toRender = site.render;
  return site;
}

/** Two pages at one URL would abort the whole Eleventy build; say which, before it starts. */
function assertUniqueUrls(urls: string[]): void {
  const seen = new Set<string>();
  for (const url of urls) {
    if (seen.has(url)) throw new Error(`Two site pages would be written to ${url}; page URLs must be unique (src/site/data.ts)`);
    seen.add(url);
  }
}

/** The sitemap protocol allows 50,000 URLs per file. */
export function sitemaps(all: string[], limit = 50_000): SiteData["sitemaps"] {
  if (all.length <= limit) return [{ url: "/sitemap.xml", urls: all }];
  const out: SiteData["sitemaps"] = [];
  for (let i = 0; i * limit < all.length; i++) out.push({ url: `/sitemap-${i + 1}.xml`, urls: all.slice(i * limit, (i + 1) * limit) });
  return out;
}

function newestFirst(a: ArticleRecord, b: ArticleRecord): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

function articleView(r: ArticleRecord, terms: TermIndex, settings: SiteSettings, abs: (url: string) => string): ArticleView {
  const link = (kind: TermKind, id: string, name: string): Link | null => {
    const t = terms.byKind.get(kind)?.get(id) ?? terms.named(kind, name);
    return t ? terms.linkTo(t) : null;
  };
  const termLinks = (kind: TermKind, list: { id: string; name: string }[]) => dedupe(list.map((e) => link(kind, slugOf(e.id, e.name), e.name)));
  const speakerLink = (name: string): Link | null => {
    const t = terms.voice(name);
    return t ? terms.linkTo(t) : null;
  };

  const people = termLinks("person", r.people);
  const places = termLinks("place", r.places);
  const organizations = termLinks("organization", r.organizations);
  const topics = dedupe(r.topics.map((t) => link("topic", slugOf(t.label, t.label), t.label)));
  // Only the body links mentions: made when a template reads the body, not for every article up front.
  const mentions = (): Mention[] => [
    ...r.people.map((e) => ({ names: [e.name, ...e.aliases], url: link("person", slugOf(e.id, e.name), e.name)?.url ?? "", kind: "person" })),
    ...r.places.map((e) => ({ names: [e.name, ...e.aliases], url: link("place", slugOf(e.id, e.name), e.name)?.url ?? "", kind: "place" })),
    ...r.organizations.map((e) => ({ names: [e.name, ...e.aliases], url: link("organization", slugOf(e.id, e.name), e.name)?.url ?? "", kind: "organization" })),
  ].filter((m) => m.url);

  // Only the speaker link may be the view's own here: render-plan.ts keys the rest by the record's digest.
  const quotes = r.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker ? (speakerLink(q.speaker) ?? { name: q.speaker, url: "" }) : null, role: q.role ?? null, cue: q.cue }));
  const voiceCounts = new Map<string, { speaker: Link | null; label: string; count: number }>();
  for (const q of quotes) {
    const label = q.speaker?.name ?? q.role ?? "Unattributed";
    const entry = voiceCounts.get(label) ?? { speaker: q.speaker?.url ? q.speaker : null, label, count: 0 };
    entry.count++;
    voiceCounts.set(label, entry);
  }
  const sources = r.sources
    .map((s) => ({ name: s.name, url: link("source", slugOf(s.name, s.name), s.name)?.url ?? "", kind: s.kind, channel: s.channel, note: s.note ?? null }))
    .filter((s, i, all) => all.findIndex((o) => o.name === s.name && o.channel === s.channel) === i);

  const url = urls.article(r.id);
  const body = r.paragraphs.filter((p) => p.role === "body");
  const view: ArticleView = {
    id: r.id,
    url,
    recordUrl: urls.record(r.id),
    canonical: abs(url),
    file: r.file,
    title: r.title,
    date: r.date,
    dateText: formatDay(r.date, settings.language),
    zone: r.date ? zoneName(r.date, settings.timeZone, settings.language) : "",
    year: r.date?.slice(0, 4) ?? null,
    dateline: r.dateline,
    byline: r.byline,
    summary: summarize(body[0]?.text ?? r.paragraphs.find((p) => p.role !== "headline")?.text ?? ""),
    blocks: [],
    quotes,
    voices: [...voiceCounts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    sources,
    people,
    places,
    organizations,
    topics,
    related: [],
    image: r.meta.image && /^https?:\/\//.test(r.meta.image) ? r.meta.image : null,
    sourceUrl: r.meta.url && /^https?:\/\//.test(r.meta.url) ? r.meta.url : null,
    jsonLd: "",
  };
  // The body and the JSON-LD are most of a view's size: made when a template
  // reads them, never held (an archive of 16,000 articles kept ~300 MB of them).
  // Non-enumerable, so page hashes (render-plan.ts) hash the record instead.
  Object.defineProperty(view, "blocks", { get: () => bodyBlocks(r, (name) => speakerLink(name)?.url ?? null, mentions()), enumerable: false, configurable: true });
  Object.defineProperty(view, "jsonLd", { get: () => articleJsonLd(r, view, settings, abs), enumerable: false, configurable: true });
  sourceRecords.set(view, r);
  return view;
}

/** The record each article view was made from (render-plan.ts hashes it: the body is not stored on the view). */
export const sourceRecords = new WeakMap<ArticleView, ArticleRecord>();

/** Term ids are slugs of the entity id the archive gave, else of the name (as terms.ts makes them). */
function slugOf(id: string, name: string): string {
  return termSlug(id) || termSlug(name);
}

function dedupe(links: (Link | null)[]): Link[] {
  const seen = new Set<string>();
  return links.filter((l): l is Link => !!l && !seen.has(l.url) && !!seen.add(l.url));
}

export function summarize(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 30)).replace(/[\s,;:.-]+$/, "")}…`;
}

/** Up to five articles sharing the most people, places, organizations and topics. */
function addRelated(records: ArticleRecord[], views: ArticleView[]): void {
  // Keys as small numbers, postings as arrays of article indexes, scores in one
  // typed array reset after each article: no map or sort per article.
  const ids = new Map<string, number>();
  const weights: number[] = [];
  const intern = (key: string, weight: number) => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = weights.length));
      weights.push(weight);
    }
    return id;
  };
  const keysOf = records.map((r) => [
    ...new Set([
      ...r.people.map((e) => intern(`p:${e.id}`, 1)),
      ...r.places.map((e) => intern(`l:${e.id}`, 1)),
      ...r.organizations.map((e) => intern(`o:${e.id}`, 1)),
      ...r.topics.map((t) => intern(`t:${t.id}`, 0.5)),
    ]),
  ]);
  const postings: number[][] = weights.map(() => []);
  keysOf.forEach((keys, i) => {
    for (const k of keys) postings[k]!.push(i);
  });
  // Terms in a fifth of the archive, or in over 100 articles, say little about
  // relatedness and cost quadratic time (the cap keeps big archives linear).
  const common = Math.min(Math.max(10, records.length / 5), 100);
  const score = new Float64Array(records.length);
  // One teaser per article, shared by every article that lists it as related.
  const teasers: ArticleView["related"][number][] = [];
  const touched: number[] = [];
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const list = postings[k]!;
      if (list.length > common) continue;
      const weight = weights[k]!;
      for (const j of list) {
        if (j === i) continue;
        if (score[j] === 0) touched.push(j);
        score[j] = score[j]! + weight;
      }
    }
    // The five best: highest score, then earliest in the archive.
    const best: number[] = [];
    for (const j of touched) {
      let at = best.length;
      while (at > 0 && (score[best[at - 1]!]! < score[j]! || (score[best[at - 1]!]! === score[j]! && best[at - 1]! > j))) at--;
      if (at < 5) {
        best.splice(at, 0, j);
        if (best.length > 5) best.pop();
      }
    }
    for (const j of touched) score[j] = 0;
    touched.length = 0;
    views[i]!.related = best.map((j) => (teasers[j] ??= { title: views[j]!.title, url: views[j]!.url, dateText: views[j]!.dateText }));
  });
}

function pager(base: string, pageNumber: number, totalPages: number): Pager & { url: string } {
  return {
    url: paged(base, pageNumber),
    pageNumber,
    totalPages,
    prevUrl: pageNumber > 1 ? paged(base, pageNumber - 1) : null,
    nextUrl: pageNumber < totalPages ? paged(base, pageNumber + 1) : null,
  };
}

function listingPages(term: Term, cards: Map<string, ArticleCard>, said: Map<string, PersonQuote[]>, settings: SiteSettings): ListingPage[] {
  const items = term.articles.map((id) => cards.get(id)).filter((v): v is ArticleCard => !!v);
  const [singular] = KIND_LABELS[term.kind];
  const quotes = term.kind === "person" || term.kind === "organization" ? quotesBy(term, said) : [];
  // What a voice said is paged too (twice the articles' page size): a much-quoted
  // politician's page held every quote of the archive on page 1.
  const quotesPerPage = settings.pageSize * 2;
  const totalPages = Math.max(1, Math.ceil(items.length / settings.pageSize), Math.ceil(quotes.length / quotesPerPage));
  const out: ListingPage[] = [];
  for (let page = 1; page <= totalPages; page++) {
    const p = pager(term.url, page, totalPages);
    out.push({
      ...p,
      kind: term.kind,
      kindLabel: singular,
      term: { id: term.id, name: term.name, url: term.url, count: items.length, group: term.group, note: term.note, aliases: term.aliases, lat: term.lat, lon: term.lon, coordinates: coordinatesText(term.lat, term.lon), feedUrl: term.kind === "topic" ? checkUrl(`${term.url}feed.xml`) : null },
      title: term.kind === "month" ? formatMonth(term.name, settings.language) : term.name,
      items: items.slice((page - 1) * settings.pageSize, page * settings.pageSize),
      quotes: quotes.slice((page - 1) * quotesPerPage, page * quotesPerPage),
      map: page === 1 && term.kind === "place" && term.lat != null && term.lon != null ? locatorMap({ name: term.name, url: term.url, lat: term.lat, lon: term.lon, count: items.length }) : null,
    });
  }
  return out;
}

/** "51.51° N, 0.13° W": a place's gazetteer coordinates as a reader reads them. */
export function coordinatesText(lat: number | null, lon: number | null): string | null {
  if (lat == null || lon == null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const part = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;
  return `${part(lat, "N", "S")}, ${part(lon, "E", "W")}`;
}

/** Every quote with a speaker, by lower-cased speaker name, in archive order (newest first). */
function quotesBySpeaker(records: ArticleRecord[], byId: Map<string, ArticleView>): Map<string, PersonQuote[]> {
  const out = new Map<string, PersonQuote[]>();
  for (const r of records) {
    const view = byId.get(r.id);
    if (!view) continue;
    for (const q of r.quotes) {
      if (!q.speaker) continue;
      const key = q.speaker.toLowerCase();
      let list = out.get(key);
      if (!list) out.set(key, (list = []));
      list.push({ text: q.text, kind: q.kind, title: view.title, url: view.url, date: view.date, dateText: view.dateText });
    }
  }
  return out;
}

/** What a person or organization said across the archive, under any of its names, newest first. */
function quotesBy(term: Term, said: Map<string, PersonQuote[]>): PersonQuote[] {
  const names = [...new Set([term.name, ...term.aliases].map((n) => n.toLowerCase()))];
  const lists = names.map((n) => said.get(n) ?? []).filter((l) => l.length);
  if (lists.length <= 1) return lists[0] ?? [];
  // Several spellings: merge, newest first (undated last), stable within a day.
  return lists.flat().sort((a, b) => (a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? 1 : -1));
}

function directoryPages(terms: TermIndex, settings: SiteSettings): DirectoryPage[] {
  const out: DirectoryPage[] = [];
  const size = settings.pageSize * 5;
  const intros: Partial<Record<TermKind, string>> = {
    topic: "Subjects of the archive, grouped under their broader topic.",
    place: "Places the articles are about or datelined from, grouped by country.",
    person: "People named or quoted in the archive.",
    organization: "Organizations named or quoted in the archive.",
    source: "Where the articles' information comes from: agencies, officials, statements, posts.",
  };
  for (const kind of ["topic", "place", "person", "organization", "source"] as const) {
    const list = terms.list(kind).sort((a, b) => {
      if (kind === "place" || kind === "topic") {
        const g = (a.group ?? "\uffff").localeCompare(b.group ?? "\uffff");
        if (g) return g;
      }
      // A top-level topic leads its own group.
      if (kind === "topic" && (a.name === a.group) !== (b.name === b.group)) return a.name === a.group ? -1 : 1;
      return b.articles.length - a.articles.length || a.name.localeCompare(b.name);
    });
    const totalPages = Math.max(1, Math.ceil(list.length / size));
    for (let page = 1; page <= totalPages; page++) {
      const slice = list.slice((page - 1) * size, page * size);
      const groups: DirectoryPage["groups"] = [];
      for (const t of slice) {
        const name = kind === "place" ? (t.group ?? "Country not known") : kind === "topic" ? t.group : null;
        let group = groups.at(-1);
        if (!group || group.name !== name) {
          const own = kind === "topic" ? list.find((x) => x.name === name) : undefined;
          groups.push((group = { name, url: own?.url ?? null, terms: [] }));
        }
        group.terms.push({ name: t.name, url: t.url, count: t.articles.length, note: t.note });
      }
      const located =
        kind === "place" && page === 1
          ? list.filter((t) => t.lat != null && t.lon != null).map((t) => ({ name: t.name, url: t.url, lat: t.lat!, lon: t.lon!, count: t.articles.length }))
          : [];
      out.push({
        ...pager(KIND_PATHS[kind], page, totalPages),
        kind,
        title: KIND_LABELS[kind][1],
        intro: intros[kind] ?? "",
        groups,
        located,
        map: located.length ? overviewMap(located) : null,
      });
    }
  }
  // The date archive: years, each with its months, and the undated articles.
  const months = terms.list("month").sort((a, b) => (a.name < b.name ? 1 : -1));
  const groups: DirectoryPage["groups"] = terms
    .list("year")
    .sort((a, b) => (a.name < b.name ? 1 : -1))
    .map((y) => ({
      name: y.name,
      url: y.url,
      terms: [{ name: `All of ${y.name}`, url: y.url, count: y.articles.length, note: null }, ...months.filter((m) => m.group === y.name).map((m) => ({ name: formatMonth(m.name, settings.language), url: m.url, count: m.articles.length, note: null }))],
    }));
  const undated = terms.list("undated")[0];
  if (undated) groups.push({ name: "Undated", url: undated.url, terms: [{ name: "Articles without a date", url: undated.url, count: undated.articles.length, note: null }] });
  out.push({ ...pager("/archive/", 1, 1), kind: "archive", title: "Archive by date", intro: "Articles by year and month of publication; articles that state no date are listed apart.", groups, located: [], map: null });
  return out;
}
