/**
 * The topic model: one weight per (IPTC top-level topic, feature), and a
 * smaller lexicon for the narrower topics.
 *
 * A top-level topic's weights come from three places, added up:
 * - the IPTC vocabulary itself: the labels of the topic and of every topic
 *   under it (strong), and the words of their definitions (weak);
 * - data/topics/keywords.json, curated news words per topic;
 * - data/topics/learned-weights.json, term statistics learned from a labelled
 *   corpus for the topics it has labels for (scripts/topics-eval.ts).
 * A feature claimed by several topics keeps, in each, only that topic's share
 * of it, so "media" or "strike" count less than "football" or "ceasefire".
 */
import { readFileSync } from "node:fs";
import { type Features, featuresOf, phraseFeatures } from "./features.ts";

export interface Concept {
  id: string;
  label: string;
  parent: string | null;
  definition: string;
}

export interface KeywordFile {
  topics: Record<string, string[]>;
  narrower: Record<string, string[]>;
}

/** Learned weights: topic id → feature → weight (>= 0). */
export type LearnedWeights = Record<string, Record<string, number>>;

export interface TopicModel {
  concepts: Map<string, Concept>;
  /** Top-level topic ids, in vocabulary order. */
  tops: string[];
  /** Top-level id of every concept. */
  topOf: Map<string, string>;
  /** feature → weight per top-level topic (indexes of `tops`). */
  weights: Map<string, Float64Array>;
  /** feature → narrower concepts it is evidence for. */
  narrower: Map<string, { id: string; weight: number }[]>;
}

const DATA = new URL("../../../data/topics/", import.meta.url);

export function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DATA), "utf8")) as T;
}

/** How much one source counts in a top-level topic's weight for a feature. */
const LABEL_WEIGHT = 1;
const LABEL_WORD_WEIGHT = 0.3;
const DEFINITION_WEIGHT = 0.12;
const DEFINITION_CAP = 0.4;
const KEYWORD_WEIGHT = 1;
/** How much the learned weights count next to the lexicon (chosen by cross-validation). */
export const LEARNED_SCALE = 1.5;

export interface ModelOptions {
  concepts?: Concept[];
  keywords?: KeywordFile;
  learned?: LearnedWeights;
  learnedScale?: number;
}

export function buildTopicModel(options: ModelOptions = {}): TopicModel {
  const list = options.concepts ?? readJson<{ concepts: Concept[] }>("iptc-mediatopics.json").concepts;
  const keywords = options.keywords ?? readJson<KeywordFile>("keywords.json");
  const learned = options.learned ?? readJson<{ weights: LearnedWeights }>("learned-weights.json").weights;
  const scale = options.learnedScale ?? LEARNED_SCALE;

  const concepts = new Map(list.map((c) => [c.id, c]));
  const tops = list.filter((c) => c.parent === null).map((c) => c.id);
  const topIndex = new Map(tops.map((id, i) => [id, i]));
  const topOf = new Map<string, string>();
  for (const c of list) {
    let at: Concept | undefined = c;
    while (at?.parent) at = concepts.get(at.parent);
    if (at) topOf.set(c.id, at.id);
  }

  // Lexicon evidence per top-level topic, before sharing.
  const raw = new Map<string, Float64Array>();
  const add = (feature: string, top: number, weight: number, cap = Infinity) => {
    let row = raw.get(feature);
    if (!row) raw.set(feature, (row = new Float64Array(tops.length)));
    row[top] = Math.min(cap, (row[top] ?? 0) + weight);
  };
  for (const c of list) {
    const top = topIndex.get(topOf.get(c.id) ?? "");
    if (top === undefined) continue;
    for (const { feature, share } of phraseFeatures(c.label)) add(feature, top, LABEL_WEIGHT * share, LABEL_WEIGHT);
    for (const f of featuresOf(c.label).keys()) if (!f.includes(" ")) add(f, top, LABEL_WORD_WEIGHT, LABEL_WEIGHT);
    for (const f of featuresOf(c.definition).keys()) if (!f.includes(" ")) add(f, top, DEFINITION_WEIGHT, DEFINITION_CAP);
  }
  for (const [id, words] of Object.entries(keywords.topics)) {
    const top = topIndex.get(id);
    if (top === undefined) continue;
    for (const word of words) for (const { feature, share } of phraseFeatures(word)) add(feature, top, KEYWORD_WEIGHT * share, KEYWORD_WEIGHT + LABEL_WEIGHT);
  }

  // Each topic keeps its share of a feature claimed by several.
  const weights = new Map<string, Float64Array>();
  for (const [feature, row] of raw) {
    let total = 0;
    for (const w of row) total += w;
    const shared = row.map((w) => (w * w) / total);
    weights.set(feature, shared);
  }
  // The labelled corpus knows nothing of the topics it has no labels for: where
  // the lexicon gives a word to one of those ("troops" → conflict, "nurses" →
  // health), what was learned about it counts only for the rest of its share.
  const learnedTops = new Set(Object.keys(learned).map((id) => topIndex.get(id)));
  const unknownShare = (feature: string) => {
    const row = raw.get(feature);
    if (!row) return 0;
    let total = 0;
    let unknown = 0;
    row.forEach((w, i) => {
      total += w;
      if (!learnedTops.has(i)) unknown += w;
    });
    return total > 0 ? unknown / total : 0;
  };
  for (const [id, features] of Object.entries(learned)) {
    const top = topIndex.get(id);
    if (top === undefined) continue;
    for (const [feature, w] of Object.entries(features)) {
      let row = weights.get(feature);
      if (!row) weights.set(feature, (row = new Float64Array(tops.length)));
      row[top] = (row[top] ?? 0) + scale * w * (1 - unknownShare(feature));
    }
  }

  const narrower = new Map<string, { id: string; weight: number }[]>();
  const addNarrow = (feature: string, id: string, weight: number) => {
    const entries = narrower.get(feature) ?? [];
    const existing = entries.find((e) => e.id === id);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else entries.push({ id, weight });
    narrower.set(feature, entries);
  };
  for (const c of list) {
    if (c.parent === null) continue;
    for (const { feature, share } of phraseFeatures(c.label)) addNarrow(feature, c.id, share);
  }
  for (const [id, words] of Object.entries(keywords.narrower)) {
    if (!concepts.has(id)) continue;
    for (const word of words) for (const { feature, share } of phraseFeatures(word)) addNarrow(feature, id, share);
  }

  return { concepts, tops, topOf, weights, narrower };
}

/** Sub-linear counts: the tenth "said" adds less than the second. */
const damp = (count: number) => 1 + Math.log(count);

/** Raw score of every top-level topic (indexes of `model.tops`). */
export function scoreTops(model: TopicModel, features: Features): Float64Array {
  const scores = new Float64Array(model.tops.length);
  for (const [feature, count] of features) {
    const row = model.weights.get(feature);
    if (!row) continue;
    const c = damp(count);
    for (let i = 0; i < row.length; i++) scores[i] = (scores[i] ?? 0) + c * (row[i] ?? 0);
  }
  return scores;
}

/** Raw score of every narrower topic the features give evidence for. */
export function scoreNarrower(model: TopicModel, features: Features): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [feature, count] of features) {
    for (const { id, weight } of model.narrower.get(feature) ?? []) scores.set(id, (scores.get(id) ?? 0) + damp(count) * weight);
  }
  return scores;
}
