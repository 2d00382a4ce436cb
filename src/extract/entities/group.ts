/**
 * Candidates → entities: one entity per person, place and organization in
 * the article. Bare surnames and honorific forms join the person they
 * belong to ("Mr Zelenskyy" → "Volodymyr Zelenskyy"); acronyms and short
 * forms join their organization ("General Staff" → "Ukrainian General Staff").
 */
import { canonicalName } from "../../gazetteer/index.ts";
import { fold } from "../../gazetteer/fold.ts";
import { slugify } from "../../record/slug.ts";
import type { Entity, Place } from "../../record/schema.ts";
import type { Candidate } from "./classify.ts";
import { ORG_HEADS } from "./lexicon.ts";

/** Unicode-class patterns, built once: a literal inside a function is compiled on every call once transpiled. */
const SHORT_ACRONYM = /^\p{Lu}{2,6}$/u;
const INNER_CAPITALS = /\p{Lu}(?=\p{Ll})/gu;
const COUNTRY_CODE = /^\p{Lu}{2,3}$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

export interface Group {
  kind: "person" | "place" | "organization";
  name: string;
  tokens: string[];
  surfaces: Set<string>;
  roles: Set<string>;
  mentions: number;
  place?: Candidate["place"];
  /** First mention, for ordering and warnings. */
  first: Candidate;
}

/** A person's identity key: the alias table's canonical spelling, else the folded name. */
const keys = new Map<string, string>();
// Grouping compares every mention with every group, so the same names are keyed over and over.
function personKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    key = fold(canonicalName("person", name) ?? name);
    keys.set(name, key);
  }
  return key;
}
const lastKey = (tokens: string[]) => personKey(tokens[tokens.length - 1] ?? "");

export function groupCandidates(candidates: Candidate[]): Group[] {
  const groups: Group[] = [];
  const add = (c: Candidate, kind: Group["kind"], name: string) => {
    const g: Group = { kind, name, tokens: name.split(" "), surfaces: new Set(), roles: new Set(), mentions: 0, first: c, ...(c.place ? { place: c.place } : {}) };
    groups.push(g);
    return g;
  };
  const join = (g: Group, c: Candidate) => {
    g.mentions++;
    g.surfaces.add(c.surface);
    g.surfaces.add(c.tokens.join(" "));
    for (const r of c.roles) g.roles.add(r);
  };

  // Full names first, so every short form has somewhere to go.
  const persons = candidates.filter((c) => c.kind === "person");
  for (const c of persons.filter((p) => p.tokens.length > 1)) {
    const name = c.tokens.join(" ");
    const g = groups.find((x) => x.kind === "person" && (personKey(x.name) === personKey(name) || (sameLast(x.tokens, c.tokens) && subset(c.tokens, x.tokens)) || pluralOf(name, x.name) || pluralOf(x.name, name)));
    // "We can't all be Wayne Rooneys": a person's name in the plural is that person, named in the singular.
    if (g && pluralOf(g.name, name)) {
      g.name = name;
      g.tokens = [...c.tokens];
    }
    join(g ?? add(c, "person", name), c);
  }
  for (const c of candidates) {
    if (c.kind === "person" && c.tokens.length > 1) continue;
    if (c.kind === "person" || c.kind === "unknown") {
      const g = personFor(groups, c);
      if (g) join(g, c);
      else if (c.kind === "person") join(add(c, "person", c.tokens.join(" ")), c);
      else if (c.kind === "unknown") orgOrNothing(groups, c, join);
      continue;
    }
    if (c.kind === "place") {
      const name = c.place?.name ?? c.tokens.join(" ");
      // A place word that is a known person's surname is that person ("Lincoln", "Jackson").
      // (A region with no figures, from the subdivision list, may be a surname too: "Toshiyuki Shiga", then "Shiga".)
      const nameLike = c.place?.kind === "city" ? (c.place.population ?? 0) > 0 : c.place?.kind === "region" && c.place.lat === null;
      const person = c.tokens.length !== 1 || !nameLike ? undefined : groups.find((g) => g.kind === "person" && g.tokens.length > 1 && lastKey(g.tokens) === personKey(c.tokens[0] ?? ""));
      if (person) {
        join(person, c);
        continue;
      }
      const g = groups.find((x) => x.kind === "place" && fold(x.name) === fold(name));
      join(g ?? add(c, "place", name), c);
      continue;
    }
    // "As far as Robinson is concerned its findings ...": a surname read as a body by its verb and "its" is the person named in full.
    if (c.tokens.length === 1 && c.mention.itsAfter) {
      const person = personFor(groups, c);
      if (person) {
        join(person, c);
        continue;
      }
    }
    const name = canonicalName("organization", c.tokens.join(" ")) ?? c.tokens.join(" ");
    const g = groups.find((x) => x.kind === "organization" && sameOrg(x, name));
    if (g && g.tokens.length < name.split(" ").length && !isAcronymOf(name, g.name)) {
      g.name = name;
      g.tokens = name.split(" ");
    }
    join(g ?? add(c, "organization", name), c);
  }
  fullNames(groups, candidates, join);
  mergeShortOrgs(groups);
  mergeIntoOrgs(groups);
  return groups;
}

