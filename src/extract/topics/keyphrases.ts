/**
 * Key phrases of one article: the runs of content words ("Azovstal siege",
 * "grain exports", "prisoners of war") that the article repeats and that are
 * rare in news at large, ranked.
 *
 * A word's rarity comes from data/topics/document-frequency.json (how many
 * articles of a background news corpus use it); a word it does not list is
 * rare. The names of the article's people are left out: they have their own
 * pages, and a key phrase should say what happened, not who was there.
 */
import { readJson } from "./model.ts";
import { type ArticleTokens, tokenizeArticle } from "./features.ts";
import type { Token } from "./terms.ts";

interface Background {
  documents: number;
  df: Record<string, number>;
}

let background: { documents: number; df: Map<string, number> } | undefined;
function loadBackground() {
  if (!background) {
    const file = readJson<Background>("document-frequency.json");
    background = { documents: file.documents, df: new Map(Object.entries(file.df)) };
  }
  return background;
}

/** Words that are never a key phrase or part of one, however often an article uses them. */
const NOT_KEY = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november " +
    "december today yesterday tomorrow morning evening night earlier later recent recently meanwhile ago percent per cent mln bn million billion " +
    "thousand thousands hundreds dozens several many number part statement spokesman spokeswoman spokesperson reporters news agency report reported " +
    "official officials people told asked comments comment interview video link"
  ).split(" "),
);

/** Joining words allowed inside a phrase between two content words ("prisoners of war"). */
const JOINERS = new Set(["of", "for"]);
const MAX_WORDS = 3;
const MAX_PHRASES = 8;

export interface KeyphraseOptions {
  /** Names (people, places...) to leave out, compared case-insensitively. */
  exclude?: Iterable<string>;
  max?: number;
}

interface Candidate {
  terms: string[];
  count: number;
  firstSeen: number;
  surfaces: Map<string, number>;
}

export function keyphrases(headline: string | null, paragraphs: string[], options: KeyphraseOptions = {}): string[] {
  return keyphrasesOf(tokenizeArticle(headline, paragraphs), options);
}

export function keyphrasesOf(article: ArticleTokens, options: KeyphraseOptions = {}): string[] {
  const { documents, df } = loadBackground();
  const maxIdf = Math.log(documents + 1);
  const rarity = (term: string) => Math.log((documents + 1) / ((df.get(term) ?? 0) + 1)) / maxIdf;
  const excluded = new Set([...(options.exclude ?? [])].map((n) => n.toLowerCase()));

  const headline = article.headline;
  const tokenized = headline ? [headline, ...article.paragraphs] : article.paragraphs;
  const proper = properWords(tokenized);
  const candidates = new Map<string, Candidate>();
  let position = 0;
  tokenized.forEach((tokens, t) => {
    for (const run of runs(tokens)) {
      // Each word's spelling in a phrase: as written when it is a name, else lower case.
      const spelled = run.map((s) => (proper.has(s.word.toLowerCase()) ? s.word : s.word.toLowerCase()));
      const named = run.map((s) => !s.term || /^[A-Z]/.test(s.word));
      for (let i = 0; i < run.length; i++) {
        const start = run[i];
        if (!start?.term) continue;
        let key = "";
        let surface = "";
        let words = 0;
        let allNamed = true;
        for (let j = i; j < run.length && words < MAX_WORDS; j++) {
          const token = run[j];
          surface = j === i ? (spelled[j] ?? "") : `${surface} ${spelled[j] ?? ""}`;
          allNamed &&= named[j] ?? true;
          if (!token?.term) continue;
          key = words === 0 ? token.term : `${key} ${token.term}`;
          words++;
          if (allNamed || !plausible(start.word, token.word, words)) continue;
          let c = candidates.get(key);
          if (!c) candidates.set(key, (c = { terms: key.split(" "), count: 0, firstSeen: position++, surfaces: new Map() }));
          // A headline mention counts double: the headline is the story in a few words.
          c.count += t === 0 && headline ? 2 : 1;
          c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
        }
      }
    }
  });

  const scored: { phrase: string; terms: string[]; score: number; first: number }[] = [];
  for (const c of candidates.values()) {
    let phrase = "";
    let best = 0;
    for (const [surface, n] of c.surfaces) if (n > best) [phrase, best] = [surface, n];
    if (excluded.has(phrase.toLowerCase())) continue;
    const rare = c.terms.reduce((sum, term) => sum + rarity(term), 0) / c.terms.length;
    // One mention makes a phrase key only when it is several words long and every word is rare.
    if (c.count < 2 && (c.terms.length < 2 || Math.min(...c.terms.map(rarity)) < 0.6)) continue;
    if (c.terms.length === 1 && c.count < 3) continue;
    const length = c.terms.length === 1 ? 1 : 1.5;
    const once = c.count < 2 ? 0.6 : 1;
    scored.push({ phrase, terms: c.terms, score: Math.log(1 + c.count) * rare * rare * length * once, first: c.firstSeen });
  }
  scored.sort((a, b) => b.score - a.score || a.first - b.first);

  const kept: typeof scored = [];
  for (const s of scored) {
    if (s.score < MIN_SCORE) break;
    // A phrase inside one already kept, or holding one already kept, adds nothing new.
    const key = ` ${s.terms.join(" ")} `;
    if (kept.some((k) => ` ${k.terms.join(" ")} `.includes(key) || key.includes(` ${k.terms.join(" ")} `))) continue;
    kept.push(s);
    if (kept.length >= (options.max ?? MAX_PHRASES)) break;
  }
  return kept.map((k) => k.phrase);
}

