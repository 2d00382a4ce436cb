/**
 * Fixture runner for the quotes and sources extractors: the whole pipeline
 * runs over each `tests/fixtures/<extractor>/<case>/input.txt`, and
 * `project(file)` is compared with `expected.json`. The folder name is the
 * case's sentence. `UPDATE=1` rewrites the expectations, for review in the diff.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";
import type { VFile } from "vfile";
import { articleFromBytes } from "../../src/ingest/read-article.ts";
import { runPipeline } from "../../src/pipeline.ts";

export function runArticle(text: string, relativePath = "story.txt"): VFile {
  const file = articleFromBytes(new TextEncoder().encode(text), relativePath);
  runPipeline(file);
  return file;
}

export function extractFixtures(extractor: string, project: (file: VFile) => unknown): void {
  const root = path.resolve("tests/fixtures", extractor);
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!existsSync(path.join(dir, "input.txt"))) continue;
    it(`should ${name.replace(/-/g, " ")}`, () => {
      const file = runArticle(readFileSync(path.join(dir, "input.txt"), "utf8"), `${name}.txt`);
      const actual = JSON.parse(JSON.stringify(project(file))) as unknown;
      const expectedPath = path.join(dir, "expected.json");
      if (process.env.UPDATE === "1" || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
}
