import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchDateline } from "../../src/extract/layout/dateline-pattern.ts";
import { placeTitleCase } from "../../src/extract/layout/place-case.ts";
import { storyBlocks } from "../../src/extract/layout/story.ts";
import { fixtureCases, runLayout, warnings } from "./layout-harness.ts";

describe("dateline", () => {
  fixtureCases("dateline", (file) => ({
    dateline: file.data.dateline,
    span: file.data.datelineSpan,
    warnings: warnings(file, "dateline-no-year"),
  }));

  it("should read the wire forms newsrooms use", () => {
    const cases: [string, string | null, string | null, string | null][] = [
      ["KYIV, Ukraine (AP) — Russian forces pressed on.", "Kyiv, Ukraine", "AP", null],
      ["LONDON, May 3 (Reuters) - Britain said", "London", "Reuters", "May 3"],
      ["Washington (AFP) – The US said", "Washington", "AFP", null],
      ["STAMFORD, Conn., Oct 20 - Shares of", "Stamford, Conn.", null, "Oct 20"],
      ["MOSCOW — The Kremlin said", "Moscow", null, null],
      ["ST. LOUIS (AP) — A judge", "St. Louis", "AP", null],
      ["WASHINGTON (Reuters) -- The", "Washington", "Reuters", null],
      ["PORT-AU-PRINCE, Haiti (AP) — Gangs", "Port-au-Prince, Haiti", "AP", null],
      ["(CNN) — A storm", null, "CNN", null],
      ["WASHINGTON/KYIV, May 3 (Reuters) - The", "Washington/Kyiv", "Reuters", "May 3"],
      ["KYIV, Ukraine, May 16 (Reuters) - Ukraine", "Kyiv, Ukraine", "Reuters", "May 16"],
      ["SPRINGFIELD, Ill. (AP) — A bill", "Springfield, Ill.", "AP", null],
      ["KYIV, Ukraine (AP)—Russian forces", "Kyiv, Ukraine", "AP", null],
    ];
    for (const [text, place, agency, date] of cases) {
      const match = matchDateline(text);
      assert.ok(match, text);
      assert.deepEqual([match.place, match.agency, match.dateText], [place, agency, date], text);
    }
  });

  it("should not read sentence openings as datelines", () => {
    for (const text of [
      "Mariupol - the city was surrounded.",
      "Mariupol — The city was surrounded.",
      "UPDATE — The ministry said",
      "NATO — The alliance said",
      "US President Joe Biden - who spoke on Monday - said",
      "Ad sales boost Time Warner profit",
      "By JANE DOE, Associated Press",
      "The eastern province of Kharkiv - which has a capital of the same name - came under attack.",
    ]) {
      assert.equal(matchDateline(text), null, text);
    }
  });

  it("should title-case capitals but keep abbreviations and particles", () => {
    assert.equal(placeTitleCase("DAR ES SALAAM"), "Dar es Salaam");
    assert.equal(placeTitleCase("WASHINGTON, D.C."), "Washington, D.C.");
    assert.equal(placeTitleCase("McALLEN, Texas"), "McAllen, Texas");
    assert.equal(placeTitleCase("LONDON, UK"), "London, UK");
  });

  it("should leave only the body after the dateline span", () => {
    const file = runLayout("KYIV, Ukraine (AP) — Ukrainian officials said on Tuesday that talks had stalled.\nThey gave no details.\n");
    const span = file.data.datelineSpan;
    assert.ok(span);
    assert.equal(file.data.blocks?.[span.paragraph]?.text.slice(span.length), "Ukrainian officials said on Tuesday that talks had stalled.");
    assert.equal(file.data.dateline?.paragraph, null, "an inline dateline leaves its paragraph a body paragraph");
  });
});

describe("storyBlocks", () => {
  it("should leave out the furniture and cut the dateline from the lede", () => {
    const file = runLayout(
      "Plant evacuated\n\nBy Jane Doe\n\nKYIV, Ukraine (AP) — Soldiers left the plant on Monday.\n\nA bus leaves the plant. (AP Photo/Max Muster)\n\nfollowing weeks of fighting.\n\nTalks continue.\n",
    );
    const story = storyBlocks(file);
    assert.deepEqual(story.map((b) => b.text), ["Soldiers left the plant on Monday.", "Talks continue."]);
    assert.equal(story[0]?.column, 22);
  });
});
