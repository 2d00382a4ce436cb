/**
 * quotes — direct, partial and indirect quotes with their speakers.
 *
 * Reads: `blocks`, `captions`, `fragments`, `headline`, `dateline`. Writes: `file.data.quotes`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

export default function quotes() {
  return (_tree: Root, file: VFile) => {
    file.data.quotes = [];
  };
}
