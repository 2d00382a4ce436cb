/**
 * The archive-wide entity pass: one canonical name and id per person, place
 * and organization across all records, whatever the spelling in each file
 * ("Zelensky" here, "Zelenskyy" there; "Kiev" and "Kyiv"). Records are
 * rewritten in place — entity names, ids, aliases, and the quote speakers
 * and sources that named them — and an index with counts is returned for
 * the entity pages.
 *
 * Two entities are one when the alias table says so, when their names or
 * aliases fold equal, or (people only) when one is a bare surname and the
 * archive has exactly one full name with that surname.
 */
import { canonicalName, type EntityKind } from "../gazetteer/index.ts";
import { fold } from "../gazetteer/fold.ts";
import { slugify } from "../record/slug.ts";
import type { ArticleRecord, Entity } from "../record/schema.ts";

export interface IndexedEntity {
  id: string;
  name: string;
  aliases: string[];
  /** Articles that mention it, and mentions summed over them. */
  articles: number;
  mentions: number;
  /** Ids of the records that mention it, in record order. */
  records: string[];
  roles?: string[];
  lat?: number | null;
  lon?: number | null;
  country?: string | null;
}

export interface EntityIndex {
  people: IndexedEntity[];
  places: IndexedEntity[];
  organizations: IndexedEntity[];
}

const FIELDS = { people: "person", places: "place", organizations: "organization" } as const;
type Field = keyof typeof FIELDS;

export function mergeEntities(records: ArticleRecord[]): EntityIndex {
  const index = { people: [], places: [], organizations: [] } as EntityIndex;
  for (const field of Object.keys(FIELDS) as Field[]) index[field] = mergeField(records, field);
  return index;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord)\.?\s/;

