/**
 * YAML front matter: find the block, parse it with gray-matter (YAML only),
 * validate each key on its own, and report every problem at the real line
 * of its key.
 *
 * `---js` (and any other language) is refused: gray-matter would execute
 * JavaScript front matter (DESIGN.md traps). A block that is opened but never
 * closed, or that is not valid YAML, is an error: guessing where the article
 * starts would publish metadata as text.
 */
import matter from "gray-matter";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import type { VFile } from "vfile";
import { slugify } from "../record/slug.ts";
import { FrontMatter, FrontMatterFields, KNOWN_FRONT_MATTER_KEYS } from "./front-matter-schema.ts";
import "../types.ts";

export interface KeyPlace {
  line: number;
  column: number;
  /** The value as written on the key's line (quotes and comment removed); "" for block values. */
  raw: string;
  valueColumn: number;
}

export interface FrontMatterBlock {
  data: unknown;
  keys: Map<string, KeyPlace>;
  /** Lines the block spans, fences included. */
  lineCount: number;
}

export type SplitResult =
  | { kind: "none" }
  | { kind: "ok"; block: FrontMatterBlock; body: string }
  | { kind: "error"; rule: string; reason: string; line: number; column: number };

class RefusedLanguage extends Error {}

const refuse = (lang: string) => () => {
  throw new RefusedLanguage(lang);
};

/** gray-matter options: YAML only, and an options object so its shared cache is bypassed (DESIGN.md traps). */
const MATTER_OPTIONS = {
  engines: { js: refuse("js"), javascript: refuse("javascript"), coffee: refuse("coffee"), coffeescript: refuse("coffeescript"), json: refuse("json"), toml: refuse("toml") },
} as unknown as Parameters<typeof matter>[1];

const OPENING = /^---[ \t]*([A-Za-z][\w-]*)?[ \t]*$/;
const CLOSING = /^---[ \t]*$/;
/** Past this many YAML nodes (aliases counted each time they are used) the block is a "billion laughs", not metadata. */
const MAX_NODES = 10_000;

