/**
 * Features → ranked IPTC topics: the best top-level topic, any other
 * top-level topic nearly as strong, and under each the narrower topics the
 * article names often enough.
 */
import type { Topic } from "../../record/schema.ts";
import type { Features } from "./features.ts";
import { scoreNarrower, scoreTops, type TopicModel } from "./model.ts";

/** Below this raw score the text says too little about any topic to label it. */
const MIN_TOP_SCORE = 2;
/** A second top-level topic must reach this fraction of the best one. */
const SECOND_TOP_RATIO = 0.6;
const MAX_TOPS = 3;
/** A narrower topic needs about two mentions of its label or keywords. */
const MIN_NARROWER_SCORE = 1.9;
const MAX_NARROWER_PER_TOP = 3;

export const SCHEME = "iptc-mediatopic";

/** Index of the best top-level topic, or -1 when nothing reaches the minimum. */
export function bestTop(scores: Float64Array): number {
  let best = -1;
  let value = MIN_TOP_SCORE;
  scores.forEach((s, i) => {
    if (s > value) [best, value] = [i, s];
  });
  return best;
}

export function classify(model: TopicModel, features: Features): Topic[] {
  const scores = scoreTops(model, features);
  const best = bestTop(scores);
  if (best < 0) return [];
  const bestScore = scores[best] ?? 0;
  let total = 0;
  for (const s of scores) total += s;

  const chosen = [...scores.keys()]
    .filter((i) => i === best || (scores[i] ?? 0) >= SECOND_TOP_RATIO * bestScore)
    .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0))
    .slice(0, MAX_TOPS);

  const topics: Topic[] = [];
  const narrowScores = scoreNarrower(model, features);
  for (const i of chosen) {
    const id = model.tops[i] ?? "";
    const score = round((scores[i] ?? 0) / total);
    topics.push({ id, label: model.concepts.get(id)?.label ?? id, scheme: SCHEME, score, parent: null });
    const under = [...narrowScores]
      .filter(([nid, s]) => s >= MIN_NARROWER_SCORE && model.topOf.get(nid) === id)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_NARROWER_PER_TOP);
    for (const [nid, s] of under) {
      const concept = model.concepts.get(nid);
      topics.push({ id: nid, label: concept?.label ?? nid, scheme: SCHEME, score: round(score * (s / (s + 2))), parent: concept?.parent ?? null });
    }
  }
  return topics.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
