import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BuildProgress } from "../../src/archive/progress.ts";

/** A stream that is not a terminal, as in CI: one plain line a stage. */
function captured(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = { isTTY: false, write: (chunk: string) => chunks.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join("") };
}

describe("BuildProgress", () => {
  it("should time each stage in order and name them all in the summary", () => {
    const out = captured();
    const progress = new BuildProgress(out.stream);
    progress.start("extract");
    progress.end("3 articles");
    progress.start("plan");
    progress.next("render");
    progress.next("search");
    progress.end();
    const summary = progress.summary({ articles: 3, pages: 40, warnings: 1, errors: 0 });
    assert.match(summary, /^3 articles, 40 pages written, 1 warnings, 0 errors; extract \d+\.\d\d s, plan \d+\.\d\d s, render \d+\.\d\d s, search \d+\.\d\d s$/);
    assert.match(out.text(), /extract…\nextract: done in \d+\.\d\d s \(3 articles\)\nplan…\nplan: done in/);
  });

  it("should write nothing while it runs when quiet, and still sum the stages up", () => {
    const out = captured();
    const progress = new BuildProgress(out.stream, true);
    progress.start("extract");
    progress.next("plan");
    progress.end();
    assert.equal(out.text(), "");
    assert.match(progress.summary({ articles: 0, pages: 0, warnings: 0, errors: 0 }), /extract .* s, plan .* s$/);
  });
});
