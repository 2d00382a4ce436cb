/**
 * captions — photo captions leaked into the flow, with their credits.
 *
 * Reads: `blocks`. Writes: `file.data.captions`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

export default function captions() {
  return (_tree: Root, file: VFile) => {
    file.data.captions = [];
  };
}
