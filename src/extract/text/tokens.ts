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

const WORD = /[\p{L}\p{N}]+(?:['\u2019.\-&][\p{L}\p{N}]+)*|\S/uy;

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
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    const t = m ? m[0] : c;
    const isWord = /[\p{L}\p{N}]/u.test(t[0]!);
    tokens.push({ kind: isWord ? "word" : "punct", text: t, lower: t.toLowerCase(), start: i, end: i + t.length, cap: /^\p{Lu}/u.test(t) });
    i += t.length;
  }
  return tokens;
}
