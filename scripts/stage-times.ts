/**
 * `npx tsx scripts/stage-times.ts [N]`: milliseconds per article for each
 * pipeline stage over N BBC articles (default 300, spread over the
 * categories), in-process, after one warm-up pass so the JIT has settled;
 * the best of PASSES (default 4) passes per stage.
 * Reads the plugin order from src/pipeline.ts, so it never drifts from it.
 * Stages are timed in CPU time (process.cpuUsage), which other processes on
 * a shared machine disturb far less than wall time.
 * For hot spots: `node --cpu-prof --import tsx scripts/stage-times.ts`.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import type { Node } from "unist";
import { type Plugin, unified } from "unified";
import type { VFile } from "vfile";
import { readArticle } from "../src/ingest/read-article.ts";
import { createProcessor } from "../src/pipeline.ts";

const corpus = path.resolve("../shared/corpora/bbc-news/bbc");
const n = Number(process.argv[2] ?? 300);
const files: string[] = [];
const categories = readdirSync(corpus).filter((c) => !c.includes(".")).sort();
const per = Math.ceil(n / categories.length);
for (const c of categories) {
  const names = readdirSync(path.join(corpus, c)).filter((f) => f.endsWith(".txt")).sort();
  const step = Math.max(1, Math.floor(names.length / per));
  for (let i = 0; i < names.length && files.length < n && i / step < per; i += step) files.push(path.join(corpus, c, names[i]!));
}

const times = new Map<string, number>();
const add = (name: string, ms: number) => times.set(name, (times.get(name) ?? 0) + ms);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// The same attachers as the pipeline, each transformer wrapped in a timer.
const timed = unified();
for (const [plugin, ...options] of createProcessor().attachers) {
  const name = (plugin as { name?: string }).name || "anonymous";
  const wrapped: Plugin = function (this: unknown) {
    const transformer = (plugin as (...a: unknown[]) => unknown).apply(this, options);
    if (typeof transformer !== "function") return transformer as undefined;
    return (tree: Node, file: VFile) => {
      const started = cpuMs();
      (transformer as (t: Node, f: VFile) => void)(tree, file);
      add(name, cpuMs() - started);
    };
  };
  timed.use(wrapped);
}
timed.freeze();

async function pass(): Promise<number> {
  times.clear();
  const vfiles = await Promise.all(files.map((f) => readArticle(f, corpus)));
  const started = cpuMs();
  for (const file of vfiles) {
    const t0 = cpuMs();
    const tree = timed.parse(file) as Root;
    add("parse", cpuMs() - t0);
    timed.runSync(tree, file);
  }
  return cpuMs() - started;
}

// The best of several passes: a shared machine only ever makes a pass slower.
const passes = Number(process.env.PASSES ?? 4);
await pass();
let total = Infinity;
const best = new Map<string, number>();
for (let k = 0; k < passes; k++) {
  total = Math.min(total, await pass());
  for (const [name, ms] of times) best.set(name, Math.min(best.get(name) ?? Infinity, ms));
}
process.stdout.write(`${files.length} articles, best of ${passes} passes: ${(total / files.length).toFixed(3)} ms/article, ${Math.round((files.length / total) * 1000)} articles/s\n`);
for (const [name, ms] of [...best].sort((a, b) => b[1] - a[1])) process.stdout.write(`${name.padEnd(14)} ${(ms / files.length).toFixed(3)} ms/article\n`);
