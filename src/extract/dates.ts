/**
 * dates — the article date and relative dates resolved against it.
 *
 * The article date is what the article states: front matter, else the
 * dateline (with a year, or one assumed from the file name), else a date at
 * the start of the file name (`2022-05-16-foo.txt`, `20220516_foo.txt`), else
 * null — undated. Never the file's mtime: a copy or a checkout changes it.
 *
 * With a date, "late Monday", "yesterday", "last week", "earlier this month"
 * resolve to ISO days (see layout/relative-dates.ts); without one they stay
 * unresolved rather than guessed.
 *
 * Reads: `frontMatter`, `dateline`, `relativePath`, `blocks`, `headline`.
 * Writes: `file.data.articleDate`, `file.data.resolvedDates`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { ArticleDate, ResolvedDate } from "../types.ts";
import { fileNameDate, frontMatterDay, parseIsoDay } from "./layout/calendar.ts";
import { findRelativeDates } from "./layout/relative-dates.ts";
import { warnAt } from "./report.ts";

export default function dates() {
  return (_tree: Root, file: VFile) => {
    const articleDate = statedDate(file);
    file.data.articleDate = articleDate;
    const reference = articleDate.value ? parseIsoDay(articleDate.value) : null;
    const resolved: ResolvedDate[] = [];
    if (reference) {
      const span = file.data.datelineSpan;
      for (const block of file.data.blocks ?? []) {
        if (block.index === file.data.headline?.paragraph) continue;
        const skip = span?.paragraph === block.index ? span.length : 0;
        for (const found of findRelativeDates(block.text.slice(skip), reference)) {
          resolved.push({ text: found.text, date: found.date, paragraph: block.index, granularity: found.granularity });
        }
      }
    }
    file.data.resolvedDates = resolved;
  };
}

function statedDate(file: VFile): ArticleDate {
  const given = file.data.frontMatter?.date;
  if (given) {
    const day = frontMatterDay(given);
    if (day) return { value: day, source: "front-matter" };
    warnAt(file, undefined, "front-matter-date", `Front-matter date "${given}" is not an ISO day (yyyy-MM-dd); ignored`);
  }
  const fromDateline = file.data.dateline?.date;
  if (fromDateline) return { value: fromDateline, source: "dateline" };
  const fromName = fileNameDate(file.data.relativePath ?? file.basename ?? "");
  if (fromName) return { value: fromName, source: "file-name" };
  return { value: null, source: "none" };
}
