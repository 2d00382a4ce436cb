/**
 * headline — the article's title: front matter, else a headline first line,
 * else one written from the lede (short, cut at a word boundary), marked derived.
 *
 * Reads: `frontMatter`, `blocks`. Writes: `file.data.headline`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

const MAX_DERIVED = 80;

export default function headline() {
  return (_tree: Root, file: VFile) => {
    const blocks = file.data.blocks ?? [];
    const given = file.data.frontMatter?.title;
    if (given) {
      file.data.headline = { text: given, source: "front-matter", paragraph: null };
      return;
    }
    const first = blocks[0];
    if (first && (first.type === "heading" || looksLikeHeadline(first.text, blocks.length))) {
      file.data.headline = { text: first.text, source: "first-line", paragraph: first.index };
      return;
    }
    file.data.headline = { text: deriveFromLede(first?.text ?? "Untitled"), source: "derived", paragraph: null };
  };
}

/** A short line with no sentence-ending full stop, followed by more text. */
function looksLikeHeadline(text: string, blockCount: number): boolean {
  return blockCount > 1 && text.length <= 120 && !/[.:;,]$/.test(text) && text.split(/\s+/).length <= 16;
}

export function deriveFromLede(lede: string): string {
  const sentence = lede.split(/(?<=[.!?])\s+(?=[A-Z"\u201c])/)[0] ?? lede;
  const clean = sentence.replace(/[.!?]+$/, "");
  if (clean.length <= MAX_DERIVED) return clean;
  const cut = clean.slice(0, MAX_DERIVED + 1);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > 40 ? space : MAX_DERIVED).replace(/[,;:\s-]+$/, "")}…`;
}
