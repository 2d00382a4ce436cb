/**
 * Word tokens of a sentence, with each top-level quote collapsed into one
 * `quote` token so attribution rules see `QUOTE , Mr X said .` shapes.
 */
import type { QuoteSpan } from "./quote-marks.ts";

export interface Token {
  kind: "word" | "punct" | "quote";
  text: string;
  /** Lower-case text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is an all-caps acronym). */
  cap: boolean;
  span?: QuoteSpan;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** A letter or digit: ASCII by char code, the rest by Unicode property (rare in English news). */
function isAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** Characters that join two runs of letters into one word ("don't", "U.S", "well-known", "AT&T"). */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;

/** The end of the word starting at `i`: letters and digits, joined by ' ’ . - & between them. */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && isAlnum(text, j)) j++;
    if (j + 1 < text.length && isJoiner(text.charCodeAt(j)) && isAlnum(text, j + 1)) j += 2;
    else return j;
  }
}

function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text[i]!);
}

export function tokenize(text: string, start: number, end: number, spans: QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  const top = spans.filter((s) => s.depth === 0 && s.open < end && s.close >= start);
  let q = 0;
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\u00a0") {
      i++;
      continue;
    }
    const span = top[q];
    if (span && i >= span.open && i <= Math.max(span.open, span.close)) {
      const stop = Math.min(span.close + 1, text.length);
      tokens.push({ kind: "quote", text: text.slice(Math.max(span.open, 0), stop), lower: "", start: Math.max(span.open, i), end: stop, cap: false, span });
      i = stop;
      q++;
      continue;
    }
    if (span && span.open === -1 && i === start) {
      // A continuation span with no opening mark starts at the paragraph start.
      const stop = Math.min(span.close + 1, text.length);
      tokens.push({ kind: "quote", text: text.slice(0, stop), lower: "", start: 0, end: stop, cap: false, span });
      i = stop;
      q++;
      continue;
    }
    const word = isAlnum(text, i);
    // A mark outside the BMP (an emoji) is one token of two UTF-16 units.
    const code = text.charCodeAt(i);
    const stop = word ? wordEnd(text, i) : code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
    const t = text.slice(i, stop);
    tokens.push({ kind: word ? "word" : "punct", text: t, lower: t.toLowerCase(), start: i, end: stop, cap: isUpper(text, i) });
    i = stop;
  }
  return tokens;
}
