/**
 * What of the flow is the story itself, for the extractors that read prose
 * (quotes, sources, entities, topics): every block but the headline, byline,
 * own-line dateline, captions and fragments, and the lede without the
 * dateline that opens it ("KYIV, Ukraine (AP) — " is no one's words and no
 * place mention of the story).
 *
 * Reads: `blocks`, `headline`, `byline`, `dateline`, `datelineSpan`,
 * `captions`, `fragments` — so call it from plugins that run after them.
 */
import type { VFile } from "vfile";
import type { Block } from "../../types.ts";

export interface StoryBlock extends Block {
  /** Characters cut from the start of the block's text (the dateline); add to column/offset for positions. */
  skipped: number;
}

export function storyBlocks(file: VFile): StoryBlock[] {
  const d = file.data;
  const skip = new Set<number>([...(d.fragments ?? []), ...(d.captions ?? []).map((c) => c.paragraph)]);
  for (const index of [d.headline?.paragraph, d.byline?.paragraph, d.dateline?.paragraph]) if (index != null) skip.add(index);
  const span = d.datelineSpan;
  const out: StoryBlock[] = [];
  for (const block of d.blocks ?? []) {
    if (skip.has(block.index)) continue;
    const cut = span && span.paragraph === block.index ? span.length : 0;
    if (cut >= block.text.length) continue;
    // Blocks are single-line in raw text, so the column shift is exact there.
    out.push({ ...block, text: block.text.slice(cut), column: block.column + cut, offset: block.offset + cut, skipped: cut });
  }
  return out;
}