/**
 * A name the article shows to be an organization ("IT firm Dimension Data")
 * is that organization everywhere, even where it looked like a person; a small
 * town that is the first word of an organization's name ("Real" of "Real
 * Madrid") is its short form.
 */
function mergeIntoOrgs(groups: Group[]): void {
  const orgs = groups.filter((g) => g.kind === "organization");
  if (!orgs.length) return;
  for (const g of [...groups]) {
    if (g.kind === "organization") continue;
    const key = fold(g.name);
    const org =
      g.kind === "person" && !g.roles.size && !g.first.honorific
        ? // "Alfa Romeos": the plural of a maker's name is its cars, counted with the maker.
          orgs.find((o) => fold(o.name) === key || (key.endsWith("s") && o.tokens.length > 1 && fold(o.name) === key.slice(0, -1)))
        : g.kind === "place" && g.tokens.length === 1 && g.place?.kind === "city" && (g.place.population ?? 0) < 100_000
          ? // "a stake in Sina", then "Sina, the internet firm": a small town the article shows to be a firm is the firm.
            orgs.find((o) => (o.tokens.length > 1 && fold(o.tokens[0] ?? "") === key) || (o.tokens.length === 1 && fold(o.name) === key))
          : undefined;
    if (!org) continue;
    org.mentions += g.mentions;
    for (const s of g.surfaces) org.surfaces.add(s);
    groups.splice(groups.indexOf(g), 1);
  }
}

/**
 * "Bill Gates" is two English words; "Mr Gates" in the same article makes it
 * that person's full name. A surname-only person gets the full name.
 */
function fullNames(groups: Group[], candidates: Candidate[], join: (g: Group, c: Candidate) => void): void {
  for (const c of candidates) {
    if (c.kind !== "unknown" || c.tokens.length !== 2) continue;
    const key = personKey(c.tokens.join(" "));
    const full = groups.find((g) => g.kind === "person" && personKey(g.name) === key);
    const short = full ?? groups.find((g) => g.kind === "person" && g.tokens.length === 1 && personKey(g.name) === lastKey(c.tokens) && g.first.honorific);
    if (!short) continue;
    if (short.tokens.length === 1) {
      short.name = c.tokens.join(" ");
      short.tokens = [...c.tokens];
    }
    join(short, c);
  }
}

function personFor(groups: Group[], c: Candidate): Group | undefined {
  const key = personKey(c.tokens.join(" "));
  const people = groups.filter((g) => g.kind === "person");
  // The latest full name with that surname (or first name) before this mention wins.
  return (
    people.find((g) => personKey(g.name) === key) ??
    people.filter((g) => g.tokens.length > 1 && lastKey(g.tokens) === key).at(-1) ??
    // A first name alone, or after Sir or Dame ("Sir Alan" is Sir Alan Budd), but not after Mr or Ms.
    // ("in June" is no first name of June Sarpong's.)
    (DATE_WORD.test(key) ? undefined : people.filter((g) => g.tokens.length > 1 && personKey(g.tokens[0] ?? "") === key && (!c.honorific || /^(?:sir|dame)\s/i.test(c.surface))).at(-1))
  );
}

