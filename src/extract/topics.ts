/**
 * topics — IPTC Media Topics, ranked, plus front-matter topics.
 *
 * Reads: `blocks`, `frontMatter`. Writes: `file.data.topics`, `file.data.keyphrases`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

export default function topics() {
  return (_tree: Root, file: VFile) => {
    file.data.topics = [];
    file.data.keyphrases = [];
  };
}
