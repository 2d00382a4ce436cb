/**
 * `npx tsx scripts/profile-stages.ts [N]`: extracts N BBC articles (default
 * 300, spread over the five categories) in-process and prints milliseconds
 * per article for every pipeline stage, after one warm-up pass so lazy
 * tables (gazetteer, word lists) are not counted.
 *
 * Times are CPU time (process.cpuUsage), not wall time, so a machine busy
 * with other work skews them less; GC work on helper threads is included.
 *
 * For a CPU profile: `node --cpu-prof --import tsx scripts/profile-stages.ts`.
 * The stage list mirrors src/pipeline.ts; keep the two in step.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { type Plugin, unified } from "unified";
import type { VFile } from "vfile";
import blocks from "../src/extract/blocks.ts";
import byline from "../src/extract/byline.ts";
import captions from "../src/extract/captions.ts";
import dateline from "../src/extract/dateline.ts";
import dates from "../src/extract/dates.ts";
import entities from "../src/extract/entities.ts";
import fragments from "../src/extract/fragments.ts";
import headline from "../src/extract/headline.ts";
import quotes from "../src/extract/quotes.ts";
import sources from "../src/extract/sources.ts";
import topics from "../src/extract/topics.ts";
import { articleFromBytes } from "../src/ingest/read-article.ts";
import parseArticle from "../src/parse/index.ts";

const STAGES: [string, () => (tree: Root, file: VFile) => void][] = [
  ["blocks", blocks],
  ["headline", headline],
  ["dateline", dateline],
  ["byline", byline],
  ["dates", dates],
  ["captions", captions],
  ["fragments", fragments],
  ["quotes", quotes],
  ["sources", sources],
  ["entities", entities],
  ["topics", topics],
] as unknown as [string, () => (tree: Root, file: VFile) => void][];

const spent = new Map<string, number>();
const timed = (name: string, plugin: () => (tree: Root, file: VFile) => void): Plugin<[], Root> =>
  function () {
    const run = plugin();
    return (tree: Root, file: VFile) => {
      const t0 = process.cpuUsage();
      run(tree, file);
      const d = process.cpuUsage(t0);
      spent.set(name, (spent.get(name) ?? 0) + (d.user + d.system) / 1000);
    };
  };

let processor = unified().use(parseArticle);
for (const [name, plugin] of STAGES) processor = processor.use(timed(name, plugin)) as unknown as typeof processor;
const frozen = processor.freeze();

const n = Number(process.argv[2] ?? 300);
const root = path.resolve("../shared/corpora/bbc-news/bbc");
const categories = readdirSync(root).filter((d) => !d.endsWith(".TXT")).sort();
const files: { rel: string; bytes: Buffer }[] = [];
for (let i = 0; files.length < n; i++) {
  const category = categories[i % categories.length] as string;
  const names = readdirSync(path.join(root, category)).sort();
  const name = names[Math.floor(i / categories.length) % names.length] as string;
  files.push({ rel: `${category}/${name}`, bytes: readFileSync(path.join(root, category, name)) });
}

function pass(): number {
  spent.clear();
  const t0 = process.cpuUsage();
  for (const f of files) {
    const file = articleFromBytes(f.bytes, f.rel);
    const tree = frozen.parse(file) as Root;
    frozen.runSync(tree, file);
  }
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

pass();
const total = pass();
process.stdout.write(`${files.length} articles, ${(total / files.length).toFixed(3)} CPU ms/article in all (ingest + parse + stages)\n`);
for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) process.stdout.write(`${name.padEnd(10)} ${(ms / files.length).toFixed(3)} ms/article\n`);
