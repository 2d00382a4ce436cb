import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fileNameDate, frontMatterDay, nearestYear, parseIsoDay } from "../../src/extract/layout/calendar.ts";
import { findRelativeDates } from "../../src/extract/layout/relative-dates.ts";
import { fixtureCases, warnings } from "./layout-harness.ts";

describe("dates", () => {
  fixtureCases("dates", (file) => ({
    articleDate: file.data.articleDate,
    resolvedDates: file.data.resolvedDates,
    warnings: warnings(file, "front-matter-date", "dateline-no-year"),
  }));

  it("should read dates from file names only at the start of the base name", () => {
    assert.equal(fileNameDate("2022-05-16-foo.txt"), "2022-05-16");
    assert.equal(fileNameDate("20220516_foo.txt"), "2022-05-16");
    assert.equal(fileNameDate("archive/2022_05_16 foo.txt"), "2022-05-16");
    assert.equal(fileNameDate("2022/05/16/foo.txt"), null);
    assert.equal(fileNameDate("000_82f0f64b889d80f0.txt"), null);
    assert.equal(fileNameDate("2022-02-30-foo.txt"), null);
    assert.equal(fileNameDate("202205161234-foo.txt"), null);
  });

  it("should accept ISO days and date-times from front matter, nothing else", () => {
    assert.equal(frontMatterDay("2022-05-16"), "2022-05-16");
    assert.equal(frontMatterDay("2022-05-16T08:30:00Z"), "2022-05-16");
    assert.equal(frontMatterDay("16/05/2022"), null);
    assert.equal(frontMatterDay("2022-13-01"), null);
  });

  it("should put a year-less date in the year nearest the reference day", () => {
    const newYear = parseIsoDay("2023-01-02");
    assert.ok(newYear);
    assert.equal(nearestYear(12, 30, newYear), 2022);
    assert.equal(nearestYear(1, 1, newYear), 2023);
  });

  it("should resolve a weekday to the most recent one, the same day included", () => {
    const tuesday = parseIsoDay("2022-05-17");
    assert.ok(tuesday);
    const found = findRelativeDates("The talks ended late Monday and resumed on Tuesday.", tuesday);
    assert.deepEqual(found.map((f) => [f.text, f.date]), [["late Monday", "2022-05-16"], ["on Tuesday", "2022-05-17"]]);
  });

  it("should resolve a weekday forward when the clause speaks of the future", () => {
    const tuesday = parseIsoDay("2022-05-17");
    assert.ok(tuesday);
    const [found] = findRelativeDates("The minister will travel to Brussels on Friday.", tuesday);
    assert.equal(found?.date, "2022-05-20");
  });

  it("should resolve last and next weekdays strictly before and after the article date", () => {
    const tuesday = parseIsoDay("2022-05-17");
    assert.ok(tuesday);
    const found = findRelativeDates("It closed last Tuesday and opens next Tuesday.", tuesday);
    assert.deepEqual(found.map((f) => f.date), ["2022-05-10", "2022-05-24"]);
  });
});

describe("relative dates in names", () => {
  it("should not read newspapers and programmes named after days as dates", () => {
    const wednesday = parseIsoDay("2005-02-16");
    assert.ok(wednesday);
    const found = findRelativeDates("Mr Howard told the Sunday Times and BBC Radio 4's Today programme that the vote was on Tuesday.", wednesday);
    assert.deepEqual(found.map((f) => f.text), ["on Tuesday"]);
  });
});
