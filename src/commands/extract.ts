/**
 * `extract FILE...`: one ArticleRecord per file as JSON Lines, in input order.
 * A file that cannot be an article prints its problems to stderr instead.
 */
import path from "node:path";
import { extractArticle } from "../archive/extract-article.ts";

export async function extractCommand(files: string[]): Promise<number> {
  let failures = 0;
  for (const f of files) {
    const absolute = path.resolve(f);
    // Paths in records are relative to the folder the file sits in, so the
    // record of `articles/a.txt` says `a.txt` wherever it is run from.
    const result = await extractArticle(absolute, path.dirname(absolute));
    if (result.ok) process.stdout.write(`${JSON.stringify(result.record)}\n`);
    else {
      failures++;
      for (const w of result.warnings) process.stderr.write(`${f}:${w.line}:${w.column}: ${w.severity ?? "warning"} ${w.reason} [${w.rule}]\n`);
    }
  }
  return failures ? 1 : 0;
}
