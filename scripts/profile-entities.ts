/**
 * `npx tsx scripts/profile-entities.ts [N]`: the entity stage alone. Runs the
 * whole pipeline once over N BBC articles (default 300, spread over the five
 * categories), then re-runs only the entities plugin on them and prints CPU
 * milliseconds per article (best and median of six rounds), so other stages'
 * garbage and a busy machine skew the figure as little as possible.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import entities from "../src/extract/entities.ts";
import { articleFromBytes } from "../src/ingest/read-article.ts";
import { runPipeline } from "../src/pipeline.ts";

const n = Number(process.argv[2] ?? 300);
const root = path.resolve("../shared/corpora/bbc-news/bbc");
const categories = readdirSync(root).filter((d) => !d.endsWith(".TXT")).sort();
const files: VFile[] = [];
for (let i = 0; files.length < n; i++) {
  const category = categories[i % categories.length] as string;
  const names = readdirSync(path.join(root, category)).sort();
  const name = names[Math.floor(i / categories.length) % names.length] as string;
  const file = articleFromBytes(readFileSync(path.join(root, category, name)), `${category}/${name}`);
  runPipeline(file);
  files.push(file);
}

const run = entities();
const tree: Root = { type: "root", children: [] };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rounds: number[] = [];
for (let r = 0; r < 6; r++) {
  const t0 = cpu();
  for (let k = 0; k < 5; k++) for (const file of files) run(tree, file);
  rounds.push((cpu() - t0) / 5 / files.length);
}
rounds.sort((a, b) => a - b);
process.stdout.write(`entities alone over ${files.length} articles: best ${(rounds[0] as number).toFixed(3)}, median ${(rounds[3] as number).toFixed(3)} CPU ms/article\n`);
