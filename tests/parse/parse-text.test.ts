import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseText } from "../../src/parse/parse-text.ts";

const texts = (doc: string) =>
  parseText(doc).children.map((p) => (p.type === "paragraph" && p.children[0]?.type === "text" ? p.children[0].value : ""));

describe("parseText", () => {
  it("should make one paragraph per line when paragraphs are separated by single newlines", () => {
    assert.deepEqual(texts("First one.\nSecond one.\nThird one."), ["First one.", "Second one.", "Third one."]);
  });

  it("should treat runs of blank lines as one separator", () => {
    assert.deepEqual(texts("First one.\n\n\n\nSecond one.\n\n\nThird."), ["First one.", "Second one.", "Third."]);
  });

  it("should join hard-wrapped lines of one paragraph", () => {
    const doc = "The council met on Monday to discuss the budget for\nthe coming year, and agreed to raise spending on\nschools by a small margin.\n\nNext paragraph.";
    assert.deepEqual(texts(doc), [
      "The council met on Monday to discuss the budget for the coming year, and agreed to raise spending on schools by a small margin.",
      "Next paragraph.",
    ]);
  });

  it("should give each paragraph its true line, column and offset", () => {
    const doc = "\n\n  Indented start.\nNext.";
    const [first, second] = parseText(doc).children;
    assert.deepEqual(first?.position?.start, { line: 3, column: 3, offset: 4 });
    assert.equal(second?.position?.start.line, 4);
    assert.equal(doc.slice(second?.position?.start.offset, second?.position?.end.offset), "Next.");
  });

  it("should yield no paragraph for an empty document", () => {
    assert.deepEqual(texts(""), []);
    assert.deepEqual(texts("\n\n  \n"), []);
  });
});
