/**
 * fragments — scraper leftovers: a block that starts mid-sentence ("following
 * weeks of fighting at ...", ", who outlasted ...", "... and then"), the tail
 * of a sentence whose head was lost. Brand names that start lower case
 * ("iPhone sales rose", "eBay said") open real sentences and are kept.
 * Quotes, sources and entities skip the blocks listed here.
 *
 * Reads: `blocks`, `headline`, `captions`. Writes: `file.data.fragments`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Block } from "../types.ts";
import { warnAt } from "./report.ts";

/** Lower-case openings that begin real sentences: brands ("iPod", "eBay") and a few styled names. */
const LOWER_CASE_NAMES = /^(?:\p{Ll}{1,2}\p{Lu}|e-\p{Ll}|(?:de|van|von|da|al|bin|ibn|dos|della|le|la|du|mc)\s+\p{Lu})/u;

export default function fragments() {
  return (_tree: Root, file: VFile) => {
    const skip = new Set<number>((file.data.captions ?? []).map((c) => c.paragraph));
    if (file.data.headline?.paragraph != null) skip.add(file.data.headline.paragraph);
    const list: number[] = [];
    for (const block of file.data.blocks ?? []) {
      if (skip.has(block.index) || !isFragment(block)) continue;
      list.push(block.index);
      warnAt(file, block, "fragment", "Paragraph starts mid-sentence, likely left by a scraper; marked as a fragment and left out of quotes and entities");
    }
    file.data.fragments = list;
  };
}

export function isFragment(block: Block): boolean {
  const text = block.text.replace(/^(?:\.\.\.|…)\s*/, "");
  // A block opening with a comma or closing bracket continues a lost sentence.
  if (/^[,;:)\]]/.test(text)) return true;
  if (!/^\p{Ll}/u.test(text)) return false;
  if (LOWER_CASE_NAMES.test(text)) return false;
  // A markdown list item or a URL is not prose at all.
  return !/^(?:https?:|www\.)/.test(text);
}
