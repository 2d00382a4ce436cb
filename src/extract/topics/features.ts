/**
 * Text → features for the topic model: the terms of the text and the pairs of
 * neighbouring terms ("prime minist", "interest rate"), counted. Stop words are
 * skipped inside a pair ("prisoners of war" → "prison war"), punctuation ends
 * one. Keywords and labels go through the same function, so a phrase of the
 * lexicon is simply a feature that the article either has or has not.
 */
import { type Token, tokenize } from "./terms.ts";

export type Features = Map<string, number>;

export function addFeatures(into: Features, tokens: Token[], times = 1): Features {
  let previous: string | null = null;
  for (const token of tokens) {
    if (token.boundary) previous = null;
    if (!token.term) continue;
    into.set(token.term, (into.get(token.term) ?? 0) + times);
    if (previous !== null) {
      const pair = `${previous} ${token.term}`;
      into.set(pair, (into.get(pair) ?? 0) + times);
    }
    previous = token.term;
  }
  return into;
}

export function featuresOf(text: string, times = 1): Features {
  return addFeatures(new Map(), tokenize(text), times);
}

/**
 * The features a lexicon phrase stands for: its single term, or the pairs
 * of its terms (a three-word phrase gives two pairs, each half the weight).
 */
export function phraseFeatures(phrase: string): { feature: string; share: number }[] {
  const terms = [...featuresOf(phrase).keys()].filter((f) => !f.includes(" "));
  const pairs = [...featuresOf(phrase).keys()].filter((f) => f.includes(" "));
  if (pairs.length === 0) return terms.length === 1 && terms[0] ? [{ feature: terms[0], share: 1 }] : [];
  return pairs.map((feature) => ({ feature, share: 1 / pairs.length }));
}

/** An article tokenized once, for the classifier and the key phrases alike. */
export interface ArticleTokens {
  headline: Token[] | null;
  paragraphs: Token[][];
}

export function tokenizeArticle(headline: string | null, paragraphs: string[]): ArticleTokens {
  return { headline: headline ? tokenize(headline) : null, paragraphs: paragraphs.map((p) => tokenize(p)) };
}

/** An article's features: the headline counts twice, being the article's own summary of itself. */
export function articleFeatures(headline: string | null, paragraphs: string[]): Features {
  return featuresOfArticle(tokenizeArticle(headline, paragraphs));
}

export function featuresOfArticle(article: ArticleTokens): Features {
  const features: Features = new Map();
  if (article.headline) addFeatures(features, article.headline, 2);
  for (const p of article.paragraphs) addFeatures(features, p);
  return features;
}
