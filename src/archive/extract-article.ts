/**
 * One article file → its record, or the problems that keep it from being one.
 * Nothing thrown here escapes: a bug of ours becomes an `internal-error`
 * entry against the file, so one bad file never stops the others.
 */
import type { VFile } from "vfile";
import { isFatal, readArticle, type ReadOptions } from "../ingest/read-article.ts";
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
    noteMissingBody(file);
    return { ok: true, file: relative, record: assembleRecord(file) };
  } catch (caught) {
    file.message(`Extraction failed (${(caught as Error)?.message ?? String(caught)}); this is a bug in Clippings, please report it`, {
      place: { line: 1, column: 1 },
      ruleId: "internal-error",
      source: "clippings",
    });
    return { ok: false, file: relative, warnings: warningsOf(file).map((w) => (w.rule === "internal-error" ? { ...w, severity: "error" as const } : w)) };
  }
}

export async function extractArticle(absolutePath: string, articlesDir: string, options: ReadOptions = {}): Promise<ArticleResult> {
  return extractFromVFile(await readArticle(absolutePath, articlesDir, options));
}

/**
 * An article whose every paragraph is a caption (a photo post, or a scrape
 * that kept only the caption) is still published, but a reader finds no
 * story on its page: say so.
 */
function noteMissingBody(file: VFile): void {
  const blocks = file.data.blocks ?? [];
  const first = blocks[0];
  if (!first) {
    // Markdown that is only an image, a rule or raw HTML has no text to show.
    file.message("The article has no paragraphs of text; published as an empty page", { place: { line: 1, column: 1 }, ruleId: "no-paragraphs", source: "clippings" });
    return;
  }
  const captions = new Set((file.data.captions ?? []).map((c) => c.paragraph));
  if (captions.size === 0 || !blocks.every((b) => captions.has(b.index) || b.index === file.data.headline?.paragraph)) return;
  file.message("The article has no body text, only a photo caption; published as a caption page", {
    place: { line: first.line, column: first.column },
    ruleId: "caption-only",
    source: "clippings",
  });
}
