/**
 * dateline — "KYIV, Ukraine (AP) —", "LONDON, May 3 (Reuters) -" and kin at
 * the start of the story, on their own line or opening the lede: place
 * (title case), date, agency and the raw text. A date without a year takes
 * the year of the front-matter or file-name date nearest to it, with a
 * warning; with neither, the dateline's date stays null.
 *
 * Front matter `dateline` wins for the record; the dateline found in the text
 * is still located, so `datelineSpan` lets quotes and entities skip it.
 *
 * Reads: `frontMatter`, `relativePath`, `blocks`, `headline`.
 * Writes: `file.data.dateline`, `file.data.datelineSpan`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Block } from "../types.ts";
import { fileNameDate, frontMatterDay, isoDay, nearestYear, parseIsoDay } from "./layout/calendar.ts";
import { type DatelineMatch, matchDateline } from "./layout/dateline-pattern.ts";
import { isBylineBlock, isCreditBlock, TOP_BLOCKS } from "./layout/top.ts";
import { warnAt } from "./report.ts";

export default function dateline() {
  return (_tree: Root, file: VFile) => {
    const found = findDateline(file.data.blocks ?? [], file.data.headline?.paragraph ?? null);
    file.data.datelineSpan = found ? { paragraph: found.block.index, length: Math.min(found.match.length, found.block.text.length) } : null;

    const given = file.data.frontMatter?.dateline?.trim();
    if (given) {
      const parsed = matchDateline(given);
      const match = parsed ?? { raw: given, length: given.length, place: given.replace(/\s*[—–-]+\s*$/, ""), agency: null, dateText: null, month: null, day: null, year: null };
      file.data.dateline = { place: match.place, date: resolveDate(file, match, found?.block), agency: match.agency, raw: match.raw, paragraph: null };
      return;
    }
    if (!found) {
      file.data.dateline = null;
      return;
    }
    const { match, block } = found;
    const ownLine = match.length >= block.text.length;
    file.data.dateline = {
      place: match.place,
      date: resolveDate(file, match, block),
      agency: match.agency,
      raw: match.raw,
      paragraph: ownLine ? block.index : null,
    };
  };
}

/** The first block after the headline that is not a byline or a picture credit, if it opens with a dateline. */
function findDateline(blocks: Block[], headline: number | null): { match: DatelineMatch; block: Block } | null {
  for (const block of blocks.slice(0, TOP_BLOCKS)) {
    if (block.index === headline) continue;
    const match = matchDateline(block.text);
    if (match) return { match, block };
    if (isBylineBlock(block) || isCreditBlock(block)) continue;
    return null;
  }
  return null;
}

/** The dateline's ISO day: its own year, else the nearest year to the article's stated date. */
function resolveDate(file: VFile, match: DatelineMatch, block: Block | undefined): string | null {
  if (match.month === null || match.day === null) return null;
  if (match.year !== null) return isoDay(match.year, match.month, match.day);
  const fromMatter = file.data.frontMatter?.date ? frontMatterDay(file.data.frontMatter.date) : null;
  const fromName = fileNameDate(file.data.relativePath ?? file.basename ?? "");
  const reference = fromMatter ?? fromName;
  const referenceDate = reference ? parseIsoDay(reference) : null;
  const year = referenceDate ? nearestYear(match.month, match.day, referenceDate) : null;
  if (year === null) {
    warnAt(file, block, "dateline-no-year", `Dateline has no year and the article states no date; the dateline's date "${match.dateText}" is left null`);
    return null;
  }
  const origin = fromMatter ? "front matter" : "the file name";
  warnAt(file, block, "dateline-no-year", `Dateline has no year; assumed ${year} from ${origin}`);
  return isoDay(year, match.month, match.day);
}