const MIN_SCORE = 0.3;
/** Words that are not nouns for sure often end like this ("struck", "carrying"): no phrase starts with -ing or ends with -ed. */
const VERB_END = /ed$/;
/** Common irregular past tenses, which no phrase ends with either. */
const PAST = new Set(
  (
    "struck dug left set held made took gave came went won lost fell rose hit put cut led met saw sent spent built brought bought thought fought " +
    "caught kept began became ran wrote broke chose drove flew grew knew threw shook stood sold paid found heard meant overnight"
  ).split(" "),
);
const VERB_START = /ing$/;

/**
 * Whether a run of words can be a key phrase, judged by its first and last
 * word: not starting with an -ing word ("carrying grain") nor ending with a
 * past tense ("grain shipped", "missile struck"). Bare names are ruled out by
 * the caller (people and places have their own pages).
 */
function plausible(firstWord: string, lastWord: string, words: number): boolean {
  const first = firstWord.toLowerCase();
  const last = lastWord.toLowerCase();
  if (words > 1 && VERB_START.test(first)) return false;
  if ((VERB_END.test(last) && last.length > 4) || PAST.has(last)) return false;
  return true;
}

/** Runs of candidate words: content words, with a joining word allowed between two of them. */
function runs(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !run[run.length - 1]?.term) run.pop();
    if (run.length) out.push(run);
    run = [];
  };
  for (const token of tokens) {
    if (token.boundary) close();
    const lower = token.word.toLowerCase();
    if (token.term && !NOT_KEY.has(lower) && token.word.length > 2) {
      run.push(token);
    } else if (JOINERS.has(lower) && run.length && run[run.length - 1]?.term) {
      run.push(token);
    } else {
      close();
    }
  }
  close();
  return out;
}

/** Words the text writes with a capital letter inside sentences and never in lower case: names. */
function properWords(tokenized: Token[][]): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const tokens of tokenized) {
    for (const t of tokens) {
      const key = t.word.toLowerCase();
      if (/^[A-Z]/.test(t.word)) {
        if (!t.sentenceStart) capital.add(key);
      } else lower.add(key);
    }
  }
  return new Set([...capital].filter((w) => !lower.has(w)));
}
