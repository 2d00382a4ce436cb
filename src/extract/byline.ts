/**
 * byline — who wrote the story: the front-matter byline, else a "By Jane Doe"
 * block among the first few ("By JANE DOE, Associated Press" becomes
 * "Jane Doe, Associated Press"), else the wire trailer "(Reporting by Jane
 * Doe; Editing by John Smith)" among the last blocks. A lede that opens with
 * "By" is prose, and stays body (see layout/byline-pattern.ts).
 *
 * Reads: `frontMatter`, `blocks`, `headline`. Writes: `file.data.byline`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { matchByline, matchReportingTrailer } from "./layout/byline-pattern.ts";
import { TOP_BLOCKS } from "./layout/top.ts";

export default function byline() {
  return (_tree: Root, file: VFile) => {
    const blocks = file.data.blocks ?? [];
    const headline = file.data.headline?.paragraph ?? null;
    let found: { text: string; paragraph: number } | null = null;
    for (const block of blocks.slice(0, TOP_BLOCKS)) {
      if (block.index === headline) continue;
      const match = matchByline(block.text);
      if (match) {
        found = { text: match.text, paragraph: block.index };
        break;
      }
    }
    // No byline on top: the wire trailer "(Reporting by ...; Editing by ...)" names the reporters.
    if (!found) {
      for (const block of blocks.slice(-3).reverse()) {
        const match = matchReportingTrailer(block.text);
        if (match) {
          found = { text: match.text, paragraph: block.index };
          break;
        }
      }
    }
    const given = file.data.frontMatter?.byline?.trim();
    // The byline block keeps its role even when front matter names the writer.
    file.data.byline = given ? { text: given, paragraph: found?.paragraph ?? null } : found;
  };
}
