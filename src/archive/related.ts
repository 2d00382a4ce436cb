/**
 * Related articles and recurring stories: pure functions over the records of
 * the whole archive, for the site to call after the archive pass.
 *
 * Two articles are related by what they share — places, people,
 * organizations, topics and key phrases — each shared thing weighted by how
 * rare it is in the archive (sharing "Mariupol" says more than sharing
 * "Ukraine" when every article mentions Ukraine) and by its kind (a shared
 * person or key phrase says more than a shared top-level topic). The score is
 * the cosine of the two articles' weighted feature sets, in [0, 1].
 */
import { termsOf } from "../extract/topics/terms.ts";
import type { ArticleRecord } from "../record/schema.ts";

export interface RelatedArticle {
  id: string;
  /** Cosine similarity in [0, 1]; the list is ranked by it. */
  score: number;
  /** What the two articles share, most telling first (names, topic labels, key phrases). */
  shared: string[];
}

export interface RelatedOptions {
  /** Most related articles listed per article. */
  limit?: number;
  /** Below this score two articles are not related. */
  minScore?: number;
}

/** How much sharing one thing of each kind counts, before rarity. */
const KIND_WEIGHT = { person: 1.5, place: 1, organization: 1, topic: 1, topTopic: 0.4, keyphrase: 2 } as const;
/** A feature carried by more articles than this is too common to relate two of them (and would cost n² pairs). */
const MAX_POSTINGS = 400;

interface Feature {
  key: string;
  label: string;
  kind: keyof typeof KIND_WEIGHT;
}

/** The key of a key phrase: folded, stemmed, so "Azovstal steelworks" and "azovstal Steelworks" are one. */
export function keyphraseKey(phrase: string): string {
  return termsOf(phrase).join(" ");
}

function featuresOf(record: ArticleRecord): Feature[] {
  const out = new Map<string, Feature>();
  const add = (key: string, label: string, kind: Feature["kind"]) => {
    if (!out.has(key)) out.set(key, { key, label, kind });
  };
  for (const p of record.people) add(`person:${p.id}`, p.name, "person");
  for (const p of record.places) add(`place:${p.id}`, p.name, "place");
  for (const o of record.organizations) add(`org:${o.id}`, o.name, "organization");
  for (const t of record.topics) add(`topic:${t.id}`, t.label, t.parent === null && t.scheme !== "front-matter" ? "topTopic" : "topic");
  for (const k of record.keyphrases ?? []) {
    const key = keyphraseKey(k);
    if (key) add(`key:${key}`, k, "keyphrase");
  }
  return [...out.values()];
}

/** For every record id, the ranked list of its related articles (possibly empty). */
export function relatedArticles(records: readonly ArticleRecord[], options: RelatedOptions = {}): Map<string, RelatedArticle[]> {
  const { limit = 5, minScore = 0.08 } = options;
  const features = records.map(featuresOf);
  const postings = new Map<string, number[]>();
  // Pushed, never copied: copying a posting list on each article made this quadratic (minutes at 16,000 articles).
  features.forEach((list, i) => {
    for (const f of list) {
      let posting = postings.get(f.key);
      if (!posting) postings.set(f.key, (posting = []));
      posting.push(i);
    }
  });
  const n = records.length;
  const weight = (f: Feature) => KIND_WEIGHT[f.kind] * Math.log(1 + n / (postings.get(f.key)?.length ?? 1));
  const norms = features.map((list) => Math.sqrt(list.reduce((sum, f) => sum + weight(f) ** 2, 0)));

  const result = new Map<string, RelatedArticle[]>();
  features.forEach((list, i) => {
    const shared = new Map<number, { dot: number; labels: { label: string; w: number }[] }>();
    for (const f of list) {
      const others = postings.get(f.key) ?? [];
      if (others.length > MAX_POSTINGS) continue;
      const w = weight(f) ** 2;
      for (const j of others) {
        if (j === i || records[j]?.id === records[i]?.id) continue;
        const s = shared.get(j) ?? { dot: 0, labels: [] };
        s.dot += w;
        s.labels.push({ label: f.label, w });
        shared.set(j, s);
      }
    }
    const ranked: RelatedArticle[] = [];
    for (const [j, s] of shared) {
      const score = s.dot / ((norms[i] ?? 1) * (norms[j] ?? 1) || 1);
      if (score < minScore) continue;
      const labels = [...new Set(s.labels.sort((a, b) => b.w - a.w).map((l) => l.label))];
      ranked.push({ id: records[j]?.id ?? "", score: Math.round(score * 1000) / 1000, shared: labels });
    }
    ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    result.set(records[i]?.id ?? "", ranked.slice(0, limit));
  });
  return result;
}

export interface RecurringStory {
  /** The phrase as most articles write it. */
  phrase: string;
  /** Ids of the articles whose key phrases include it, in archive order. */
  articles: string[];
}

/** Key phrases that recur in at least `minArticles` articles: the archive's running stories, most widespread first. */
export function recurringKeyphrases(records: readonly ArticleRecord[], minArticles = 2): RecurringStory[] {
  const byKey = new Map<string, { spellings: Map<string, number>; articles: string[] }>();
  for (const r of records) {
    const seen = new Set<string>();
    for (const k of r.keyphrases ?? []) {
      const key = keyphraseKey(k);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key) ?? { spellings: new Map<string, number>(), articles: [] as string[] };
      entry.spellings.set(k, (entry.spellings.get(k) ?? 0) + 1);
      entry.articles.push(r.id);
      byKey.set(key, entry);
    }
  }
  const stories: RecurringStory[] = [];
  for (const { spellings, articles } of byKey.values()) {
    if (articles.length < minArticles) continue;
    const phrase = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
    stories.push({ phrase, articles });
  }
  return stories.sort((a, b) => b.articles.length - a.articles.length || (a.phrase < b.phrase ? -1 : 1));
}
