/**
 * The unified parser for articles: `.md` through mdast-util-from-markdown
 * (what remark-parse wraps), everything else through the raw-text parser.
 */
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import { parseText } from "./parse-text.ts";

const parseArticle: Plugin<[], string, Root> = function () {
  this.parser = (doc: string, file: VFile): Root => {
    const ext = (file.extname ?? "").toLowerCase();
    return ext === ".md" || ext === ".markdown" ? fromMarkdown(doc) : parseText(doc);
  };
};

export default parseArticle;
