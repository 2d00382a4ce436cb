/**
 * Precision of the layout extractors on real news with no furniture: the BBC
 * corpus (../shared/corpora, test input only, never committed) has a headline
 * on line 1 and no datelines, bylines or photo captions. Skipped when the
 * corpus is not there.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { runLayout } from "./layout-harness.ts";

const CORPUS = path.resolve("../shared/corpora/bbc-news/bbc");

function* corpusFiles(): Generator<{ name: string; text: string }> {
  for (const category of readdirSync(CORPUS).filter((c) => /^[a-z]+$/.test(c)).sort()) {
    for (const name of readdirSync(path.join(CORPUS, category)).sort()) {
      yield { name: `${category}/${name}`, text: readFileSync(path.join(CORPUS, category, name), "utf8") };
    }
  }
}

describe("layout on the BBC corpus", { skip: existsSync(CORPUS) ? false : "corpus not present" }, () => {
  it("should take line 1 as the headline of every file and find no dateline, byline or caption", () => {
    const wrong: string[] = [];
    let files = 0;
    for (const { name, text } of corpusFiles()) {
      files++;
      const file = runLayout(text, name);
      const line1 = text.split("\n")[0]!.replace(/\s+/g, " ").trim();
      if (file.data.headline?.source !== "first-line" || file.data.headline.text !== line1) wrong.push(`${name}: headline ${file.data.headline?.source}`);
      if (file.data.dateline) wrong.push(`${name}: dateline ${file.data.dateline.raw}`);
      if (file.data.byline) wrong.push(`${name}: byline ${file.data.byline.text}`);
      for (const c of file.data.captions ?? []) wrong.push(`${name}: caption credited ${c.credit}`);
    }
    assert.ok(files > 100);
    assert.deepEqual(wrong, []);
  });
});
