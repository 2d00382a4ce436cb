/**
 * captions — photo captions leaked into the flow, with their credits:
 * "A local school destroyed by shelling ... Source: AAP / TASS/Sipa USA",
 * "... (AP Photo/Jane Doe)", "... Photo: Reuters", "... REUTERS/Name",
 * "Pictured: ...", "Image caption, ..." (web scrapes, with the "Image source,
 * X" line above it as credit), and a bare credit line under its caption. The
 * front matter's `caption` is one too. A bare credit line that went to a
 * caption is left for fragments.ts to mark. In Markdown, a paragraph that is
 * only an image is a figure whose title or alt text is the caption.
 *
 * Precision first: a block is a caption only when it ends in a credit that
 * reads like one and the words before it read like a picture's description
 * (short, no attributed speech) — see layout/credit.ts. Quotes, sources and
 * entities skip the blocks listed here.
 *
 * A front-matter caption is not in the flow; it takes the paragraph number one
 * past the last block, so no block of the story is marked by it.
 *
 * Reads: `frontMatter`, `blocks`, `headline`, `dateline`, `byline`.
 * Writes: `file.data.captions`.
 */
import type { Paragraph, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import type { Caption } from "../record/schema.ts";
import type { Block } from "../types.ts";
import { LEAD_LABEL, readsLikeCaptionText, splitCredit } from "./layout/credit.ts";
import { warnAt } from "./report.ts";

const CAPTION_WORDS = 45;

export default function captions() {
  return (tree: Root, file: VFile) => {
    const blocks = file.data.blocks ?? [];
    const taken = new Set<number>();
    for (const i of [file.data.headline?.paragraph, file.data.dateline?.paragraph, file.data.byline?.paragraph]) if (i != null) taken.add(i);
    const list: Caption[] = [];

    // Markdown: a paragraph that is only an image is a figure; its alt text (or title) is the caption.
    const figures = imageParagraphs(tree);
    for (const block of blocks) {
      if (taken.has(block.index)) continue;
      const image = figures.get(block.offset);
      if (image) {
        const split = splitCredit(image);
        list.push({ text: split ? split.text : image, credit: split?.credit ?? null, paragraph: block.index });
        taken.add(block.index);
        continue;
      }
      const caption = captionOf(block, blocks[block.index - 1], blocks[block.index + 1], taken);
      if (!caption) continue;
      list.push(caption);
      taken.add(caption.paragraph);
      warnAt(file, blocks[caption.paragraph], "caption-in-flow", "A photo caption sits in the text; it is shown as a caption and left out of the story");
    }

    const given = file.data.frontMatter?.caption?.trim();
    if (given) {
      const split = splitCredit(given);
      const text = split && split.text ? split.text : given;
      if (!list.some((c) => c.text === text)) list.push({ text, credit: split?.text ? split.credit : null, paragraph: blocks.length });
    }
    file.data.captions = list;
  };
}

/** Start offset → caption text of every paragraph made of images alone. */
function imageParagraphs(tree: Root): Map<number, string> {
  const found = new Map<number, string>();
  visit(tree, "paragraph", (node: Paragraph) => {
    const parts = node.children.filter((c) => !(c.type === "text" && !c.value.trim()));
    if (!parts.length || !parts.every((c) => c.type === "image")) return;
    const text = parts
      .map((c) => (c.type === "image" ? (c.title ?? c.alt ?? "").trim() : ""))
      .filter(Boolean)
      .join(" ");
    const offset = node.position?.start.offset;
    if (text && offset !== undefined) found.set(offset, text);
  });
  return found;
}

function captionOf(block: Block, previous: Block | undefined, next: Block | undefined, taken: Set<number>): Caption | null {
  const labelled = LEAD_LABEL.exec(block.text);
  const body = labelled ? block.text.slice(labelled[0].length) : block.text;
  const split = splitCredit(body);
  if (labelled) {
    const text = split?.text || body;
    // "Image source, Reuters" on the line above credits a labelled caption.
    const above = previous && !taken.has(previous.index) ? splitCredit(previous.text) : null;
    const credit = split?.text ? split.credit : above && !above.text ? above.credit : null;
    return readsLikeCaptionText(text) ? { text, credit, paragraph: block.index } : null;
  }
  if (!split) return null;
  // A bare credit above a labelled caption waits for it.
  if (!split.text && next && LEAD_LABEL.test(next.text)) return null;
  if (split.text) {
    return readsLikeCaptionText(split.text) && wordCount(split.text) <= CAPTION_WORDS ? { text: split.text, credit: split.credit, paragraph: block.index } : null;
  }
  // A bare credit line ("Photo: Reuters") belongs to the short description above it.
  if (previous && !taken.has(previous.index) && describesPicture(previous.text)) {
    return { text: previous.text, credit: split.credit, paragraph: previous.index };
  }
  return { text: "", credit: split.credit, paragraph: block.index };
}

/** A short line with no quote marks and no reporting verb: what sits under a photo. */
function describesPicture(text: string): boolean {
  return wordCount(text) <= 35 && !/["“”]/.test(text) && !/\b(?:said|says|told|according to)\b/.test(text) && readsLikeCaptionText(text);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
