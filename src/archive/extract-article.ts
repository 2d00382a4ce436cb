/**
 * One article file → its record, or the problems that keep it from being one.
 */
import type { VFile } from "vfile";
import { isFatal, readArticle } from "../ingest/read-article.ts";
import { runPipeline } from "../pipeline.ts";
import { assembleRecord, warningsOf } from "../record/assemble.ts";
import type { ArticleRecord, Warning } from "../record/schema.ts";

export type ArticleResult =
  | { ok: true; file: string; record: ArticleRecord }
  | { ok: false; file: string; warnings: Warning[] };

export function extractFromVFile(file: VFile): ArticleResult {
  const relative = file.data.relativePath ?? file.path;
  if (isFatal(file)) return { ok: false, file: relative, warnings: warningsOf(file) };
  try {
    runPipeline(file);
  } catch (caught) {
    // A bug of ours must not lose the article: report it against the file.
    file.message(`Extraction failed: ${(caught as Error).message}`, { place: { line: 1, column: 1 }, ruleId: "internal-error", source: "clippings" });
    return { ok: false, file: relative, warnings: warningsOf(file).map((w) => (w.rule === "internal-error" ? { ...w, severity: "error" } : w)) };
  }
  return { ok: true, file: relative, record: assembleRecord(file) };
}

export async function extractArticle(absolutePath: string, articlesDir: string): Promise<ArticleResult> {
  return extractFromVFile(await readArticle(absolutePath, articlesDir));
}
