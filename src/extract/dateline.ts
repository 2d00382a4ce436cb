/**
 * dateline — "KYIV, Ukraine (AP) —", "LONDON, May 3 (Reuters) -" and kin at
 * the start of the story: place, date, agency.
 *
 * Reads: `blocks`, `headline`. Writes: `file.data.dateline`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

export default function dateline() {
  return (_tree: Root, file: VFile) => {
    file.data.dateline = null;
  };
}
