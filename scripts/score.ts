/**
 * `npm run score -- [GOLD_DIR ...]`: extracts every article a gold folder
 * annotates and scores the records with ../shared/tools/score-extraction.mjs.
 * Defaults to the seeds' gold and our own gold in tests/gold/.
 *
 * A gold file's `file` is looked up in the seeds, the BBC corpus and
 * articles/, in that order. Extra flags (--verbose, --json) go to the scorer.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractArticle } from "../src/archive/extract-article.ts";

const shared = path.resolve("../shared");
const SEARCH = [path.join(shared, "seeds"), path.join(shared, "corpora/bbc-news/bbc"), path.resolve("articles")];

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith("--"));
const dirs = args.filter((a) => !a.startsWith("--"));
const goldDirs = dirs.length ? dirs : [path.join(shared, "gold"), "tests/gold"];

for (const goldDir of goldDirs) {
  if (!existsSync(goldDir)) continue;
  const lines: string[] = [];
  for (const name of readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, name), "utf8")) as { file: string };
    const found = SEARCH.map((dir) => path.join(dir, gold.file)).find((p) => existsSync(p));
    if (!found) {
      process.stderr.write(`${goldDir}/${name}: article ${gold.file} not found\n`);
      continue;
    }
    const result = await extractArticle(found, path.dirname(found));
    if (result.ok) lines.push(JSON.stringify(result.record));
  }
  const out = path.join(mkdtempSync(path.join(tmpdir(), "clippings-score-")), "records.jsonl");
  writeFileSync(out, `${lines.join("\n")}\n`);
  process.stdout.write(`== ${goldDir}\n`);
  const scorer = path.join(shared, "tools/score-extraction.mjs");
  process.stdout.write(execFileSync("node", [scorer, "--gold", goldDir, "--records", out, ...flags], { encoding: "utf8" }));
}
