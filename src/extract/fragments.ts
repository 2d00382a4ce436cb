/**
 * fragments — scraper leftovers: a block that starts mid-sentence ("following
 * weeks of fighting at ...", ", who outlasted ...", "... and then"), the tail
 * of a sentence whose head was lost. Brand names that start lower case
 * ("iPhone sales rose", "eBay said") open real sentences and are kept.
 * A "READ MORE" link box and the headline under it are leftovers too, as is
 * a photo credit standing alone ("Image source, Getty Images") whose caption
 * took another block is a leftover too. Quotes, sources and entities skip the
 * blocks listed here.
 *
 * Reads: `blocks`, `headline`, `captions`. Writes: `file.data.fragments`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Block } from "../types.ts";
import { splitCredit } from "./layout/credit.ts";
import { warnAt } from "./report.ts";

/** Lower-case openings that begin real sentences: brands ("iPod", "eBay") and a few styled names. */
const LOWER_CASE_NAMES = /^(?:\p{Ll}{1,2}\p{Lu}|e-\p{Ll}|(?:de|van|von|da|al|bin|ibn|dos|della|le|la|du|mc)\s+\p{Lu})/u;

export default function fragments() {
  return (_tree: Root, file: VFile) => {
    const skip = new Set<number>((file.data.captions ?? []).map((c) => c.paragraph));
    if (file.data.headline?.paragraph != null) skip.add(file.data.headline.paragraph);
    const list: number[] = [];
    let afterLinkMarker = false;
    for (const block of file.data.blocks ?? []) {
      if (skip.has(block.index)) continue;
      // "READ MORE" and the headline it links to are page furniture, not the story.
      const linkedHeadline = afterLinkMarker && isLinkHeadline(block.text);
      afterLinkMarker = LINK_MARKER.test(block.text);
      if (afterLinkMarker || linkedHeadline) {
        list.push(block.index);
        warnAt(file, block, "fragment-link", "A related-story link left by a scraper; marked as a fragment and left out of quotes and entities");
        continue;
      }
      if (isBareCredit(block)) {
        list.push(block.index);
        warnAt(file, block, "fragment-credit", "A photo credit stands alone in the text; marked as a fragment and left out of quotes and entities");
        continue;
      }
      const kind = fragmentKind(block);
      if (kind === "tail") {
        list.push(block.index);
        warnAt(file, block, "fragment", "Paragraph is the tail of a sentence whose start is missing, likely left by a scraper; marked as a fragment and left out of quotes and entities");
      } else if (kind === "head-lost") {
        warnAt(file, block, "fragment-start", "Paragraph starts mid-sentence, likely cut by a scraper; its first sentence is incomplete but the rest is kept as body");
      }
    }
    file.data.fragments = list;
  };
}

/** "READ MORE", "Related:", "Also read" standing alone: a scraped link box. */
const LINK_MARKER = /^(?:read more|related(?: stories| articles| coverage)?|also read|see also|more on this story|recommended|watch|listen)\s*:?$/i;

/** The linked story's headline under a link marker: short, and not a sentence. */
function isLinkHeadline(text: string): boolean {
  return text.split(/\s+/).length <= 20 && !/[.:;,]["”’]?$/.test(text);
}

/** "Photo: Reuters", "Image source, Getty Images": a credit line with no caption text of its own. */
function isBareCredit(block: Block): boolean {
  return block.text.length <= 100 && splitCredit(block.text)?.text === "";
}

/**
 * "tail": the block is only the end of a lost sentence (a fragment);
 * "head-lost": it starts mid-sentence but whole sentences follow, which stay
 * body (they may hold quotes); null: it starts like a sentence.
 */
export function fragmentKind(block: Block): "tail" | "head-lost" | null {
  const text = block.text.replace(/^(?:\.\.\.|…)\s*/, "");
  // A block opening with a comma, colon or closing bracket continues a lost sentence.
  const continues = /^[,;:)\]]/.test(text) || (/^\p{Ll}/u.test(text) && !LOWER_CASE_NAMES.test(text) && !/^(?:https?:|www\.)/.test(text));
  if (!continues) return null;
  // Speech is never dropped: a cut-off quote paragraph stays body for the quotes extractor.
  if (/["“”«»]/.test(text)) return "head-lost";
  const firstEnd = text.search(/[.!?]["”’]?\s+["“‘]?\p{Lu}/u);
  return firstEnd === -1 ? "tail" : "head-lost";
}
