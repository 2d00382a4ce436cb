/**
 * The Pagefind search index, in shards. Pagefind holds the whole index it
 * builds in memory (about 200 KB a page, measured: 230 MB for 1,000 article
 * pages, 820 MB for 4,000), so a big archive is indexed as several bundles of
 * at most SHARD_SIZE articles, one Pagefind run each, and the search page
 * merges them in the browser (Pagefind's mergeIndex). An article's shard is
 * fixed by its id, so a rebuild re-indexes only the shards whose pages changed.
 * One shard is the plain /pagefind/ bundle. https://pagefind.app/docs/node-api/
 */
import { createHash } from "node:crypto";
import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { permalinkOf } from "./urls.ts";

/** Articles per shard; CLIPPINGS_SEARCH_SHARD_SIZE overrides it (tests use tiny shards). */
export const SHARD_SIZE = Number(process.env.CLIPPINGS_SEARCH_SHARD_SIZE) || 2000;

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

/**
 * Indexes the article pages (site URLs) into their shards' bundles. `only`
 * limits the run to some shards (the others are unchanged since the last build).
 */
export async function indexShards(outDir: string, articleUrls: { id: string; url: string }[], only?: Set<number>, size = SHARD_SIZE): Promise<{ pages: number; shards: number }> {
  const count = shardCount(articleUrls.length, size);
  const members: { id: string; url: string }[][] = Array.from({ length: count }, () => []);
  for (const a of articleUrls) members[shardOf(a.id, count)]!.push(a);
  // An empty bundle has no language index and Pagefind refuses to load it: list only shards with pages.
  const listed = members.flatMap((m, shard) => (m.length || count === 1 ? [`${bundleDir(shard)}/`] : []));
  writeFileSync(path.join(outDir, SHARDS_FILE), `${JSON.stringify(listed)}\n`);
  let pages = 0;
  let shards = 0;
  for (let shard = 0; shard < count; shard++) {
    if (only && !only.has(shard)) continue;
    const mine = members[shard]!;
    if (!mine.length && count > 1) continue;
    pages += count === 1 ? await indexFolder(outDir, outDir, bundleDir(0)) : await indexSubset(outDir, mine.map((a) => permalinkOf(a.url).slice(1)), bundleDir(shard));
    shards++;
  }
  return { pages, shards };
}

/** A shard's pages, hard-linked into a scratch folder at their site paths, so Pagefind gives them their real URLs. */
async function indexSubset(outDir: string, files: string[], bundle: string): Promise<number> {
  const scratch = mkdtempSync(path.join(outDir, ".pagefind-shard-"));
  try {
    for (const file of files) {
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      linkSync(path.join(outDir, file), path.join(scratch, file));
    }
    return await indexFolder(scratch, outDir, bundle);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function indexFolder(folder: string, outDir: string, bundle: string): Promise<number> {
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: folder, glob: "articles/**/*.html" });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join("; ")}`);
    const wrote = await index.writeFiles({ outputPath: path.join(outDir, bundle) });
    if (wrote.errors.length) throw new Error(`Pagefind could not write its index: ${wrote.errors.join("; ")}`);
    return added.page_count;
  } finally {
    // One Pagefind process per shard: closing it frees the shard's memory.
    await pagefind.close();
  }
}
