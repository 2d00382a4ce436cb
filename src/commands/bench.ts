/**
 * `npm run bench [-- --sizes bbc,4000,16000 --runs 3 --keep]`: prepares its
 * corpora in a temporary folder and prints figures measured side by side in
 * the same run — min/median/max over several runs, and ratios against the
 * baselines — never timed assertions (see issue 7).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { extractFromVFile } from "../archive/extract-article.ts";
import { extractMany } from "../archive/extract-many.ts";
import { readCorpus, writeEleventyProject, writeHugoProject } from "../bench/baselines.ts";
import { loadBbc, synthesize, writeBbcCorpus, writeSynthetic } from "../bench/corpus.ts";
import { measure, stats, type Measurement } from "../bench/measure.ts";
import { discoverArticles } from "../ingest/discover.ts";
import { articleFromBytes } from "../ingest/read-article.ts";

interface Row {
  corpus: string;
  what: string;
  runs: Measurement[];
}

const option = (args: string[], name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};

export async function benchCommand(args: string[]): Promise<number> {
  const sizes = option(args, "--sizes", "bbc,4000,16000").split(",");
  const runs = Number(option(args, "--runs", "3"));
  const root = mkdtempSync(path.join(tmpdir(), "clippings-bench-"));
  const repo = process.cwd();
  // cmd.cjs is not in the package's exports map: find it from the main entry (src/…).
  const eleventyCmd = path.join(path.dirname(createRequire(import.meta.url).resolve("@11ty/eleventy")), "..", "cmd.cjs");
  const hasHugo = spawnSync("hugo", ["version"], { encoding: "utf8" }).status === 0;
  const log = (s: string) => process.stderr.write(`${s}\n`);
  log(`bench: corpora in ${root}; ${runs} runs each; ${availableParallelism()} cores; hugo ${hasHugo ? "installed" : "NOT installed (apt-get install hugo) — its rows are left out"}`);

  const bbc = await loadBbc();
  // Every corpus is made from the BBC articles: without them every figure would be of nothing.
  if (!bbc.length) throw new Error("bench: no BBC articles found in ../shared/corpora/bbc-news/bbc (run from the repository with ../shared beside it)");
  const rows: Row[] = [];
  const repeat = (corpus: string, what: string, n: number, fn: (i: number) => Measurement) => {
    const row: Row = { corpus, what, runs: [] };
    for (let i = 0; i < n; i++) row.runs.push(fn(i));
    rows.push(row);
    const s = stats(row.runs.map((r) => r.seconds));
    log(`  ${corpus} ${what}: median ${s.median.toFixed(2)} s`);
  };

  for (const size of sizes) {
    const dir = path.join(root, size);
    const articlesDir = path.join(dir, "articles");
    if (size === "bbc") writeBbcCorpus(bbc, articlesDir);
    else writeSynthetic(synthesize(bbc, Number(size)), articlesDir);
    const files = await discoverArticles(articlesDir);
    const corpus = `${size === "bbc" ? "BBC dev" : "synthetic"} ${files.length}`;
    const articles = readCorpus(files, articlesDir);
    log(`corpus ${corpus}`);

    writeEleventyProject(articles, path.join(dir, "eleventy"));
    repeat(corpus, "plain Eleventy (Markdown pages)", runs, () => measure(process.execPath, [eleventyCmd, "--config=eleventy.config.mjs", "--quiet"], path.join(dir, "eleventy")));
    if (hasHugo) {
      writeHugoProject(articles, path.join(dir, "hugo"));
      repeat(corpus, "Hugo (tags + places taxonomies)", runs, () => measure("hugo", ["--quiet", "-d", "public"], path.join(dir, "hugo")));
    }

    const cacheDir = path.join(dir, "cache");
    const out = path.join(dir, "_site");
    const build = () => measure(process.execPath, ["--import", "tsx", path.join(repo, "src/cli.ts"), "build", "--articles", articlesDir, "--out", out, "--cache", cacheDir, "--quiet"], repo, { CLIPPINGS_CACHE_DIR: cacheDir });
    repeat(corpus, "Clippings cold build (empty cache)", runs, () => {
      rmSync(cacheDir, { recursive: true, force: true });
      return build();
    });
    repeat(corpus, "Clippings warm rebuild (nothing changed)", runs, () => build());
    repeat(corpus, "Clippings rebuild, one article changed", runs, (i) => {
      appendFileSync(files[i % files.length]!, `\nA sentence added for benchmark run ${i}.\n`);
      return build();
    });
  }

  const throughput = await extractThroughput(bbc.length);
  printTable(rows, throughput, hasHugo);
  if (!args.includes("--keep")) rmSync(root, { recursive: true, force: true });
  return 0;
}

/** Articles per second on one core (this thread) and across all cores (workers), BBC-length articles, no cache. */
async function extractThroughput(expected: number): Promise<{ single: number[]; pooled: number[]; count: number }> {
  const dir = path.resolve("../shared/corpora/bbc-news/bbc");
  const files = (await discoverArticles(dir)).filter((f) => !f.endsWith(".TXT"));
  const bytes = files.map((f) => readFileSync(f));
  const single: number[] = [];
  const pooled: number[] = [];
  for (let run = 0; run < 3; run++) {
    let t = performance.now();
    bytes.forEach((b, i) => extractFromVFile(articleFromBytes(b, path.relative(dir, files[i]!), files[i]!)));
    single.push(files.length / ((performance.now() - t) / 1000));
    t = performance.now();
    await extractMany(files, dir, { workers: availableParallelism(), workerThreshold: 1 });
    pooled.push(files.length / ((performance.now() - t) / 1000));
  }
  if (files.length !== expected) process.stderr.write(`note: ${files.length} files read for throughput, ${expected} in the corpus\n`);
  return { single, pooled, count: files.length };
}

