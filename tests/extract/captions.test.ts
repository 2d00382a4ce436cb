import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { splitCredit } from "../../src/extract/layout/credit.ts";
import { matchDateline } from "../../src/extract/layout/dateline-pattern.ts";
import { fixtureCases } from "./layout-harness.ts";

describe("captions", () => {
  fixtureCases("captions", (file) => ({ captions: file.data.captions, dateline: file.data.dateline?.raw ?? null }));

  it("should split the credit forms agencies use from the description", () => {
    const cases: [string, string, string][] = [
      ["A school destroyed by shelling east of the city. Source: AAP / TASS/Sipa USA", "A school destroyed by shelling east of the city.", "AAP / TASS/Sipa USA"],
      ["Firefighters at the scene on Monday. (AP Photo/Jane Doe)", "Firefighters at the scene on Monday.", "AP Photo/Jane Doe"],
      ["Residents queue for water. Photo: Reuters", "Residents queue for water.", "Reuters"],
      ["Rescuers search the rubble. REUTERS/Gleb Garanich", "Rescuers search the rubble.", "REUTERS/Gleb Garanich"],
      ["Protesters outside parliament (AFP via Getty Images)", "Protesters outside parliament", "AFP via Getty Images"],
      ["A woman mourns at a funeral in Irpin AFP via Getty Images", "A woman mourns at a funeral in Irpin", "AFP via Getty Images"],
      ["A view of the plant. Image: Maxar Technologies", "A view of the plant.", "Maxar Technologies"],
      ["Getty Images", "", "Getty Images"],
      ["Ukrainian soldiers rest in Kharkiv Source: AAP / Sergey Bobok/AFP", "Ukrainian soldiers rest in Kharkiv", "AAP / Sergey Bobok/AFP"],
      ["A view of the city. Source: iStockphoto", "A view of the city.", "iStockphoto"],
      ["Image source, Getty Images", "", "Getty Images"],
      ["Smoke over the port. Source: AAP.", "Smoke over the port.", "AAP"],
    ];
    for (const [input, text, credit] of cases) assert.deepEqual(splitCredit(input), { text, credit }, input);
  });

  it("should find no credit in prose that mentions a photo or a source", () => {
    for (const text of [
      "He posted a photo on Instagram showing the damage.",
      "The main source: oil exports to Europe.",
      "The data came from the statistics office. Source: the ministry said it would publish more.",
      "Support for the plan came from an unexpected source.",
      "He named his source: Reuters",
      "The leak came from one source: a senior official",
    ]) {
      assert.equal(splitCredit(text), null, text);
    }
  });
});

describe("credit and dateline invariants", () => {
  const words = ["KYIV", "Ukraine", "(AP)", "—", "-", "Source:", "AAP", "/", "Photo:", "Reuters", "REUTERS/Jane", "Doe", "the", "said", ".", ",", "May", "3", "(AFP", "via", "Getty", "Images", "Pictured:", "A", "school"];
  const prose = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(" "));

  it("should only ever split a block into a description that opens it and a credit found in it", () => {
    fc.assert(
      fc.property(fc.oneof(prose, fc.string()), (text) => {
        const split = splitCredit(text);
        if (!split) return;
        assert.ok(text.trim().startsWith(split.text), text);
        assert.ok(split.credit.length > 0 && text.includes(split.credit), text);
      }),
    );
  });

  it("should only ever take a dateline from the start of a block", () => {
    fc.assert(
      fc.property(fc.oneof(prose, fc.string()), (text) => {
        const match = matchDateline(text);
        if (!match) return;
        assert.ok(text.startsWith(match.raw), text);
        assert.ok(match.length <= text.length);
      }),
    );
  });
});