/** Splits the front-matter block off `text`; the body keeps the block's lines as empty lines so positions stay true. */
export function splitFrontMatter(text: string): SplitResult {
  const firstBreak = text.indexOf("\n");
  const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const opening = OPENING.exec(firstLine);
  if (!opening) return { kind: "none" };

  const language = (opening[1] ?? "yaml").toLowerCase();
  if (language !== "yaml" && language !== "yml") {
    const executable = ["js", "javascript", "coffee", "coffeescript"].includes(language);
    return {
      kind: "error",
      rule: executable ? "executable-front-matter" : "front-matter-language",
      reason: executable
        ? `Front matter in ${language} is executable code and is refused; write it as YAML (a plain \`---\` line)`
        : `Front matter in ${language} is not accepted; write it as YAML (a plain \`---\` line)`,
      line: 1,
      column: 4,
    };
  }

  const lines = text.split("\n");
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (CLOSING.test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (close < 0) {
    return { kind: "error", rule: "front-matter-unclosed", reason: "Front matter opened on line 1 is never closed with a `---` line; the file is not read as an article", line: 1, column: 1 };
  }

  const blockText = `${lines.slice(0, close + 1).join("\n")}\n`;
  let data: unknown;
  try {
    data = matter(blockText, MATTER_OPTIONS).data;
  } catch (caught) {
    if (caught instanceof RefusedLanguage) return { kind: "error", rule: "executable-front-matter", reason: "Executable front matter is refused; write it as YAML", line: 1, column: 1 };
    const mark = (caught as { mark?: { line?: number; column?: number } }).mark;
    // js-yaml counts lines from the end of the opening `---`, so its line n is the file's line n + 1.
    const line = Math.min(Math.max(1, (mark?.line ?? 0) + 1), close + 1);
    const lineText = lines[line - 1] ?? "";
    const column = Math.min(Math.max(1, (mark?.column ?? 0) + 1), lineText.length + 1);
    const what = ((caught as Error).message.split("\n")[0] ?? "unreadable").replace(/\s*(?:\(\d+:\d+\)|at line \d+, column \d+)\s*:?\s*$/, "");
    return { kind: "error", rule: "front-matter-yaml", reason: `Front matter is not valid YAML (${yamlHint(what, lineText)}); the file is not read as an article`, line, column };
  }

  const body = "\n".repeat(close + 1) + lines.slice(close + 1).join("\n");
  return { kind: "ok", body, block: { data, keys: keyPlaces(lines.slice(1, close), 2), lineCount: close + 1 } };
}

/** js-yaml's messages name the parser's state; say what to change where it is clear. */
function yamlHint(message: string, lineText: string): string {
  const key = /^\s*([^:#\s][^:]*):/.exec(lineText)?.[1]?.trim();
  if (/duplicated mapping key/.test(message)) return `the key \`${key ?? "?"}\` appears twice`;
  if (/end of the stream within a flow collection/.test(message)) return "a `[` or `{` is never closed";
  if (/mapping pair|block mapping entry|bad indentation/.test(message) && (lineText.match(/: /g)?.length ?? 0) > 1) {
    return `${message}: a value that holds \`: \` must be in quotes`;
  }
  return message;
}

/** Where each top-level key sits, so warnings point at the real line. */
function keyPlaces(lines: string[], firstLine: number): Map<string, KeyPlace> {
  const keys = new Map<string, KeyPlace>();
  const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"\-?][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?=[ \t]|$)/;
  lines.forEach((text, i) => {
    const m = KEY.exec(text);
    if (!m) return;
    const key = (m[1] ?? m[2] ?? m[3] ?? "").trim();
    if (keys.has(key)) return;
    const rest = text.slice(m[0].length);
    const lead = rest.length - rest.trimStart().length;
    keys.set(key, { line: firstLine + i, column: 1, raw: rawScalar(rest), valueColumn: m[0].length + lead + 1 });
  });
  return keys;
}

function rawScalar(rest: string): string {
  const value = rest.trim();
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'((?:[^']|'')*)'/.exec(value);
  if (quoted) return quoted[1] ?? (quoted[2] ?? "").replace(/''/g, "'");
  return value.replace(/\s+#.*$/, "").trim();
}

/**
 * Validates the parsed block key by key. Unknown keys are warned and kept;
 * a key with a bad value is warned and dropped; everything else is kept.
 */
export function validateFrontMatter(file: VFile, block: FrontMatterBlock): FrontMatter {
  const warn = (key: string | null, rule: string, reason: string, atValue = false) => {
    const place = key ? block.keys.get(key) : undefined;
    const at = place ? { line: place.line, column: atValue ? place.valueColumn : place.column } : { line: 1, column: 1 };
    file.message(reason, { place: at, ruleId: rule, source: "clippings" });
  };

  const data = block.data;
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data) || data instanceof Date) {
    warn(null, "front-matter-not-mapping", "Front matter is not a list of `key: value` lines; it is ignored");
    return {};
  }
  if (countNodes(data, MAX_NODES) > MAX_NODES) {
    warn(null, "front-matter-too-large", `Front matter expands to more than ${MAX_NODES.toLocaleString("en")} values (YAML aliases); it is ignored`);
    return {};
  }

  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") {
      warn(key, "front-matter-invalid", `Front-matter key \`${key}\` is not allowed; ignored`);
      continue;
    }
    if (value === null || value === undefined) continue; // `title:` left blank: as if absent.
    if (!KNOWN_FRONT_MATTER_KEYS.includes(key)) {
      const near = nearestKey(key);
      warn(key, "front-matter-unknown-key", `Unknown front-matter key \`${key}\`; kept but not used${near ? ` (did you mean \`${near}\`?)` : ""}`);
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    const raw = block.keys.get(key)?.raw ?? "";
    const coerced = key === "date" ? checkDate(value, raw) : coerce(key, value, raw);
    if ("error" in coerced) {
      warn(key, key === "date" ? "front-matter-date" : "front-matter-invalid", coerced.error, true);
      continue;
    }
    if (coerced.note) warn(key, "front-matter-type", coerced.note, true);
    const schema = FrontMatterFields[key as keyof typeof FrontMatterFields];
    const result = schema.safeParse(coerced.value);
    if (!result.success) {
      const why = result.error.issues[0]?.message ?? "wrong type";
      warn(key, "front-matter-invalid", `Front-matter \`${key}\` ${describe(coerced.value)} is invalid (${why.toLowerCase()}); ignored`, true);
      continue;
    }
    if (key === "slug") {
      const safe = slugify(String(result.data));
      if (!safe) {
        warn(key, "front-matter-slug", `Front-matter \`slug\` ${describe(result.data)} has no letters or digits to make a URL from; ignored`, true);
        continue;
      }
      if (safe !== result.data) warn(key, "front-matter-slug", `Front-matter \`slug\` ${describe(result.data)} is not URL-safe; the article is published as \`${safe}\``, true);
    }
    out[key] = result.data;
  }
  return FrontMatter.parse(out);
}