function mergeField(records: ArticleRecord[], field: Field): IndexedEntity[] {
  const kind: EntityKind = FIELDS[field];
  // An archive names the same entities thousands of times: each spelling is folded once.
  const keys = new Map<string, string>();
  const key = (name: string) => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = fold(canonicalName(kind, name) ?? name)));
    return k;
  };

  // Union-find over every name and alias seen: names linked by one entity are one.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    // A name never unioned is its own cluster (an unlinked alias such as "Lady Blair" must not loop).
    if (!parent.has(k)) return k;
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => {
    for (const k of [a, b]) if (!parent.has(k)) parent.set(k, k);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  const all = records.flatMap((r) => r[field] as Entity[]);
  for (const e of all) {
    union(key(e.name), key(e.name));
    // "Mrs Blair" or "Mr Blair" names a family, not a person: across articles it must not join Cherie and Tony Blair.
    for (const a of e.aliases) if (kind !== "person" || ((a.split(" ").length > 1 || e.name.split(" ").length === 1) && !HONORIFIC.test(a))) union(key(e.name), key(a));
  }
  if (kind === "person") linkSurnames(all, key, union);

  // The canonical name of a cluster: the alias table's, else the fullest, most mentioned form.
  const clusters = new Map<string, { names: Map<string, number>; entities: Entity[] }>();
  for (const e of all) {
    const root = find(key(e.name));
    const c = clusters.get(root) ?? { names: new Map<string, number>(), entities: [] as Entity[] };
    c.names.set(e.name, (c.names.get(e.name) ?? 0) + e.mentions + 1);
    // A fuller spelling kept as an alias (a speaker string may have named the entity shorter) can win.
    for (const a of e.aliases) if (a.split(" ").length > e.name.split(" ").length && !/^(?:Mr|Mrs|Ms|Dr|Sir)\b/.test(a) && find(key(a)) === root) c.names.set(a, c.names.get(a) ?? 0);
    c.entities.push(e);
    clusters.set(root, c);
  }
  const canonical = new Map<string, string>();
  for (const [root, c] of clusters) {
    const listed = [...c.names.keys()].map((n) => canonicalName(kind, n)).find(Boolean);
    // A full name (two words or more) over a bare one; among full names the most mentioned, so a
    // rare misreading with a word glued on ("Earlier Tony Blair") does not name the cluster.
    const full = (n: string) => (n.split(" ").length > 1 ? 1 : 0);
    const best = [...c.names].sort((a, b) => full(b[0]) - full(a[0]) || b[1] - a[1] || b[0].split(" ").length - a[0].split(" ").length || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    canonical.set(root, listed ?? best ?? root);
  }

  const out = new Map<string, IndexedEntity>();
  // Aliases and roles gather in sets and are sorted once at the end: re-sorting
  // them at every mention made a much-named entity cost quadratic time.
  const aliasSets = new Map<IndexedEntity, Set<string>>();
  const roleSets = new Map<IndexedEntity, Set<string>>();
  const ids = new Map<string, string>();
  const idOf = (name: string) => {
    let id = ids.get(name);
    if (id === undefined) ids.set(name, (id = slugify(name)));
    return id;
  };
  for (const r of records) {
    const renamed = new Map<string, string>();
    const merged = new Map<string, Entity>();
    for (const e of r[field] as Entity[]) {
      const name = canonical.get(find(key(e.name))) ?? e.name;
      renamed.set(e.name, name);
      const target = merged.get(name);
      const aliases = new Set([...(target?.aliases ?? []), ...e.aliases, ...(e.name !== name ? [e.name] : [])]);
      aliases.delete(name);
      const roles = [...new Set([...(target?.roles ?? []), ...(e.roles ?? [])])];
      merged.set(name, { ...(target ?? e), id: idOf(name), name, aliases: [...aliases].sort(), mentions: (target?.mentions ?? 0) + e.mentions, ...(roles.length ? { roles } : {}) });
    }
    (r as Record<Field, Entity[]>)[field] = [...merged.values()];
    const byAlias = new Map<string, string>();
    for (const e of merged.values()) for (const a of e.aliases) byAlias.set(a, e.name);
    for (const q of r.quotes) if (q.speaker) q.speaker = renamed.get(q.speaker) ?? byAlias.get(q.speaker) ?? q.speaker;
    for (const s of r.sources) if (renamed.has(s.name)) s.name = renamed.get(s.name) ?? s.name;
    for (const e of merged.values()) {
      let entry = out.get(e.id);
      if (!entry) {
        out.set(e.id, (entry = { id: e.id, name: e.name, aliases: [], articles: 0, mentions: 0, records: [] }));
        aliasSets.set(entry, new Set());
      }
      entry.articles++;
      entry.mentions += e.mentions;
      entry.records.push(r.id);
      const aliasSet = aliasSets.get(entry)!;
      for (const a of e.aliases) aliasSet.add(a);
      if (e.roles?.length) {
        let roles = roleSets.get(entry);
        if (!roles) roleSets.set(entry, (roles = new Set()));
        for (const role of e.roles) roles.add(role);
      }
      const geo = e as Entity & { lat?: number | null; lon?: number | null; country?: string | null };
      if (field === "places" && entry.lat == null && geo.lat != null) Object.assign(entry, { lat: geo.lat, lon: geo.lon ?? null, country: geo.country ?? null });
    }
  }
  for (const [entry, set] of aliasSets) entry.aliases = [...set].sort();
  for (const [entry, set] of roleSets) entry.roles = [...set];
  return [...out.values()].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
}

/** A bare surname ("Blair") joins the one full name in the archive that ends with it, if only one does. */
function linkSurnames(all: Entity[], key: (n: string) => string, union: (a: string, b: string) => void): void {
  const full = new Map<string, Set<string>>();
  for (const e of all) {
    const t = e.name.split(" ");
    if (t.length < 2) continue;
    const last = key(t[t.length - 1] ?? "");
    const set = full.get(last) ?? new Set();
    set.add(key(e.name));
    full.set(last, set);
  }
  for (const e of all) {
    if (e.name.includes(" ")) continue;
    const owners = full.get(key(e.name));
    if (owners?.size === 1) union([...owners][0] as string, key(e.name));
  }
}
