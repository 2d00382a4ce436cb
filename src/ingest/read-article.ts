/**
 * One article file → one VFile: decoded text, validated front matter, hash.
 *
 * `file.value` keeps the whole text with the front-matter block blanked to
 * empty lines, so every position the extractors report is a true position in
 * the source file. Problems become vfile messages with the line they are on;
 * a file that cannot be an article at all gets a fatal message (`file.data`
 * is then incomplete and the caller reports it instead of publishing it).
 *
 * Limits (see `DEFAULT_LIMITS`): a file over 1 MiB, or with a line over
 * 50,000 characters, is refused with a message naming the limit. The
 * longest real news articles are a few tens of kilobytes; anything far past
 * that is a dump, a log or a mistake, and running every extractor over it
 * would stall the whole build.
 */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import path from "node:path";
import { VFile } from "vfile";
import { decodeBytes, sanitizeText } from "./decode.ts";
import { splitFrontMatter, validateFrontMatter } from "./front-matter.ts";
import "../types.ts";

export interface Limits {
  /** Largest file read, in bytes. */
  maxBytes: number;
  /** Longest line, in characters (after decoding). */
  maxLineLength: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 1024 * 1024, maxLineLength: 50_000 };

export type ReadOptions = Partial<Limits>;

/** Reads a file from disk. The size is checked before reading, so a huge file costs nothing. */
export async function readArticle(absolutePath: string, articlesDir: string, options: ReadOptions = {}): Promise<VFile> {
  const relativePath = path.relative(articlesDir, absolutePath).split(path.sep).join("/");
  const limits = { ...DEFAULT_LIMITS, ...options };
  let handle;
  try {
    handle = await open(absolutePath, "r");
  } catch (caught) {
    return unreadable(relativePath, absolutePath, caught);
  }
  try {
    const { size } = await handle.stat();
    if (size > limits.maxBytes) return tooLarge(new VFile({ path: absolutePath, data: { relativePath, frontMatter: {}, hash: "" }, value: "" }), size, limits.maxBytes);
    const bytes = await handle.readFile();
    return articleFromBytes(bytes, relativePath, absolutePath, limits);
  } catch (caught) {
    return unreadable(relativePath, absolutePath, caught);
  } finally {
    await handle.close();
  }
}

/** The whole ingest on bytes already in memory (worker threads, tests). */
export function articleFromBytes(bytes: Uint8Array, relativePath: string, absolutePath = relativePath, options: ReadOptions = {}): VFile {
  const limits = { ...DEFAULT_LIMITS, ...options };
  const file = new VFile({ path: absolutePath });
  file.data.relativePath = relativePath;
  file.data.hash = createHash("sha256").update(bytes).digest("hex");
  file.data.frontMatter = {};
  file.value = "";

  if (bytes.length > limits.maxBytes) return tooLarge(file, bytes.length, limits.maxBytes);
  if (bytes.length === 0) return fatal(file, "empty-file", "The file is empty; there is no article to publish");

  const decoded = decodeBytes(bytes);
  if (decoded.binary) return fatal(file, "binary-file", decoded.binary);
  if (decoded.fallback) {
    const where = decoded.firstInvalid ?? { line: 1, column: 1 };
    const reason = decoded.mixed
      ? `The file is UTF-8 but ${decoded.invalidBytes} byte${decoded.invalidBytes === 1 ? " is" : "s are"} not (the first here); read as Windows-1252`
      : decoded.encoding.startsWith("utf-16")
        ? `The file is ${decoded.encoding.toUpperCase()}, not UTF-8; decoded as ${decoded.encoding.toUpperCase()}`
        : `The file is not UTF-8 (the first byte that is not is here); decoded as ${encodingName(decoded.encoding)}`;
    file.message(reason, { place: where, ruleId: "encoding", source: "clippings" });
  }

  const clean = sanitizeText(decoded.text);
  if (clean.nul.count) {
    const n = clean.nul.count;
    file.message(`The text holds ${n} NUL character${n === 1 ? "" : "s"} (the first here); removed`, { place: clean.nul.first ?? { line: 1, column: 1 }, ruleId: "nul-bytes", source: "clippings" });
  }
  if (clean.control.count) {
    const n = clean.control.count;
    file.message(`The text holds ${n} invisible control character${n === 1 ? "" : "s"} (the first here); removed`, { place: clean.control.first ?? { line: 1, column: 1 }, ruleId: "control-characters", source: "clippings" });
  }
  const text = clean.text;
  if (!text.trim()) return fatal(file, "empty-file", "The file holds only white space; there is no article to publish");

  const long = longestLine(text);
  if (long.length > limits.maxLineLength) {
    return fatal(
      file,
      "line-too-long",
      `Line ${long.line} is ${long.length.toLocaleString("en")} characters long; the limit is ${limits.maxLineLength.toLocaleString("en")} (break the text into paragraphs)`,
      long.line,
    );
  }

  const split = splitFrontMatter(text);
  if (split.kind === "error") return fatal(file, split.rule, split.reason, split.line, split.column);
  if (split.kind === "none") {
    file.value = text;
    return file;
  }
  const data = split.block.data;
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data) || data instanceof Date)) {
    // `---` lines around plain text or a list are a rule, not metadata: keep the words.
    file.message(`The lines between the \`---\` on line 1 and line ${split.block.lineCount} are not \`key: value\` pairs; read as article text, not front matter`, {
      place: { line: 1, column: 1 },
      ruleId: "front-matter-not-mapping",
      source: "clippings",
    });
    file.value = text;
    return file;
  }
  file.value = split.body;
  file.data.frontMatter = validateFrontMatter(file, split.block);
  if (!split.body.trim()) return fatal(file, "no-body", "The file has front matter but no article text after it", split.block.lineCount);
  return file;
}

function encodingName(encoding: string): string {
  return encoding.replace(/^windows-/, "Windows-").replace(/^iso-/, "ISO-");
}

function longestLine(text: string): { line: number; length: number } {
  let best = { line: 1, length: 0 };
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > best.length) best = { line, length: stop - start };
    if (end < 0) break;
    start = end + 1;
    line++;
  }
  return best;
}

function tooLarge(file: VFile, size: number, max: number): VFile {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return fatal(file, "file-too-large", `The file is ${mb(size)}; the limit for one article is ${mb(max)} (split it into articles)`);
}

function unreadable(relativePath: string, absolutePath: string, caught: unknown): VFile {
  const file = new VFile({ path: absolutePath, data: { relativePath, frontMatter: {}, hash: "" }, value: "" });
  const code = (caught as NodeJS.ErrnoException).code ?? (caught as Error).message;
  return fatal(file, "unreadable-file", `The file cannot be read (${code})`);
}

function fatal(file: VFile, rule: string, reason: string, line = 1, column = 1): VFile {
  try {
    file.fail(reason, { place: { line, column }, ruleId: rule, source: "clippings" });
  } catch {
    // file.fail throws by design; the fatal message stays on the file.
  }
  return file;
}

export function isFatal(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}
