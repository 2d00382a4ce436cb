/**
 * Benchmark corpora, prepared in a temporary folder and never committed: the
 * BBC development half as it is, and synthetic archives made by recombining
 * its paragraphs deterministically (a seeded PRNG), with a few front-matter
 * variants so the front-matter paths are exercised too.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeBytes } from "../ingest/decode.ts";
import { discoverArticles } from "../ingest/discover.ts";

export const BBC_DIR = path.resolve("../shared/corpora/bbc-news/bbc");

export interface SourceArticle {
  category: string;
  headline: string;
  paragraphs: string[];
}

/** mulberry32: a tiny, well-known seeded PRNG; the same seed gives the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadBbc(dir = BBC_DIR): Promise<SourceArticle[]> {
  const files = await discoverArticles(dir);
  return files
    .filter((f) => !f.endsWith("README.TXT"))
    .map((f) => {
      const text = decodeBytes(readFileSync(f)).text;
      const [headline = "Untitled", ...rest] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      return { category: path.basename(path.dirname(f)), headline, paragraphs: rest };
    });
}

/** Copies the BBC development half as raw text files, category folders kept. */
export function writeBbcCorpus(articles: SourceArticle[], out: string): void {
  articles.forEach((a, i) => {
    mkdirSync(path.join(out, a.category), { recursive: true });
    writeFileSync(path.join(out, a.category, `${String(i).padStart(4, "0")}.txt`), `${a.headline}\n\n${a.paragraphs.join("\n\n")}\n`);
  });
}

export interface SyntheticArticle {
  name: string;
  category: string;
  text: string;
}

/** `count` articles, each a real headline and 3–8 real paragraphs of one category. */
export function synthesize(articles: SourceArticle[], count: number, seed = 42): SyntheticArticle[] {
  const random = prng(seed);
  const byCategory = new Map<string, SourceArticle[]>();
  for (const a of articles) {
    let pool = byCategory.get(a.category);
    if (!pool) byCategory.set(a.category, (pool = []));
    pool.push(a);
  }
  const categories = [...byCategory.keys()].sort();
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const category = categories[i % categories.length]!;
    const pool = byCategory.get(category)!;
    const pick = () => pool[Math.floor(random() * pool.length)]!;
    const paragraphs = Array.from({ length: 3 + Math.floor(random() * 6) }, () => {
      const a = pick();
      return a.paragraphs[Math.floor(random() * a.paragraphs.length)] ?? a.headline;
    });
    const body = `${pick().headline}\n\n${paragraphs.join("\n\n")}\n`;
    // Front-matter variants: some dated, some with topics, some with both.
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (i % 12)).padStart(2, "0");
    let front = "";
    if (i % 5 === 0) front = `---\ndate: 2005-${month}-${day}\n---\n`;
    else if (i % 7 === 0) front = `---\ntopics: [${category}]\n---\n`;
    else if (i % 11 === 0) front = `---\ndate: 2004-${month}-${day}\ntopics: [${category}, archive]\n---\n`;
    out.push({ name: `${category}/${String(i).padStart(5, "0")}.txt`, category, text: front + body });
  }
  return out;
}

export function writeSynthetic(articles: SyntheticArticle[], out: string): void {
  for (const a of articles) {
    mkdirSync(path.join(out, path.dirname(a.name)), { recursive: true });
    writeFileSync(path.join(out, a.name), a.text);
  }
}
