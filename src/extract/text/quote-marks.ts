/**
 * Quote-mark scanning: one linear pass over a paragraph that pairs opening
 * and closing marks by family (double: " “ ” „; single: ' ‘ ’ ‚; guillemets:
 * « » and ‹ ›), tells apostrophes and inch marks from quote marks by their
 * neighbours, and never lets an odd count throw the rest of the text off.
 */

export type QuoteFamily = "double" | "single" | "guillemet" | "single-guillemet";

export interface QuoteSpan {
  /** Index of the opening mark, or -1 when the span continues a quote from the previous paragraph. */
  open: number;
  /** Index of the closing mark, or the text length when the span is unclosed. */
  close: number;
  family: QuoteFamily;
  /** 0 for an outermost quote, 1 for a quote inside it, and so on. */
  depth: number;
  /** True when no closing mark was found before the paragraph ended. */
  unclosed: boolean;
}

/** Content of a span: the text between its marks. */
export function spanText(text: string, span: QuoteSpan): string {
  return text.slice(span.open + 1, span.close);
}

const isSpace = (c: string | undefined) => c === undefined || c === "" || c === " " || c === "\n" || c === "\t" || c === "\u00a0" || (c > "\u007f" && /\s/.test(c));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c === "") return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(c);
}
/** Characters after which a mark opens a quote: start, space, brackets, dashes, other marks. */
const isOpenContext = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/\u201c\u201e\u2018\u201a"'«‹:]/.test(c);

const MARK_AT = /["'\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a]/g;

interface Open {
  index: number;
  mark: string;
  family: QuoteFamily;
}

function innermostOf(stack: Open[], family: QuoteFamily): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

function closeSpan(stack: Open[], spans: QuoteSpan[], k: number, index: number): void {
  // Anything opened inside the closed span and still open is unclosed: it ends here too.
  while (stack.length > k + 1) {
    const inner = stack.pop()!;
    spans.push({ open: inner.index, close: index, family: inner.family, depth: stack.length, unclosed: true });
  }
  const o = stack.pop()!;
  spans.push({ open: o.index, close: index, family: o.family, depth: stack.length, unclosed: false });
}

function uncloseSpan(stack: Open[], spans: QuoteSpan[], k: number, index: number): void {
  const o = stack.splice(k, 1)[0]!;
  spans.push({ open: o.index, close: index, family: o.family, depth: k, unclosed: true });
}

/**
 * Scans one paragraph. `continuing` says the previous paragraph ended inside a
 * quote of that family, so a closing mark with no opener ends that quote here.
 */
export function scanQuotes(text: string, continuing: QuoteFamily | null = null): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  // A paragraph that continues a quote without its own opening mark.
  if (continuing) stack.push({ index: -1, mark: "", family: continuing });
  let lastCloser: number | undefined;
  // Visit the quote marks only: a regex jump instead of a look at every character.
  MARK_AT.lastIndex = 0;
  for (let m = MARK_AT.exec(text); m; m = MARK_AT.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    const opensHere = isOpenContext(prev) && !isSpace(next);
    const closesHere = !isSpace(prev);

    switch (c) {
      case '"': {
        const k = innermostOf(stack, "double");
        if (k >= 0 && closesHere) closeSpan(stack, spans, k, i);
        // `years... " Hailey recalled`: a mark with space on both sides cannot open, so it closes the open quote.
        else if (k >= 0 && isSpace(next) && i > 0) closeSpan(stack, spans, k, i);
        else if (k >= 0 && opensHere) {
          // A second opener while one is open: the first was never closed.
          uncloseSpan(stack, spans, k, i);
          stack.push({ index: i, mark: c, family: "double" });
        } else if (k < 0 && opensHere && !(prev !== undefined && /\d/.test(prev))) stack.push({ index: i, mark: c, family: "double" });
        // Otherwise an inch mark (5") or a stray mark with space on both sides.
        break;
      }
      case "\u201e": // „ low opening mark, closed by “ or ”
        stack.push({ index: i, mark: c, family: "double" });
        break;
      case "\u201c": {
        const k = innermostOf(stack, "double");
        const byLow = k >= 0 && stack[k]!.mark === "\u201e";
        if (byLow || (k >= 0 && closesHere && !opensHere)) closeSpan(stack, spans, k, i);
        else stack.push({ index: i, mark: c, family: "double" });
        break;
      }
      case "\u201d": {
        const k = innermostOf(stack, "double");
        if (k >= 0) closeSpan(stack, spans, k, i);
        else if (opensHere && !closesHere) stack.push({ index: i, mark: c, family: "double" }); // ”…” style
        break;
      }
      case "\u00ab":
      case "\u2039": {
        const family: QuoteFamily = c === "\u00ab" ? "guillemet" : "single-guillemet";
        const k = innermostOf(stack, family);
        if (k >= 0 && stack[k]!.mark !== c && closesHere) closeSpan(stack, spans, k, i); // »…« style
        else stack.push({ index: i, mark: c, family: family });
        break;
      }
      case "\u00bb":
      case "\u203a": {
        const family: QuoteFamily = c === "\u00bb" ? "guillemet" : "single-guillemet";
        const k = innermostOf(stack, family);
        if (k >= 0 && stack[k]!.mark !== c) closeSpan(stack, spans, k, i);
        else if (opensHere && !closesHere) stack.push({ index: i, mark: c, family: family });
        break;
      }
      default: {
        // ' ‘ ’ ‚ — an apostrophe between letters (don't, O'Neill) is never a mark.
        if (isWordChar(prev) && isWordChar(next)) break;
        const k = innermostOf(stack, "single");
        if (c === "\u2018" || c === "\u201a") {
          if (k >= 0 && stack[k]!.mark === "\u201a" && c === "\u2018") closeSpan(stack, spans, k, i);
          else stack.push({ index: i, mark: c, family: "single" });
        } else if (k >= 0 && closesHere && !isOpenContext(prev)) {
          closeSpan(stack, spans, k, i);
        } else if (opensHere && isWordChar(next) && !(prev !== undefined && isWordChar(prev))) {
          // An opening single mark needs a closer later in the paragraph; else it is an elision ('90s, 'em).
          lastCloser ??= lastSingleCloser(text);
          if (lastCloser > i) stack.push({ index: i, mark: c, family: "single" });
        }
        // Otherwise a trailing apostrophe (the workers' union).
      }
    }
  }
  // Unclosed spans run to the end of the paragraph.
  while (stack.length) {
    const o = stack.pop()!;
    spans.push({ open: o.index, close: text.length, family: o.family, depth: stack.length, unclosed: true });
  }
  for (const span of spans) if (span.unclosed && span.depth === 0 && span.open >= 0) span.close = unclosedEnd(text, span);
  return spans.sort((a, b) => a.open - b.open);
}

