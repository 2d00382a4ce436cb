/**
 * Measures the topic classifier on a labelled corpus laid out as
 * <corpus>/<category>/*.txt (first line = headline), and writes the learned
 * term weights.
 *
 *   npx tsx scripts/topics-eval.ts                      # 5-fold cross-validation, confusion table
 *   npx tsx scripts/topics-eval.ts --lexicon-only       # the IPTC + curated lexicon alone, nothing learned
 *   npx tsx scripts/topics-eval.ts --write              # learn from the whole corpus → data/topics/learned-weights.json, document-frequency.json
 *   options: --corpus DIR (default ../shared/corpora/bbc-news/bbc) --folds K --scale X
 *            --per-topic N --cap X --min-docs N (learning; the defaults are what the committed weights use)
 *
 * Byte-identical articles (the BBC corpus has 98 pairs) are kept in one fold,
 * so no article is ever tested on a copy of itself. Accuracy is top-1 over all
 * 17 IPTC top-level topics, not only the corpus's own classes.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { classify } from "../src/extract/topics/classify.ts";
import { articleFeatures, type Features } from "../src/extract/topics/features.ts";
import { documentFrequency, learnWeights } from "../src/extract/topics/learn.ts";
import { buildTopicModel, type LearnedWeights } from "../src/extract/topics/model.ts";

/** Folder name → the IPTC top-level topic it stands for. */
const FOLDER_TOPIC: Record<string, string> = {
  business: "medtop:04000000",
  entertainment: "medtop:01000000",
  politics: "medtop:11000000",
  sport: "medtop:15000000",
  tech: "medtop:13000000",
};

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const corpus = option("--corpus", "../shared/corpora/bbc-news/bbc");
const folds = Number(option("--folds", "5"));
const scale = Number(option("--scale", "NaN"));
const learnOptions = {
  perTopic: Number(option("--per-topic", "800")),
  cap: Number(option("--cap", "1")),
  minDocs: Number(option("--min-docs", "5")),
};

interface Doc {
  file: string;
  folder: string;
  label: string;
  hash: string;
  features: Features;
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString("latin1");
  }
}

const docs: Doc[] = [];
for (const folder of Object.keys(FOLDER_TOPIC).sort()) {
  const dir = path.join(corpus, folder);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
    const bytes = readFileSync(path.join(dir, name));
    const [headline = "", ...rest] = decode(bytes).split(/\r?\n/);
    const paragraphs = rest.filter((l) => l.trim());
    docs.push({
      file: `${folder}/${name}`,
      folder,
      label: FOLDER_TOPIC[folder] ?? "",
      hash: createHash("sha256").update(bytes).digest("hex"),
      features: articleFeatures(headline, paragraphs),
    });
  }
}

if (args.includes("--write")) {
  const weights = learnWeights(docs, learnOptions);
  const size = Object.values(weights).reduce((n, w) => n + Object.keys(w).length, 0);
  const comment =
    "Term weights learned by scripts/topics-eval.ts --write from the labelled BBC News development half (Greene & Cunningham, ICML 2006; " +
    "mlg.ucd.ie/datasets/bbc.html). Only term statistics: stemmed words and word pairs with one weight each, no article text.";
  const body = Object.entries(weights)
    .map(([id, w]) => `  ${JSON.stringify(id)}: ${JSON.stringify(w)}`)
    .join(",\n");
  writeFileSync("data/topics/learned-weights.json", `{\n "$comment": ${JSON.stringify(comment)},\n "weights": {\n${body}\n }\n}\n`);
  process.stdout.write(`wrote ${size} weights for ${Object.keys(weights).length} topics from ${docs.length} articles\n`);
  const { documents, df } = documentFrequency(docs);
  const dfComment =
    "In how many of the BBC News development half's articles each common stemmed word occurs (words in fewer than 5 left out): " +
    "the background against which keyphrases stand out. Written by scripts/topics-eval.ts --write; only counts, no article text.";
  const entries = Object.entries(df).map(([t, n]) => `${JSON.stringify(t)}:${n}`);
  const rows: string[] = [];
  for (let i = 0; i < entries.length; i += 12) rows.push(`  ${entries.slice(i, i + 12).join(",")}`);
  writeFileSync("data/topics/document-frequency.json", `{\n "$comment": ${JSON.stringify(dfComment)},\n "documents": ${documents},\n "df": {\n${rows.join(",\n")}\n }\n}\n`);
  process.stdout.write(`wrote document frequencies of ${entries.length} terms\n`);
  process.exit(0);
}

// Stratified folds over groups of identical files.
const groups = new Map<string, Doc[]>();
for (const d of docs) groups.set(d.hash, [...(groups.get(d.hash) ?? []), d]);
const foldOf = new Map<string, number>();
const perFolder = new Map<string, number>();
for (const [hash, group] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const folder = group[0]?.folder ?? "";
  const n = perFolder.get(folder) ?? 0;
  perFolder.set(folder, n + 1);
  foldOf.set(hash, n % folds);
}

const lexiconOnly = args.includes("--lexicon-only");
const predicted = new Map<Doc, string>();
let classifyMs = 0;
for (let k = 0; k < folds; k++) {
  const train = docs.filter((d) => foldOf.get(d.hash) !== k);
  const test = docs.filter((d) => foldOf.get(d.hash) === k);
  const learned: LearnedWeights = lexiconOnly ? {} : learnWeights(train, learnOptions);
  const model = buildTopicModel(Number.isNaN(scale) ? { learned } : { learned, learnedScale: scale });
  const start = performance.now();
  for (const d of test) predicted.set(d, classify(model, d.features).find((t) => t.parent === null)?.id ?? "none");
  classifyMs += performance.now() - start;
}

const labelOf = (id: string) => Object.entries(FOLDER_TOPIC).find(([, t]) => t === id)?.[0] ?? (id === "none" ? "none" : id.replace("medtop:", ""));
const columns = [...new Set([...Object.values(FOLDER_TOPIC), ...predicted.values()])];
const rows = Object.keys(FOLDER_TOPIC).sort();
let correct = 0;
const lines = [`| truth \\ predicted | ${columns.map(labelOf).join(" | ")} | accuracy |`, `|---|${columns.map(() => "---:").join("|")}|---:|`];
for (const folder of rows) {
  const mine = docs.filter((d) => d.folder === folder);
  const cells = columns.map((c) => mine.filter((d) => predicted.get(d) === c).length);
  const right = mine.filter((d) => predicted.get(d) === d.label).length;
  correct += right;
  lines.push(`| ${folder} | ${cells.join(" | ")} | ${(right / mine.length).toFixed(3)} |`);
}
process.stdout.write(`${lexiconOnly ? "lexicon only" : `${folds}-fold cross-validation`} on ${docs.length} articles (${groups.size} distinct)\n`);
process.stdout.write(`${lines.join("\n")}\n`);
process.stdout.write(`top-1 top-level accuracy: ${(correct / docs.length).toFixed(4)} (${correct}/${docs.length}); classify ${((classifyMs / docs.length) * 1000).toFixed(0)} µs/article\n`);
if (args.includes("--errors")) {
  for (const d of docs) if (predicted.get(d) !== d.label) process.stdout.write(`  ${d.file} → ${labelOf(predicted.get(d) ?? "none")}\n`);
}
