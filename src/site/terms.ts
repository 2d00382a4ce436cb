/**
 * The archive's index terms (topics, places, people, organizations, sources,
 * years, months, undated), gathered across records: one term per id, named by
 * its most frequent spelling, with the articles that mention it.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { slugify } from "../record/slug.ts";
import type { ArticleRecord } from "../record/schema.ts";
import { checkUrl } from "./urls.ts";

countries.registerLocale(en);

/**
 * slugify, remembered: an archive names the same people, places and topics
 * thousands of times, and Unicode normalisation is the costly part of a slug.
 */
const slugs = new Map<string, string>();
export function termSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    if (slugs.size > 200_000) slugs.clear();
    slugs.set(text, (slug = slugify(text)));
  }
  return slug;
}

export type TermKind = "topic" | "place" | "person" | "organization" | "source" | "year" | "month" | "undated";

export interface Term {
  kind: TermKind;
  id: string;
  name: string;
  url: string;
  /** Article ids, in archive order (newest first). */
  articles: string[];
  /** Grouping on the index page: country of a place, parent of a topic, year of a month. */
  group: string | null;
  aliases: string[];
  lat: number | null;
  lon: number | null;
  /** Source kind ("agency", "official" ...), topic scheme. */
  note: string | null;
}

export const KIND_PATHS: Record<TermKind, string> = {
  topic: "/topics/",
  place: "/places/",
  person: "/people/",
  organization: "/organizations/",
  source: "/sources/",
  year: "/archive/",
  month: "/archive/",
  undated: "/archive/",
};

export class TermIndex {
  readonly byKind = new Map<TermKind, Map<string, Term>>();
  private nameCounts = new Map<Term, Map<string, number>>();
  /** Article ids per term, for membership: `articles.includes` made big archives quadratic. */
  private members = new Map<Term, Set<string>>();
  /** Name or alias → term, per kind, for records whose entity id does not slug to a term. */
  private readonly byName = new Map<TermKind, Map<string, Term>>();
  /** Lower-cased name or alias → person/organization term, for speakers. */
  private readonly voices = new Map<string, Term>();

  add(kind: TermKind, id: string, name: string, articleId: string, extra: Partial<Pick<Term, "group" | "aliases" | "lat" | "lon" | "note">> = {}): Term | null {
    const slug = termSlug(id) || termSlug(name);
    if (!slug) return null;
    let terms = this.byKind.get(kind);
    if (!terms) this.byKind.set(kind, (terms = new Map()));
    let term = terms.get(slug);
    if (!term) {
      const url = kind === "year" || kind === "month" ? checkUrl(`/archive/${id.replace("-", "/")}/`) : kind === "undated" ? "/archive/undated/" : checkUrl(`${KIND_PATHS[kind]}${slug}/`);
      term = { kind, id: slug, name, url, articles: [], group: null, aliases: [], lat: null, lon: null, note: null };
      terms.set(slug, term);
      this.nameCounts.set(term, new Map());
      this.members.set(term, new Set());
    }
    const counts = this.nameCounts.get(term)!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    const members = this.members.get(term)!;
    if (!members.has(articleId)) {
      members.add(articleId);
      term.articles.push(articleId);
    }
    term.group ??= extra.group ?? null;
    term.note ??= extra.note ?? null;
    if (term.lat == null && extra.lat != null && extra.lon != null) {
      term.lat = extra.lat;
      term.lon = extra.lon;
    }
    for (const a of extra.aliases ?? []) if (!term.aliases.includes(a)) term.aliases.push(a);
    if (kind === "person" || kind === "organization") {
      for (const n of [name, ...(extra.aliases ?? [])]) if (!this.voices.has(n.toLowerCase())) this.voices.set(n.toLowerCase(), term);
    }
    return term;
  }

  /** The person or organization a quote's speaker names, if the archive knows it. */
  voice(name: string): Term | undefined {
    return this.voices.get(name.toLowerCase());
  }

  /** A term of a kind by its name (first one wins), once finish() has named the terms. */
  named(kind: TermKind, name: string): Term | undefined {
    return this.byName.get(kind)?.get(name);
  }

  /** Names each term by its most frequent spelling, then returns each kind's terms sorted. */
  finish(): void {
    for (const [term, counts] of this.nameCounts) {
      const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      if (best) term.name = best[0];
      for (const n of counts.keys()) if (n !== term.name && !term.aliases.includes(n)) term.aliases.push(n);
    }
    for (const [kind, terms] of this.byKind) {
      const names = new Map<string, Term>();
      for (const term of terms.values()) if (!names.has(term.name)) names.set(term.name, term);
      this.byName.set(kind, names);
    }
    // What only collecting needs goes: every article view keeps the index for
    // its links, and at 16,000 articles these were about 20 MB for the whole build.
    this.nameCounts = new Map();
    this.members = new Map();
  }

  /** The link to a term, one object per term: thousands of views share it instead of each holding a copy. */
  linkTo(term: Term): { name: string; url: string } {
    let link = this.links.get(term);
    if (!link) this.links.set(term, (link = { name: term.name, url: term.url }));
    return link;
  }
  private readonly links = new Map<Term, { name: string; url: string }>();

  list(kind: TermKind): Term[] {
    return [...(this.byKind.get(kind)?.values() ?? [])];
  }
}

export function collectTerms(records: ArticleRecord[]): TermIndex {
  const index = new TermIndex();
  // The IPTC hierarchy as far as the archive's topics know it: each topic is
  // grouped under its top-level ancestor, and notes its direct parent.
  const topics = new Map(records.flatMap((r) => r.topics.map((t) => [t.id, t] as const)));
  const rootOf = (id: string): string => {
    const seen = new Set<string>();
    let current = topics.get(id);
    while (current?.parent && topics.has(current.parent) && !seen.has(current.parent)) {
      seen.add(current.id);
      current = topics.get(current.parent);
    }
    return current?.label ?? "";
  };
  for (const r of records) {
    for (const t of r.topics) {
      const parent = t.parent ? (topics.get(t.parent)?.label ?? null) : null;
      index.add("topic", t.label, t.label, r.id, { group: rootOf(t.id) || t.label, note: parent });
    }
    for (const p of r.places) {
      const country = p.country ? (countries.getName(p.country, "en") ?? p.country) : null;
      index.add("place", p.id, p.name, r.id, { group: country, aliases: p.aliases, lat: p.lat, lon: p.lon, note: p.kind ?? null });
    }
    for (const p of r.people) index.add("person", p.id, p.name, r.id, { aliases: p.aliases, note: p.roles?.[0] ?? null });
    for (const o of r.organizations) index.add("organization", o.id, o.name, r.id, { aliases: o.aliases });
  }
  // Speakers the entity pass did not list still get a page: a quote is never orphaned.
  for (const r of records) {
    for (const q of r.quotes) {
      if (q.speaker && !index.voice(q.speaker)) index.add("person", q.speaker, q.speaker, r.id);
    }
    for (const s of r.sources) index.add("source", s.name, s.name, r.id, { note: s.kind });
    const year = r.date?.slice(0, 4);
    const month = r.date?.slice(0, 7);
    if (year && /^\d{4}$/.test(year) && month && /^\d{4}-\d{2}$/.test(month)) {
      index.add("year", year, year, r.id);
      index.add("month", month, month, r.id, { group: year });
    } else {
      index.add("undated", "undated", "Undated", r.id);
    }
  }
  index.finish();
  return index;
}