type Coerced = { value: unknown; note?: string } | { error: string };

const STRING_KEYS = new Set(["title", "slug", "dateline", "byline", "source", "url", "image", "caption"]);
const LIST_KEYS = new Set(["topics", "places", "people", "organizations"]);

/** YAML types words it recognises (numbers, dates, booleans); for text fields the words as written are what was meant. */
function coerce(key: string, value: unknown, raw: string): Coerced {
  if (STRING_KEYS.has(key)) {
    if (typeof value === "string") return { value };
    if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return { value: raw || scalarText(value) };
    return { error: `Front-matter \`${key}\` must be text, not ${kindOf(value)}; ignored` };
  }
  if (LIST_KEYS.has(key)) {
    const items = Array.isArray(value) ? value : [value];
    const list: string[] = [];
    for (const item of items) {
      if (item === null || item === undefined || item === "") continue;
      if (typeof item === "string") list.push(item);
      else if (typeof item === "number" || typeof item === "boolean" || item instanceof Date) list.push(scalarText(item));
      else return { error: `Front-matter \`${key}\` must be a list of names, but holds ${kindOf(item)}; ignored` };
    }
    return { value: list };
  }
  if (key === "draft") {
    if (typeof value === "boolean") return { value };
    const word = typeof value === "string" ? value.trim().toLowerCase() : "";
    if (["yes", "y", "on", "true"].includes(word)) return { value: true, note: `Front-matter \`draft\` is the text "${value}"; read as true` };
    if (["no", "n", "off", "false"].includes(word)) return { value: false, note: `Front-matter \`draft\` is the text "${value}"; read as false` };
    return { error: `Front-matter \`draft\` ${describe(value)} is neither true nor false; ignored` };
  }
  return { value };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const NATURAL_PATTERNS = ["d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "yyyy/MM/dd", "yyyy/M/d"];
const REFERENCE = new Date(2000, 0, 1);

/**
 * A date as written: ISO yyyy-MM-dd (a time after it is allowed and
 * dropped), or a spelled-out date ("16 May 2022"). YAML itself turns
 * 2023-02-30 into 2 March, so the text on the key's line is what is checked.
 */
export function checkDate(value: unknown, raw: string): Coerced {
  const text = (raw || (value instanceof Date ? value.toISOString() : scalarText(value))).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?[ \t]*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(text);
  if (iso) {
    const [, y, m, d] = iso;
    const day = parse(`${y}-${m}-${d}`, "yyyy-M-d", REFERENCE);
    if (isValid(day)) return { value: `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}` };
    const month = Number(m);
    const why = month < 1 || month > 12 ? `there is no month ${month}` : `${MONTHS[month - 1]} ${y} has ${daysIn(Number(y), month)} days`;
    return { error: `Front-matter \`date\` ${text} does not exist (${why}); ignored` };
  }
  for (const pattern of NATURAL_PATTERNS) {
    const day = parse(text, pattern, REFERENCE);
    if (isValid(day)) return { value: `${String(day.getFullYear()).padStart(4, "0")}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}` };
  }
  return { error: `Front-matter \`date\` ${describe(text)} is not a calendar date (write it as yyyy-MM-dd); ignored` };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function scalarText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (value && typeof value === "object") return "a mapping";
  return `a ${typeof value}`;
}

function describe(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value) : kindOf(value);
  return text;
}

function nearestKey(key: string): string | null {
  const lower = key.toLowerCase();
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of KNOWN_FRONT_MATTER_KEYS) {
    const d = lower === known ? 0 : distance(lower, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best && (bestDistance <= 1 || (bestDistance === 2 && key.length > 4)) ? best : null;
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Counts values reachable from `value`, shared (aliased) ones each time, stopping past `budget`. */
function countNodes(value: unknown, budget: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length && count <= budget) {
    const v = stack.pop();
    count++;
    if (v && typeof v === "object" && !(v instanceof Date)) {
      // One at a time: spreading a huge list into push() would overflow the call stack.
      for (const child of Array.isArray(v) ? v : Object.values(v)) {
        stack.push(child);
        if (stack.length > budget) return budget + 1;
      }
    }
  }
  return count;
}