/** A bare word that is no person: an organization if one in the article is called so. */
function orgOrNothing(groups: Group[], c: Candidate, join: (g: Group, c: Candidate) => void): void {
  const word = c.tokens.join(" ");
  // "Real" after "Real Madrid": the first word of a longer name the article gave.
  const key = fold(word);
  const g = groups.find((x) => x.kind === "organization" && (isAcronymOf(word, x.name) || fold(x.name) === key || (x.tokens.length > 1 && fold(x.tokens[0] ?? "") === key)));
  if (g) return join(g, c);
  // "United" after "Manchester United": the last word, when only one organization ends with it.
  const ending = c.mention.sentenceStart || DATE_WORD.test(key) ? [] : groups.filter((x) => x.kind === "organization" && x.tokens.length > 1 && fold(x.tokens[x.tokens.length - 1] ?? "") === key);
  if (ending.length === 1) join(ending[0] as Group, c);
}

const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

function sameOrg(g: Group, name: string): boolean {
  if (fold(g.name) === fold(name)) return true;
  return isAcronymOf(name, g.name) || isAcronymOf(g.name, name);
}

/** "ICRC" for "International Committee of the Red Cross". */
export function isAcronymOf(short: string, long: string): boolean {
  if (!SHORT_ACRONYM.test(short)) return false;
  const words = long.split(/[\s-]+/).filter((w) => CAPITAL_FIRST.test(w));
  if (words.map((w) => w[0]).join("") === short) return true;
  // "GSK" for "GlaxoSmithKline": the capitals inside one run-together word.
  if (words.length === 1 && (words[0]?.match(INNER_CAPITALS) ?? []).join("") === short) return true;
  // "FCC" for "US Federal Communications Commission": the country in front is no part of the acronym.
  return words.length > 2 && COUNTRY_CODE.test(words[0] ?? "") && words.slice(1).map((w) => w[0]).join("") === short;
}

/**
 * "General Staff" said after "Ukrainian General Staff" is the same body, and
 * so is a bare head word ("Parliament" after "European Parliament") when only
 * one body in the article ends with it.
 */
function mergeShortOrgs(groups: Group[]): void {
  for (const g of groups.filter((x) => x.kind === "organization")) {
    const head = g.tokens.length === 1 && ORG_HEADS.has(fold(g.name));
    const ending = groups.filter((x) => x !== g && x.kind === "organization" && x.tokens.length > g.tokens.length && (g.tokens.length > 1 || head) && endsWith(x.tokens, g.tokens));
    const longer = g.tokens.length > 1 || ending.length === 1 ? ending[0] : undefined;
    if (!longer) continue;
    longer.mentions += g.mentions;
    for (const s of g.surfaces) longer.surfaces.add(s);
    groups.splice(groups.indexOf(g), 1);
  }
}

/** "Wayne Rooneys" is the plural of "Wayne Rooney". */
const pluralOf = (plural: string, name: string) => plural.length === name.length + 1 && plural.endsWith("s") && personKey(plural.slice(0, -1)) === personKey(name);
const subset = (a: string[], b: string[]) => a.every((t) => b.some((u) => fold(u) === fold(t)));
const sameLast = (a: string[], b: string[]) => lastKey(a) === lastKey(b);
const endsWith = (a: string[], b: string[]) => b.every((t, i) => fold(a[a.length - b.length + i] ?? "") === fold(t));

/** Entity names recur across the archive; their slugs are remembered. */
const slugs = new Map<string, string>();
function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size > 50_000) slugs.clear();
    slug = slugify(name);
    slugs.set(name, slug);
  }
  return slug;
}

export function toEntity(g: Group): Entity {
  const aliases = [...g.surfaces].filter((s) => s !== g.name).sort();
  return { id: slugOf(g.name), name: g.name, aliases, mentions: g.mentions, ...(g.roles.size ? { roles: [...g.roles] } : {}) };
}

export function toPlace(g: Group): Place {
  const p = g.place;
  const e = toEntity(g);
  // Built field by field: spreading the entity was a hot spot of the stage.
  const place: Place = { id: e.id, name: e.name, aliases: e.aliases, mentions: e.mentions, lat: p?.lat ?? null, lon: p?.lon ?? null, country: p?.country ?? null, kind: p?.kind ?? "city" };
  if (e.roles) place.roles = e.roles;
  return place;
}
