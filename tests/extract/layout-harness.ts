/**
 * Fixture runner for the layout extractors (headline, dateline, byline,
 * dates, captions, fragments): each case folder under
 * tests/fixtures/<extractor>/ holds `input.txt` (front matter allowed) and
 * `expected.json`; an optional `meta.json` `{ "path": "2022-05-16-x.txt" }`
 * sets the article's path (file-name dates, `.md`). The folder name is the
 * case's sentence: `read-an-ap-dateline` → "should read an ap dateline".
 *
 * `UPDATE=1 node --import tsx --test tests/extract/<name>.test.ts` rewrites
 * the expectations, for review in the diff.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import type { Root } from "mdast";
import { unified } from "unified";
import type { VFile } from "vfile";
import blocks from "../../src/extract/blocks.ts";
import byline from "../../src/extract/byline.ts";
import captions from "../../src/extract/captions.ts";
import dateline from "../../src/extract/dateline.ts";
import dates from "../../src/extract/dates.ts";
import fragments from "../../src/extract/fragments.ts";
import headline from "../../src/extract/headline.ts";
import { articleFromBytes } from "../../src/ingest/read-article.ts";
import parseArticle from "../../src/parse/index.ts";

/** The layout part of src/pipeline.ts, in the same order. */
const processor = unified().use(parseArticle).use(blocks).use(headline).use(dateline).use(byline).use(dates).use(captions).use(fragments).freeze();

/** Runs the layout extractors over `text` as if it were the article at `relativePath`. */
export function runLayout(text: string, relativePath = "story.txt"): VFile {
  const file = articleFromBytes(new TextEncoder().encode(text), relativePath);
  const tree = processor.parse(file) as Root;
  processor.runSync(tree, file);
  return file;
}

/** Warnings of the given rules, as `line:column rule reason`. */
export function warnings(file: VFile, ...rules: string[]): string[] {
  return file.messages.filter((m) => rules.includes(m.ruleId ?? "")).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
}

/** One `it` per fixture folder of `extractor`, comparing `project(file)` with expected.json. */
export function fixtureCases(extractor: string, project: (file: VFile) => unknown): void {
  const root = path.resolve("tests/fixtures", extractor);
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!existsSync(path.join(dir, "input.txt"))) continue;
    it(`should ${name.replace(/-/g, " ")}`, () => {
      const metaPath = path.join(dir, "meta.json");
      const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, "utf8")) as { path?: string }) : {};
      const file = runLayout(readFileSync(path.join(dir, "input.txt"), "utf8"), meta.path ?? `${name}.txt`);
      const actual = JSON.parse(JSON.stringify(project(file))) as unknown;
      const expectedPath = path.join(dir, "expected.json");
      if (process.env.UPDATE === "1" || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
}
