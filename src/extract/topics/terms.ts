/**
 * Words → terms for the topic model: lower-cased, folded, stop words dropped,
 * and reduced by a light suffix stemmer.
 *
 * The stemmer only has to be consistent: the same function turns the IPTC
 * labels, the curated keywords, the learned weights and the article into
 * terms, so "elections", "election" and "electoral" need not be linguistically
 * right, only equal where it matters ("elections" = "election").
 */

/** Function words and reporting words that say nothing about a topic. */
export const STOP_WORDS = new Set(
  (
    "a about above after again against all almost also although am among an and another any are around as at be because been before being " +
    "below between both but by can could did do does doing down during each either else ever every few for from further had has have having he her " +
    "here hers herself him himself his how however i if in into is it its itself just least less like made make many may me might more most much " +
    "must my myself neither no nor not now of off often on once one only or other others our ours ourselves out over own per perhaps quite rather " +
    "same several shall she should since so some such than that the their theirs them themselves then there these they this those though three " +
    "through thus to too two under until up upon us very via was we were what whatever when where whether which while who whom whose why will " +
    "with within without would yet you your yours yourself mr mrs ms dr said says say saying told tell according added adding also year years " +
    "week weeks day days month months time times new last first next including include includes well still even back way get got going go " +
    "took take takes taken see seen know known want wanted think thought put use used using come came"
  ).split(" "),
);

/** Accents folded, curly apostrophes straightened: "Zelenskyy’s" and "Zelenskyy's" are one word. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** A light English suffix stemmer (plural, -ing, -ed, -ly, a few derivations). */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length > 3) w = w.slice(0, -1);
  for (const [suffix, keep] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= keep) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith("y") && w.length > 4) w = `${w.slice(0, -1)}i`;
  // "running" → "runn" → "run": a doubled final consonant left by -ing/-ed.
  if (w.length > 4 && /([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** [suffix, shortest stem it may leave], longest suffixes first. */
const SUFFIXES: [string, number][] = [
  ["isation", 4],
  ["ization", 4],
  ["ational", 4],
  ["fulness", 4],
  ["iveness", 4],
  ["ation", 4],
  ["ition", 4],
  ["ments", 4],
  ["ment", 4],
  ["ness", 4],
  ["ical", 4],
  ["ally", 4],
  ["ing", 3],
  ["ist", 4],
  ["ism", 4],
  ["ive", 4],
  ["ion", 4],
  ["ity", 4],
  ["ic", 4],
  ["al", 4],
  ["ed", 3],
  ["er", 4],
  ["ly", 4],
];

const WORD = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]/g;

/** One word of the text with its term (null for a stop word) and whether it began a sentence or phrase break. */
export interface Token {
  word: string;
  term: string | null;
  /** Characters between the previous word and this one hold punctuation (a phrase boundary). */
  boundary: boolean;
  /** The word starts the text or a sentence, so its capital letter says nothing. */
  sentenceStart: boolean;
}

/** Splits text into word tokens, each with its term; hyphenated words are split into their parts. */
export function tokenize(text: string): Token[] {
  const folded = /[^\x00-\x7f]/.test(text) ? fold(text) : text;
  const tokens: Token[] = [];
  let last = 0;
  let first = true;
  for (const match of folded.matchAll(WORD)) {
    const at = match.index;
    // What lies between the previous word and this one: punctuation breaks a phrase, a full stop a sentence.
    let boundary = false;
    let sentenceEnd = false;
    for (let i = last; i < at; i++) {
      const c = folded.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63) sentenceEnd = boundary = true; // . ! ?
      else if (PUNCTUATION.has(c) || (c >= 48 && c <= 57)) boundary = true;
    }
    const sentenceStart = first || (sentenceEnd && at > last + 1);
    first = false;
    last = at + match[0].length;
    const word = match[0];
    if (!word.includes("-")) {
      tokens.push({ word, term: termOf(word), boundary, sentenceStart });
      continue;
    }
    let i = 0;
    for (const part of word.split("-")) {
      if (!part) continue;
      tokens.push({ word: part, term: termOf(part), boundary: i === 0 && boundary, sentenceStart: i === 0 && sentenceStart });
      i++;
    }
  }
  return tokens;
}

/** Character codes that end a phrase: , ; : ( ) " and curly quotes and dashes. */
const PUNCTUATION = new Set([44, 59, 58, 40, 41, 34, 0x201c, 0x201d, 0x2013, 0x2014]);

/** Words repeat across articles: stemming each distinct word once keeps tokenizing fast. */
const TERM_CACHE = new Map<string, string | null>();
const TERM_CACHE_SIZE = 100_000;

export function termOf(word: string): string | null {
  const cached = TERM_CACHE.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase();
  let term: string | null = null;
  if (lower.length >= 2 && !STOP_WORDS.has(lower)) {
    const stemmed = stem(lower);
    term = STOP_WORDS.has(stemmed) ? null : stemmed;
  }
  if (TERM_CACHE.size >= TERM_CACHE_SIZE) TERM_CACHE.clear();
  TERM_CACHE.set(word, term);
  return term;
}

/** The terms of a short text (a label, a keyword), in order, stop words dropped. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (t.term) out.push(t.term);
  return out;
}