function printTable(rows: Row[], throughput: { single: number[]; pooled: number[]; count: number }, hasHugo: boolean): void {
  const f = (n: number) => n.toFixed(2);
  const lines: string[] = [];
  lines.push("| corpus | what | min s | median s | max s | peak MB | vs plain Eleventy | vs Hugo |");
  lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows) {
    const s = stats(row.runs.map((r) => r.seconds));
    const peak = Math.max(...row.runs.map((r) => r.peakMb ?? 0));
    const base = rows.find((r) => r.corpus === row.corpus && r.what.startsWith("plain Eleventy"));
    const hugo = rows.find((r) => r.corpus === row.corpus && r.what.startsWith("Hugo"));
    const ratio = (b: Row | undefined) => (b ? `${f(s.median / stats(b.runs.map((r) => r.seconds)).median)}x` : "—");
    lines.push(`| ${row.corpus} | ${row.what} | ${f(s.min)} | ${f(s.median)} | ${f(s.max)} | ${peak ? peak.toFixed(0) : "n/a"} | ${ratio(base)} | ${hasHugo ? ratio(hugo) : "not installed"} |`);
  }
  // Per-article time growth of the cold build between the synthetic sizes.
  const cold = rows.filter((r) => r.what.startsWith("Clippings cold") && r.corpus.startsWith("synthetic"));
  if (cold.length >= 2) {
    const per = cold.map((r) => stats(r.runs.map((m) => m.seconds)).median / Number(r.corpus.split(" ")[1]));
    lines.push("", `cold build time per article, ${cold.map((r) => r.corpus).join(" vs ")}: ${per.map((p) => `${(p * 1000).toFixed(2)} ms`).join(" vs ")} (ratio ${(per[per.length - 1]! / per[0]!).toFixed(2)}x)`);
  }
  const s1 = stats(throughput.single);
  const sp = stats(throughput.pooled);
  lines.push("", `extract throughput, ${throughput.count} BBC articles, no cache: one core ${s1.min.toFixed(0)}/${s1.median.toFixed(0)}/${s1.max.toFixed(0)} articles/s (min/median/max); ${availableParallelism()} workers ${sp.min.toFixed(0)}/${sp.median.toFixed(0)}/${sp.max.toFixed(0)} articles/s`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
