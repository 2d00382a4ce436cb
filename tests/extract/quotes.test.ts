/**
 * Quotes: fixture cases under tests/fixtures/quotes/<case>/{input.txt,expected.json};
 * the folder name is the sentence. `UPDATE=1` rewrites the expectations for review.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scanQuotes, spanText } from "../../src/extract/text/quote-marks.ts";
import { splitSentences } from "../../src/extract/text/sentences.ts";
import { extractFixtures } from "./quotes-harness.ts";

describe("quotes", () => {
  extractFixtures("quotes", (file) => ({
    quotes: (file.data.quotes ?? []).map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker, ...(q.role ? { role: q.role } : {}), paragraph: q.paragraph })),
    warnings: file.messages.filter((m) => m.ruleId === "quote-unclosed").map((m) => `${m.line}:${m.column} ${m.reason}`),
  }));

  it("should pair marks by family and skip apostrophes and inch marks", () => {
    const text = `He said "it's fine" and 'fine' — «oui» „ja“ on a 12" screen`;
    const texts = scanQuotes(text)
      .filter((s) => s.depth === 0)
      .map((s) => spanText(text, s));
    assert.deepEqual(texts, [`it's fine`, "fine", "oui", "ja"]);
  });

  it("should not end a sentence inside a quote or after Mr", () => {
    const text = `"It is over. We lost," Mr. Smith said. He left.`;
    const spans = scanQuotes(text);
    assert.deepEqual(
      splitSentences(text, spans).map((r) => text.slice(r.start, r.end)),
      [`"It is over. We lost," Mr. Smith said.`, "He left."],
    );
  });

  it("should start a sentence at a quote opening after a full stop even where the quote before never closed", () => {
    const text = `Mr Smith said: "We are happy. "We will build on it," he added. "Why not?'" Ms Jones asked. Sales rose.`;
    const spans = scanQuotes(text);
    assert.deepEqual(
      splitSentences(text, spans).map((r) => text.slice(r.start, r.end)),
      [`Mr Smith said: "We are happy.`, `"We will build on it," he added.`, `"Why not?'"`, "Ms Jones asked.", "Sales rose."],
    );
  });

  it("should scan a long article in linear time", () => {
    const text = `"${"word ".repeat(20000)}" ${"'a ".repeat(5000)}`;
    const started = process.hrtime.bigint();
    scanQuotes(text);
    splitSentences(text, scanQuotes(text));
    // A generous bound: a quadratic scan of this text takes seconds, a linear one milliseconds.
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000);
  });
});
