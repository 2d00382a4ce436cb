/**
 * fragments — scraper leftovers: a paragraph that starts lower-case mid-sentence.
 *
 * Reads: `blocks`. Writes: `file.data.fragments`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

export default function fragments() {
  return (_tree: Root, file: VFile) => {
    file.data.fragments = (file.data.blocks ?? []).filter((b) => /^[a-z]/.test(b.text)).map((b) => b.index);
  };
}
