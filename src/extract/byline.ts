/**
 * byline — "By Jane Doe" lines, or the front-matter byline.
 *
 * Reads: `frontMatter`, `blocks`. Writes: `file.data.byline`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

export default function byline() {
  return (_tree: Root, file: VFile) => {
    const given = file.data.frontMatter?.byline;
    file.data.byline = given ? { text: given, paragraph: null } : null;
  };
}
