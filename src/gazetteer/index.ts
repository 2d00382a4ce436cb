/**
 * Place lookup: the curated alias table (news spellings), countries
 * (i18n-iso-countries names, Natural Earth centroids), curated regions and
 * features, then GeoNames cities. Every table loads once, lazily.
 */
import { readFileSync } from "node:fs";
import { lookupCity } from "./cities.ts";
import { fold } from "./fold.ts";

export type EntityKind = "place" | "person" | "organization";

export interface PlaceInfo {
  /** Canonical name: the alias table's, the country's common English name, or as written. */
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
  kind: "country" | "region" | "city" | "feature" | "continent";
  population: number;
}

const DATA = new URL("../../data/", import.meta.url);

export function readData(file: string): string[] {
  return readFileSync(new URL(file, DATA), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"));
}

/** Per kind, folded spelling → canonical name; one map per kind so a lookup builds no key string. */
let aliases: Map<EntityKind, Map<string, string>> | undefined;
let spellings: Map<EntityKind, Map<string, string[]>> | undefined;

function loadAliases() {
  aliases = new Map();
  spellings = new Map();
  for (const line of readData("aliases.tsv")) {
    const [kind, name, others] = line.split("\t") as [EntityKind, string | undefined, string | undefined];
    if (!kind || !name) continue;
    const all = [name, ...(others ? others.split("|") : [])];
    if (!aliases.has(kind)) aliases.set(kind, new Map());
    if (!spellings.has(kind)) spellings.set(kind, new Map());
    spellings.get(kind)?.set(fold(name), all);
    for (const n of all) aliases.get(kind)?.set(fold(n), name);
  }
}

/** The canonical spelling of a name from the alias table ("Kiev" → "Kyiv"), or undefined. */
export function canonicalName(kind: EntityKind, name: string): string | undefined {
  if (!aliases) loadAliases();
  return aliases?.get(kind)?.get(fold(name));
}

/** Every spelling the alias table lists for the entity a name belongs to. */
export function spellingsOf(kind: EntityKind, name: string): string[] {
  const canonical = canonicalName(kind, name);
  return canonical ? (spellings?.get(kind)?.get(fold(canonical)) ?? [canonical]) : [name];
}

let named: Map<string, PlaceInfo> | undefined;

function loadNamed(): Map<string, PlaceInfo> {
  const map = new Map<string, PlaceInfo>();
  const put = (n: string, info: PlaceInfo) => {
    if (!map.has(fold(n))) map.set(fold(n), info);
  };
  for (const line of readData("gazetteer/regions.tsv")) {
    const [name, others, cc, lat, lon, kind, population] = line.split("\t").map((c) => c.trim());
    if (!name) continue;
    const info: PlaceInfo = { name, lat: lat ? Number(lat) : null, lon: lon ? Number(lon) : null, country: cc || null, kind: (kind || "region") as PlaceInfo["kind"], population: population ? Number(population) : 0 };
    for (const n of [name, ...(others ? others.split("|") : [])]) put(n, info);
  }
  // Generated last: a curated region or a country of the same name wins.
  const subdivisions = readData("gazetteer/subdivisions.tsv");
  for (const line of readData("gazetteer/countries.tsv")) {
    const [cc, name, others, lat, lon] = line.split("\t");
    if (!cc || !name) continue;
    const all = [name, ...(others ? others.split("|") : [])];
    // The shortest plain name is the one news uses ("Russia", not "Russian Federation").
    const common = canonicalName("place", name) ?? all.filter((n) => !/\./.test(n) && n.length > 3).sort((a, b) => a.length - b.length)[0] ?? name;
    const info: PlaceInfo = { name: common, lat: lat ? Number(lat) : null, lon: lon ? Number(lon) : null, country: cc, kind: "country", population: 0 };
    for (const n of all) put(n, info);
  }
  for (const line of subdivisions) {
    const [name, , cc] = line.split("\t");
    if (name) put(name, { name, lat: null, lon: null, country: cc || null, kind: "region", population: 0 });
  }
  return map;
}

/**
 * Names recur within and across articles and every candidate is looked up,
 * often more than once: answers are remembered (null for "not a place").
 * Callers never mutate a PlaceInfo, so sharing one object is safe.
 */
const placeCache = new Map<string, PlaceInfo | null>();

/** Looks a name up as a place; the alias table is consulted first, so "Kiev" finds Kyiv. */
export function lookupPlace(written: string): PlaceInfo | undefined {
  let hit = placeCache.get(written);
  if (hit === undefined) {
    if (placeCache.size > 50_000) placeCache.clear();
    hit = findPlace(written) ?? null;
    placeCache.set(written, hit);
  }
  return hit ?? undefined;
}

function findPlace(written: string): PlaceInfo | undefined {
  named ??= loadNamed();
  // GeoNames spells saints out: "St Etienne" is "Saint-Étienne".
  if (/^St\.? /.test(written)) {
    const saint = lookupPlace(written.replace(/^St\.? /, "Saint "));
    if (saint) return { ...saint, name: canonicalName("place", written) ?? written };
  }
  const canonical = canonicalName("place", written);
  for (const n of canonical ? spellingsOf("place", canonical) : [written]) {
    const hit = named.get(fold(n));
    if (hit) return canonical && hit.kind !== "country" ? { ...hit, name: canonical } : hit;
  }
  let best: PlaceInfo | undefined;
  for (const n of canonical ? spellingsOf("place", canonical) : [written]) {
    const city = lookupCity(n);
    // The alias table's own spelling names the place it means ("Newcastle upon Tyne", not Newcastle in KwaZulu-Natal),
    // unless it is only a small namesake of the city the other spelling names ("Cologne" in Italy, not Köln).
    if (city && canonical && n === canonical && city.population >= 100_000) return { name: canonical, lat: city.lat, lon: city.lon, country: city.country, kind: "city", population: city.population };
    if (city && (!best || city.population > best.population)) {
      best = { name: canonical ?? written, lat: city.lat, lon: city.lon, country: city.country, kind: "city", population: city.population };
    }
  }
  return best;
}

const sets = new Map<string, Set<string>>();

/** A word list from data/names/ as a set of lower-case entries; several files make one set. */
export function wordList(...files: string[]): Set<string> {
  const key = files.join("+");
  let set = sets.get(key);
  if (!set) {
    set = new Set(files.flatMap((file) => readData(file).map((w) => fold(w))));
    sets.set(key, set);
  }
  return set;
}

/** Given names: the generated list and the curated names that are also words ("Frank", "Ray"). */
export const firstNames = () => wordList("names/first-names.txt", "names/given-names-extra.txt");
