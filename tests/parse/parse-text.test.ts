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

  it("should keep a credit line between single newlines out of the wrapped paragraphs around it", () => {
    const doc = [
      "The council met on Monday to discuss the budget for",
      "the coming year, and agreed to raise spending on",
      "schools by a small margin.",
      "Photo: Jane Roe/Northport Gazette",
      "The mayor said the plan would be put to a vote in",
      "March, after a public consultation that runs for",
      "six weeks.",
    ].join("\n");
    assert.deepEqual(texts(doc), [
      "The council met on Monday to discuss the budget for the coming year, and agreed to raise spending on schools by a small margin.",
      "Photo: Jane Roe/Northport Gazette",
      "The mayor said the plan would be put to a vote in March, after a public consultation that runs for six weeks.",
    ]);
  });

  it("should keep a dateline line and a caption line apart from hard-wrapped paragraphs", () => {
    const doc = [
      "NORTHPORT, Freedonia (AP) —",
      "Floodwater reached the old harbour overnight, the",
      "mayor said, as the river rose to its highest level",
      "in forty years.",
      "A flooded street in the old town. (AP Photo/Jane Roe)",
      "The mayor said two bridges had been closed and that",
      "ferries would not run on Wednesday.",
    ].join("\n");
    assert.deepEqual(texts(doc), [
      "NORTHPORT, Freedonia (AP) —",
      "Floodwater reached the old harbour overnight, the mayor said, as the river rose to its highest level in forty years.",
      "A flooded street in the old town. (AP Photo/Jane Roe)",
      "The mayor said two bridges had been closed and that ferries would not run on Wednesday.",
    ]);
  });

  it("should end a wrapped paragraph at a short line and start the next at the line after it", () => {
    const doc = [
      "The council met on Monday to discuss the budget for",
      "the coming year and agreed to raise spending.",
      "The mayor said the plan would be put to a vote in",
      "March, after a public consultation.",
    ].join("\n");
    assert.deepEqual(texts(doc), [
      "The council met on Monday to discuss the budget for the coming year and agreed to raise spending.",
      "The mayor said the plan would be put to a vote in March, after a public consultation.",
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
