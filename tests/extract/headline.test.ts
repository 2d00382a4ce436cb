import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { deriveFromLede } from "../../src/extract/headline.ts";
import { fixtureCases, runLayout, warnings } from "./layout-harness.ts";

describe("headline", () => {
  fixtureCases("headline", (file) => ({ headline: file.data.headline, warnings: warnings(file, "headline-derived") }));

  it("should never take a first body sentence for a headline, in either paragraph layout", () => {
    const single = runLayout("Officials said the bridge would reopen next month after repairs.\nTraffic will be limited at first.\n");
    const spaced = runLayout("Officials said the bridge would reopen next month after repairs.\n\n\n\nTraffic will be limited at first.\n");
    assert.equal(single.data.headline?.source, "derived");
    assert.equal(spaced.data.headline?.source, "derived");
  });

  it("should cut a derived headline at a word boundary and never on a dangling word", () => {
    const text = deriveFromLede("The regional council agreed on Monday to spend an extra four million pounds on repairing the roads of the northern valleys before winter.");
    assert.ok(text.length <= 91, text);
    assert.ok(text.endsWith("…"));
    assert.doesNotMatch(text, /\s(?:the|of|on|to)…$/);
  });

  it("should drop a reporting tail from a derived headline", () => {
    assert.equal(deriveFromLede("Train fares will rise by 5% in March, the operators' association says."), "Train fares will rise by 5% in March");
  });

  it("should take a headline that ends in an abbreviation but not one that ends a sentence", () => {
    assert.equal(runLayout("Trade talks stall with the U.S.\n\nNegotiators left without a deal.\n").data.headline?.source, "first-line");
    assert.equal(runLayout("Trade talks stalled on Monday.\n\nNegotiators left without a deal.\n").data.headline?.source, "derived");
    assert.equal(runLayout("'My memories of Marley...'\n\nA producer looks back.\n").data.headline?.source, "first-line");
  });
});
