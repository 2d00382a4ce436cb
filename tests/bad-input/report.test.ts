import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { formatReport, reportJson, writeReport, type ReportSource } from "../../src/archive/report.ts";

const source: ReportSource = {
  files: ["b.txt", "a.md", "c.txt"],
  records: [{ file: "a.md" }, { file: "c.txt" }],
  failed: ["b.txt"],
  report: [
    { file: "c.txt", line: 3, column: 1, rule: "quote-unclosed", reason: "Quote is never closed", severity: "warning" },
    { file: "b.txt", line: 1, column: 1, rule: "empty-file", reason: "The file is empty", severity: "error" },
    { file: "a.md", line: 4, column: 7, rule: "front-matter-date", reason: "Front-matter `date` \"tomorrow\"\nis not a date", severity: "warning" },
  ],
};

describe("build report", () => {
  it("should print one sorted line per problem, file:line:column severity reason [rule], then a summary", () => {
    assert.equal(
      formatReport(source, { baseDir: "articles" }),
      [
        'articles/a.md:4:7 warning Front-matter `date` "tomorrow" is not a date [front-matter-date]',
        "articles/b.txt:1:1 error The file is empty [empty-file]",
        "articles/c.txt:3:1 warning Quote is never closed [quote-unclosed]",
        "3 files: 2 published, 1 not published; 1 error, 2 warnings",
        "",
      ].join("\n"),
    );
  });

  it("should keep one problem on one line when a file name holds a newline", () => {
    const text = formatReport({ records: [], failed: ["a\nb.txt"], report: [{ file: "a\nb.txt", line: 1, column: 1, rule: "empty-file", reason: "Empty", severity: "error" }] }, { summary: false });
    assert.equal(text, "a\\x0ab.txt:1:1 error Empty [empty-file]\n");
  });

  it("should count warnings as errors with strict, and leave them out with quiet", () => {
    assert.match(formatReport(source, { strict: true }), /3 errors, 0 warnings/);
    assert.deepEqual(formatReport(source, { quiet: true, summary: false }).trim().split("\n"), ["b.txt:1:1 error The file is empty [empty-file]"]);
  });

  it("should write the same JSON bytes for the same problems in any order", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clippings-report-"));
    await writeReport(path.join(dir, "one/report.json"), source);
    await writeReport(path.join(dir, "two/report.json"), { ...source, report: [...source.report].reverse() });
    const one = readFileSync(path.join(dir, "one/report.json"), "utf8");
    assert.equal(one, readFileSync(path.join(dir, "two/report.json"), "utf8"));
    assert.deepEqual(JSON.parse(one), reportJson(source));
    assert.deepEqual(reportJson(source).summary, { files: 3, published: 2, failed: 1, errors: 1, warnings: 2 });
  });
});
