/**
 * blocks — lists the paragraph-like blocks of the tree (paragraphs and
 * headings, including those inside block quotes and list items) in document
 * order. Their indexes are the `paragraph` numbers of every record field.
 *
 * Reads: the tree. Writes: `file.data.blocks`.
 */
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import type { Block } from "../types.ts";

export default function blocks() {
  return (tree: Root, file: VFile) => {
    const list: Block[] = [];
    visit(tree, (node) => {
      if (node.type !== "paragraph" && node.type !== "heading") return;
      const start = node.position?.start;
      const text = toString(node).replace(/\s+/g, " ").trim();
      if (!text || !start) return "skip";
      list.push({ index: list.length, text, line: start.line, column: start.column, offset: start.offset ?? 0, type: node.type });
      return "skip";
    });
    file.data.blocks = list;
  };
}
