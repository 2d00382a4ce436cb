/**
 * Direct, partial, or not a quote at all. A quote is `direct` when it is a
 * whole statement: nothing of the reporter's around it but an attribution
 * (`"...," he said.` / `He said: "..."`). It is `partial` when the reporter's
 * own sentence runs around it (`said it was a "historic" deal`). Titles,
 * nicknames and scare quotes nobody says are dropped.
 */
import type { Token } from "../text/tokens.ts";
import type { Attribution } from "./attribution.ts";

// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call, a hot-path cost.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LONE_INITIAL = /^\p{Lu}\.?$/u;
const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;
const STATEMENT_END = /[.!?,\u2026-]$/u;
const UPPER_START = /^\p{Lu}/u;

const TITLE_INTRO = new Set(
  "so-called dubbed nicknamed titled entitled named film movie album song single book novel show series programme program play musical hit track documentary opera sitcom drama comedy magazine column word phrase term slogan motto banner headline logo brand label codenamed code-named".split(
    " ",
  ),
);
/** Verbs that report words without being cue verbs ("described it as "modest"", "branded it "flawed""). */
const SPEECH_ACTS = new Set(
  "described describes describing calling called calls brands dubs claims branded branding dubbed labelled labeled termed accused accusing condemned praised hailed telling saying insisting arguing adding warning claiming tribute thanked comments remarks speech interview claim pledge promise criticised criticized felt feels believes believed thinks thought denied denies berated berating persuading dismissed dismissing rejected rejecting".split(" "),
);
const NOUN_DETERMINERS = new Set("a an the this these those their its his her our your my such".split(" "));
const SMALL = new Set("a an the of and or in on at to for with by from is it as de la le".split(" "));

export function classifyQuote(tokens: Token[], qi: number, attrs: Attribution[]): "direct" | "partial" | null {
  const quote = tokens[qi]!;
  const inner = quote.text.slice(quote.span && quote.span.open >= 0 ? 1 : 0, quote.span?.unclosed ? undefined : -1).trim();
  const words = inner.split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w));
  if (!words.length) return null;
  // "detainee 'A'": a single letter is a label, not anybody's words.
  if (words.length === 1 && LONE_INITIAL.test(words[0]!)) return null;

  let from = qi - 1;
  while (from >= 0 && tokens[from]!.kind !== "quote") from--;
  let to = qi + 1;
  while (to < tokens.length && tokens[to]!.kind !== "quote") to++;
  const before = tokens.slice(from + 1, qi);
  let after = tokens.slice(qi + 1, to);
  if (to >= tokens.length) after = trimEnd(after);

  const lastBefore = before[before.length - 1];
  const statementLike = UPPER_OR_DIGIT_START.test(inner) || STATEMENT_END.test(inner);

  const beforeOk =
    before.length === 0 ||
    (lastBefore?.kind === "punct" && lastBefore.text === ":") ||
    (lastBefore?.kind === "punct" && lastBefore.text === "," && cueIn(attrs, from + 1, qi)) ||
    (cueIn(attrs, qi - 3, qi) && statementLike && UPPER_START.test(inner) && words.length > 3);
  const afterOk =
    after.length === 0 ||
    (after.every((t) => t.kind === "punct") && after.length <= 2) ||
    (attrs.some((a) => a.at > qi && a.at < Math.min(to, qi + 12) && a.quoteAttached) && (after[0]?.kind === "punct" || /[,.!?\u2026-]$/u.test(inner) || after.length <= 8));
  if (beforeOk && afterOk && (statementLike || before.length === 0)) return "direct";

  // Partial: drop titles and nicknames.
  const prev = tokens[qi - 1];
  const prev2 = tokens[qi - 2];
  if ((prev && TITLE_INTRO.has(prev.lower)) || (prev?.lower === "as" && prev2?.lower === "known")) return null;
  const next = tokens[qi + 1];
  if (prev?.kind === "word" && prev.cap && next?.kind === "word" && next.cap) return null; // Brian "The Beast" Smith
  // A term or two in quotes in a sentence nobody speaks in is a scare quote ("the "local loop"").
  if (words.length <= 2 && !attrs.length && !tokens.some((t) => t.kind === "word" && SPEECH_ACTS.has(t.lower))) return null;
  // "an "internet history eraser"": a short noun phrase in quotes after an article, with no cue or speech act
  // near it, names a thing; it is nobody's words.
  if (words.length <= 4 && prev?.kind === "word" && NOUN_DETERMINERS.has(prev.lower) && !/[.!?]$/u.test(inner)) {
    const near = attrs.length > 0 || tokens.some((t) => t.kind === "word" && SPEECH_ACTS.has(t.lower));
    if (!near) return null;
  }
  const significant = words.filter((w) => !SMALL.has(w.toLowerCase()));
  if (significant.length && significant.every((w) => UPPER_OR_DIGIT_START.test(w)) && !/[.!?]$/u.test(inner) && words.length <= 8) return null;
  return "partial";
}

function cueIn(attrs: Attribution[], lo: number, hi: number): boolean {
  return attrs.some((a) => a.at >= lo && a.at < hi);
}

function trimEnd(tokens: Token[]): Token[] {
  let n = tokens.length;
  while (n > 0 && tokens[n - 1]!.kind === "punct" && ".!?;".includes(tokens[n - 1]!.text)) n--;
  return tokens.slice(0, n);
}
