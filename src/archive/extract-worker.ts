/** Worker-thread entry for piscina: extracts one article from its bytes. */
import { articleFromBytes } from "../ingest/read-article.ts";
import { extractFromVFile, type ArticleResult } from "./extract-article.ts";

export interface ExtractTask {
  bytes: Uint8Array;
  relativePath: string;
  absolutePath: string;
}

export default function extractTask(task: ExtractTask): ArticleResult {
  return extractFromVFile(articleFromBytes(task.bytes, task.relativePath, task.absolutePath));
}
