/**
 * Learns per-topic term weights from labelled articles: for each topic, the
 * features that occur in clearly more of its articles than of the others
 * (smoothed document-frequency log-odds), keeping only well-supported ones.
 *
 * Only term statistics leave this function — feature strings (stems and
 * stem pairs) with one number each — never article text. It is run by
 * scripts/topics-eval.ts, both inside cross-validation and to write
 * data/topics/learned-weights.json.
 */
import type { Features } from "./features.ts";
import type { LearnedWeights } from "./model.ts";

export interface LabelledFeatures {
  label: string;
  features: Features;
}

export interface LearnOptions {
  /** A feature must occur in at least this many articles of the topic. */
  minDocs?: number;
  /** Features kept per topic, the most informative first. */
  perTopic?: number;
  /** Odds ratio a feature must reach to count at all. */
  minRatio?: number;
  /** Largest weight one feature can carry (log-odds are divided by 4, so 1 ≈ 55× more frequent). */
  cap?: number;
}

export function learnWeights(docs: LabelledFeatures[], options: LearnOptions = {}): LearnedWeights {
  const { minDocs = 5, perTopic = 800, minRatio = 2, cap = 1 } = options;
  const labels = [...new Set(docs.map((d) => d.label))].sort();
  const df = new Map<string, Map<string, number>>(labels.map((l) => [l, new Map()]));
  const total = new Map<string, number>();
  const count = new Map<string, number>();
  for (const doc of docs) {
    count.set(doc.label, (count.get(doc.label) ?? 0) + 1);
    const own = df.get(doc.label);
    for (const f of doc.features.keys()) {
      own?.set(f, (own.get(f) ?? 0) + 1);
      total.set(f, (total.get(f) ?? 0) + 1);
    }
  }
  const out: LearnedWeights = {};
  for (const label of labels) {
    const own = df.get(label) ?? new Map<string, number>();
    const n = count.get(label) ?? 0;
    const rest = docs.length - n;
    const kept: [string, number, number][] = [];
    for (const [f, k] of own) {
      if (k < minDocs) continue;
      const pIn = (k + 0.5) / (n + 1);
      const pOut = ((total.get(f) ?? 0) - k + 0.5) / (rest + 1);
      const ratio = pIn / pOut;
      if (ratio < minRatio) continue;
      const weight = Math.min(cap, Math.log(ratio) / 4);
      kept.push([f, weight, pIn * Math.log(ratio)]);
    }
    kept.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
    out[label] = Object.fromEntries(kept.slice(0, perTopic).map(([f, w]) => [f, Math.round(w * 1000) / 1000]));
  }
  return out;
}

/** How many articles each common term occurs in: the background that makes a word "ordinary". */
export function documentFrequency(docs: { features: Features }[], minDocs = 5): { documents: number; df: Record<string, number> } {
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of doc.features.keys()) if (!f.includes(" ")) df.set(f, (df.get(f) ?? 0) + 1);
  const kept = [...df].filter(([, n]) => n >= minDocs).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { documents: docs.length, df: Object.fromEntries(kept) };
}