const REPORTING = /\b(said|says|told|added|adds|explained|insisted|according to)\b/;

/**
 * Where a quote whose closing mark is missing most likely ends: at a stray
 * closing mark of another family right after a full stop (`more.' The`), or
 * before a sentence that reports speech (`people. All companies said`) or
 * introduces the next quote (`Mr Milburn said: "`); else where it was cut.
 */
function unclosedEnd(text: string, span: QuoteSpan): number {
  const body = text.slice(span.open + 1, span.close);
  const stray = /[.!?,](['\u2019])(?=\s|$)/.exec(body);
  if (stray && span.family === "double") return span.open + 1 + stray.index + 1;
  const boundary = /[.!?]\s+(?=[\p{Lu}])/gu;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(body))) {
    const from = m.index + m[0].length;
    const next = body.slice(from).split(/[.!?]\s+(?=[\p{Lu}])/u)[0] ?? "";
    const reports = REPORTING.test(next) && !/\b(I|we|We)\s+(said|told|added)\b/.test(next);
    if (reports || /[:,]\s*$/.test(next)) return span.open + 1 + m.index + 1;
  }
  return span.close;
}

/** Index of the last single mark that could close a quote (not an in-word apostrophe), or -1. */
function lastSingleCloser(text: string): number {
  for (let j = text.length - 1; j > 0; j--) {
    const c = text[j];
    if (c !== "'" && c !== "\u2019") continue;
    if (isWordChar(text[j - 1]) && isWordChar(text[j + 1])) continue;
    if (!isSpace(text[j - 1])) return j;
  }
  return -1;
}
