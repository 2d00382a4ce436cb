/**
 * The Pagefind search index, in shards, fed straight from the records:
 * each article becomes one custom record (its body text, title, filters and
 * date), so no HTML is read or parsed and the index can be built while
 * Eleventy is still rendering. Pagefind's cost is about linear in the pages
 * of a bundle (about 2.5 ms a page on the 2-core bench machine, mostly
 * writing fragments), and a bundle cannot be updated in place, so an archive
 * is indexed as bundles of at most SHARD_SIZE articles: a rebuild after one
 * article changed re-indexes one small bundle. The search page merges the
 * bundles in the browser (Pagefind's mergeIndex). An article's shard is
 * fixed by its id. One shard is the plain /pagefind/ bundle.
 * https://pagefind.app/docs/node-api/
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ArticleRecord } from "../record/schema.ts";
import type { ArticleView } from "./data.ts";
import { assertInside } from "./urls.ts";

/** Articles per shard; CLIPPINGS_SEARCH_SHARD_SIZE overrides it (tests use tiny shards). */
export const SHARD_SIZE = Number(process.env.CLIPPINGS_SEARCH_SHARD_SIZE) || 500;

/** Lists the bundles for the search page (site-relative folders, the first is loaded, the rest merged). */
export const SHARDS_FILE = "pagefind-shards.json";

export function shardCount(articles: number, size = SHARD_SIZE): number {
  return Math.max(1, Math.ceil(articles / size));
}

export function shardOf(id: string, count: number): number {
  return count <= 1 ? 0 : Number.parseInt(createHash("sha1").update(id).digest("hex").slice(0, 8), 16) % count;
}

/** Folder of a shard's bundle in the output: pagefind/, pagefind-2/, ... */
export function bundleDir(shard: number): string {
  return shard === 0 ? "pagefind" : `pagefind-${shard + 1}`;
}

/** What Pagefind indexes of one article (its Node API's custom record). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * An article as the article page offers it to Pagefind: the body's text
 * (captions with their credits; what the page marks data-pagefind-ignore,
 * such as speaker tags, left out), the title as meta, the year, place,
 * person, organization and topic filters, and the date to sort by.
 */
export function searchRecord(view: ArticleView, record: Pick<ArticleRecord, "paragraphs" | "captions">, language: string): SearchRecord {
  const captions = new Map(record.captions.map((c) => [c.paragraph, c]));
  const text: string[] = [];
  for (const p of record.paragraphs) {
    if (p.role === "headline" || p.role === "dateline" || p.role === "byline") continue;
    const caption = captions.get(p.index);
    if (caption) text.push(caption.credit ? `${caption.text} ${caption.credit}` : caption.text);
    else text.push(p.text);
  }
  const filters: Record<string, string[]> = {};
  if (view.year) filters.year = [view.year];
  for (const [key, links] of [["place", view.places], ["person", view.people], ["organization", view.organizations], ["topic", view.topics]] as const) {
    if (links.length) filters[key] = links.map((l) => l.name);
  }
  return {
    url: view.url,
    content: text.join("\n"),
    // Pagefind keys its per-language index by the primary subtag, as it reads <html lang>.
    language: language.split("-")[0]!.toLowerCase(),
    meta: { title: view.title },
    filters,
    sort: view.date ? { date: view.date } : {},
  };
}

/** The articles of each shard, in archive order. */
export function shardMembers<T extends { id: string }>(articles: T[], size = SHARD_SIZE): T[][] {
  const count = shardCount(articles.length, size);
  const members: T[][] = Array.from({ length: count }, () => []);
  for (const a of articles) members[shardOf(a.id, count)]!.push(a);
  return members;
}

/** One shard of the index: how many articles it has, and their search records, made when asked for. */
export interface SearchShard {
  size: number;
  records: () => SearchRecord[];
}

/** Shards from lists of records made already (tests, small sites). */
export const shardsOf = (records: SearchRecord[][]): SearchShard[] => records.map((list) => ({ size: list.length, records: () => list }));

/**
 * Writes the search index: the list of bundles, and the bundles of the
 * shards in `only` (all when it is not given). A shard's records are made
 * when it is indexed, so only one shard's text is held at a time. Bundles of
 * shards the archive no longer has are removed.
 */
export async function indexShards(outDir: string, shards: SearchShard[], only?: Set<number>): Promise<{ pages: number; shards: number }> {
  const count = shards.length;
  // An empty bundle has no language index and Pagefind refuses to load it: list only shards with pages.
  const listed = shards.flatMap((m, shard) => (m.size || count === 1 ? [`${bundleDir(shard)}/`] : []));
  // The index may be started before Eleventy has made the output folder.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, SHARDS_FILE), `${JSON.stringify(listed)}\n`);
  for (const name of readdirSync(outDir)) {
    const n = /^pagefind-(\d+)$/.exec(name)?.[1];
    if (n && (Number(n) > count || !shards[Number(n) - 1]?.size)) rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
  let pages = 0;
  let indexed = 0;
  for (let shard = 0; shard < count; shard++) {
    if (only && !only.has(shard)) continue;
    const mine = shards[shard]!;
    if (!mine.size && count > 1) continue;
    pages += await indexBundle(outDir, mine.records(), bundleDir(shard));
    indexed++;
  }
  return { pages, shards: indexed };
}

async function indexBundle(outDir: string, records: SearchRecord[], bundle: string): Promise<number> {
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // Sent together: Pagefind answers each in turn, and the round trips overlap.
    const added = await Promise.all(records.map((r) => index.addCustomRecord(r)));
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(`Pagefind could not index ${outDir}: ${failed.join("; ")}`);
    // A bundle is written whole: fragments of pages it no longer has must not linger.
    const target = path.join(outDir, bundle);
    assertInside(outDir, target);
    rmSync(target, { recursive: true, force: true });
    const wrote = await index.writeFiles({ outputPath: target });
    if (wrote.errors.length) throw new Error(`Pagefind could not write its index: ${wrote.errors.join("; ")}`);
    return records.length;
  } finally {
    // One Pagefind process per shard: closing it frees the shard's memory.
    await pagefind.close();
  }
}
