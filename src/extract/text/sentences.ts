/**
 * Sentence splitting for one paragraph, linear and quote-aware: a sentence
 * never ends inside a quote (a quoted statement of several sentences stays
 * with its attribution), abbreviations and initials ("Mr.", "J. K.", "U.S.")
 * do not end one, and a short attribution cut off after a quote ending in
 * "?" or "!" ("Why not?" Mr Smith asked.) is joined back to it.
 */
import type { QuoteSpan } from "./quote-marks.ts";

export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  "mr mrs ms dr st jr sr prof gen gov sen rep rev lt col capt sgt maj cmdr adm inc ltd co corp no vs nos fig approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec mt ft".split(" "),
);
const TERMINAL = new Set([".", "!", "?", "\u2026"]);
const TERMINAL_AT = /[.!?\u2026]/g;
const CLOSERS = new Set(['"', "'", "\u201d", "\u2019", "\u00bb", "\u203a", "\u201c", ")"]);
const OPENERS = /["'\u201c\u201e\u2018\u00ab\u2039(\[]/;
// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call.
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const LETTER_OR_DOT = /[\p{L}.]/u;
const LONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_INITIALS = /^(\p{L}\.)+\p{L}$/u;

export function splitSentences(text: string, spans: QuoteSpan[]): Range[] {
  const top = spans.filter((s) => s.depth === 0);
  const out: Range[] = [];
  let start = 0;
  let q = 0; // next top-level span that may contain i
  for (let i = 0; i < text.length; i++) {
    while (q < top.length && top[q]!.close < i) q++;
    // Jump to the next place a sentence may end: a terminal mark, or the closing mark of a quote.
    TERMINAL_AT.lastIndex = i;
    let next = TERMINAL_AT.exec(text)?.index ?? text.length;
    const pending = top[q];
    if (pending && (pending.close < next || (pending.open < next && next < pending.close))) next = pending.close;
    if (next >= text.length) break;
    i = next;
    while (q < top.length && top[q]!.close < i) q++;
    const span = top[q];
    if (span && span.open < i && i < span.close) {
      i = span.close - 1; // jump to the closing mark; the loop visits it next
      continue;
    }
    const c = text[i]!;
    // A quote that ends its own sentence ("... leadership." But) ends the sentence with it,
    // unless the next quote opens right there (a run of quoted sentences).
    // (`... doing there?'" LTA chief ...`: a nested quote's closing mark may sit between the two.)
    const closesStatement = span && i === span.close && (!span.unclosed || span.close < text.length) && endsStatement(text, i);
    if (!TERMINAL.has(c) && !closesStatement) continue;
    // A quote cut short for want of a closing mark "closes" on the space after its full stop.
    let end = closesStatement && span!.unclosed ? i : i + 1;
    while (end < text.length && (TERMINAL.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    if (end >= text.length) break;
    if (!/\s/.test(text[end]!)) continue;
    let k = end;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    const nextChar = text[k];
    if (nextChar === undefined || !(UPPER_OR_DIGIT.test(nextChar) || OPENERS.test(nextChar))) continue;
    if (c === "." && isAbbreviation(text, i)) continue;
    out.push({ start, end });
    start = k;
    i = k - 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return splitAtQuoteOpenings(text, top, out);
}

/**
 * `... the result. "We will build on it," he added.`: a quote opening after a full stop starts a
 * sentence even where the quote before it never closed (paragraphs merged by the scraper run an
 * unclosed quote up to the next opening mark, so the loop above sees one quote running on).
 */
function splitAtQuoteOpenings(text: string, top: QuoteSpan[], ranges: Range[]): Range[] {
  const cuts = top.filter((s, i) => i > 0 && top[i - 1]!.unclosed && top[i - 1]!.close === s.open && startsSentence(text, s.open));
  if (!cuts.length) return ranges;
  const out: Range[] = [];
  let c = 0;
  for (const r of ranges) {
    let start = r.start;
    while (c < cuts.length && cuts[c]!.open < r.end) {
      const at = cuts[c++]!.open;
      if (at <= start) continue;
      let end = at;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      out.push({ start, end });
      start = at;
    }
    out.push({ start, end: r.end });
  }
  return out;
}

/** A mark at `at` after a sentence's end (". ", `." `) and before a capital or a digit. */
function startsSentence(text: string, at: number): boolean {
  let j = at - 1;
  if (j < 0 || !/\s/.test(text[j]!)) return false;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  while (j >= 0 && CLOSERS.has(text[j]!)) j--;
  if (j < 0 || !TERMINAL.has(text[j]!)) return false;
  if (text[j] === "." && isAbbreviation(text, j)) return false;
  return UPPER_OR_DIGIT.test(text[at + 1] ?? "");
}

/** A terminal mark right before the closing mark at `close`, or before the closing marks of quotes nested in it. */
function endsStatement(text: string, close: number): boolean {
  let j = close - 1;
  while (j > close - 3 && j >= 0 && (text[j] === "'" || text[j] === "\u2019" || text[j] === "\u203a")) j--;
  return TERMINAL.has(text[j] ?? "");
}

/** "Mr." or an initial ("J.", "U.S.") before the full stop at `dot`. */
function isAbbreviation(text: string, dot: number): boolean {
  let j = dot - 1;
  while (j >= 0 && LETTER_OR_DOT.test(text[j]!)) j--;
  const word = text.slice(j + 1, dot);
  if (LONE_CAPITAL.test(word) || DOTTED_INITIALS.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
