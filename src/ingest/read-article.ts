/**
 * One article file → one VFile: decoded text, validated front matter, hash.
 *
 * `file.value` keeps the whole text with the front-matter block blanked to
 * empty lines, so every position the extractors report is a true position in
 * the source file. Problems become vfile messages; a file that cannot be an
 * article at all gets a fatal message (`file.data` is then incomplete and the
 * caller reports it instead of publishing it).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { VFile } from "vfile";
import { FrontMatter, KNOWN_FRONT_MATTER_KEYS } from "./front-matter-schema.ts";
import { decodeBytes } from "./decode.ts";
import "../types.ts";

export class ArticleError extends Error {}

const refuse = (lang: string) => () => {
  throw new ArticleError(`${lang} front matter is executable and is not accepted; use YAML`);
};

/** gray-matter options: YAML only, and an options object so its cache is bypassed (DESIGN.md traps). */
const MATTER_OPTIONS = {
  engines: { js: refuse("JavaScript"), javascript: refuse("JavaScript"), coffee: refuse("CoffeeScript"), json: refuse("JSON") },
} as unknown as Parameters<typeof matter>[1];

export async function readArticle(absolutePath: string, articlesDir: string): Promise<VFile> {
  const bytes = await readFile(absolutePath);
  return articleFromBytes(bytes, path.relative(articlesDir, absolutePath).split(path.sep).join("/"), absolutePath);
}

export function articleFromBytes(bytes: Uint8Array, relativePath: string, absolutePath = relativePath): VFile {
  const file = new VFile({ path: absolutePath });
  file.data.relativePath = relativePath;
  file.data.hash = createHash("sha256").update(bytes).digest("hex");
  file.data.frontMatter = {};
  file.value = "";

  if (bytes.length === 0) return fatal(file, "empty-file", "The file is empty; there is no article to publish");
  if (looksBinary(bytes)) return fatal(file, "binary-file", "The file holds binary data (NUL or control bytes), not article text");

  const decoded = decodeBytes(bytes);
  if (decoded.fallback) {
    file.message(`The file is not valid UTF-8; decoded as ${decoded.encoding}`, { place: { line: 1, column: 1 }, ruleId: "encoding", source: "clippings" });
  }
  const text = decoded.text;
  if (!text.trim()) return fatal(file, "empty-file", "The file holds only white space; there is no article to publish");

  const { body, data, error } = splitFrontMatter(text);
  if (error) return fatal(file, error.rule, error.reason, error.line);
  file.value = body;
  file.data.frontMatter = validateFrontMatter(file, data);
  if (!body.trim()) return fatal(file, "no-body", "The file has front matter but no article text");
  return file;
}

interface SplitResult {
  body: string;
  data: Record<string, unknown>;
  error?: { rule: string; reason: string; line: number };
}

function splitFrontMatter(text: string): SplitResult {
  if (!/^---[ \t]*[a-z]*[ \t]*\n/i.test(text)) return { body: text, data: {} };
  try {
    const parsed = matter(text, MATTER_OPTIONS);
    const data = (parsed.data ?? {}) as Record<string, unknown>;
    // Blank the front matter to as many empty lines so positions stay true.
    const frontLines = text.slice(0, text.length - parsed.content.length).split("\n").length - 1;
    return { body: "\n".repeat(frontLines) + parsed.content, data };
  } catch (caught) {
    if (caught instanceof ArticleError) return { body: "", data: {}, error: { rule: "executable-front-matter", reason: caught.message, line: 1 } };
    const mark = (caught as { mark?: { line?: number } }).mark;
    const reason = (caught as Error).message.split("\n")[0] ?? "unreadable";
    return { body: "", data: {}, error: { rule: "front-matter-yaml", reason: `Front matter is not valid YAML: ${reason}`, line: (mark?.line ?? 0) + 2 } };
  }
}

function validateFrontMatter(file: VFile, data: Record<string, unknown>): FrontMatter {
  const input: Record<string, unknown> = { ...data };
  // YAML turns `date: 2022-05-16` into a Date; keep it as the ISO day it says.
  if (input.date instanceof Date && !Number.isNaN(input.date.getTime())) input.date = input.date.toISOString().slice(0, 10);
  for (const key of Object.keys(input)) {
    if (!KNOWN_FRONT_MATTER_KEYS.includes(key)) {
      file.message(`Unknown front-matter key \`${key}\`; kept but not used`, { place: { line: 2, column: 1 }, ruleId: "front-matter-unknown-key", source: "clippings" });
    }
  }
  const result = FrontMatter.safeParse(input);
  if (result.success) return result.data;
  const clean: Record<string, unknown> = { ...input };
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    file.message(`Front-matter key \`${key}\` is invalid (${issue.message}); ignored`, { place: { line: 2, column: 1 }, ruleId: "front-matter-invalid", source: "clippings" });
    delete clean[key];
  }
  return FrontMatter.parse(clean);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8000);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.1;
}

function fatal(file: VFile, rule: string, reason: string, line = 1): VFile {
  try {
    file.fail(reason, { place: { line, column: 1 }, ruleId: rule, source: "clippings" });
  } catch {
    // file.fail throws by design; the fatal message stays on the file.
  }
  return file;
}

export function isFatal(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}
