/**
 * entities — people, places and organizations mentioned in the article.
 *
 * Reads: `blocks`, `frontMatter`, `quotes`, `sources`. Writes: `file.data.people`,
 * `file.data.places`, `file.data.organizations`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

export default function entities() {
  return (_tree: Root, file: VFile) => {
    file.data.people = [];
    file.data.places = [];
    file.data.organizations = [];
  };
}
