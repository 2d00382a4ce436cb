/** Finds article files (.txt, .md) in any sub-folder, in a stable order. */
import { readdir } from "node:fs/promises";
import path from "node:path";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown"]);

export async function discoverArticles(articlesDir: string): Promise<string[]> {
  const entries = await readdir(articlesDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
