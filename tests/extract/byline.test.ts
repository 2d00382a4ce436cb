import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchByline, matchReportingTrailer } from "../../src/extract/layout/byline-pattern.ts";
import { fixtureCases } from "./layout-harness.ts";

describe("byline", () => {
  fixtureCases("byline", (file) => ({ byline: file.data.byline, headline: file.data.headline?.paragraph ?? null }));

  it("should read names, outlets and places", () => {
    assert.equal(matchByline("By Jane Doe")?.text, "Jane Doe");
    assert.equal(matchByline("By JANE DOE, Associated Press")?.text, "Jane Doe, Associated Press");
    assert.equal(matchByline("By Jane Doe | Reuters")?.text, "Jane Doe, Reuters");
    assert.equal(matchByline("By Jane Doe in Kyiv")?.text, "Jane Doe");
    assert.equal(matchByline("By Sean McALLISTER")?.text, "Sean McAllister");
  });

  it("should not read prose that opens with By as a byline", () => {
    for (const text of ["By Monday, prices had risen sharply.", "By the end of the year", "By Comparison Standards", "By Christmas Day the queues were gone."]) {
      assert.equal(matchByline(text), null, text);
    }
  });

  it("should take reporters, not editors, from a wire trailer", () => {
    assert.equal(matchReportingTrailer("(Reporting by Jane Doe in Kyiv; Editing by John Smith)")?.text, "Jane Doe");
    assert.equal(matchReportingTrailer("Reporting by Jane Doe and Max Muster; Writing by Ann Lee; Editing by Bob Ray")?.text, "Jane Doe, Max Muster and Ann Lee");
    assert.equal(matchReportingTrailer("Reporting by the team was praised."), null);
  });
});
