/**
 * headline — the article's title: front matter, else a headline first line
 * (a markdown `# Heading`, or a short line that is not a sentence — the BBC
 * layout: headline, blank line, story), else one written from the lede
 * (short, cut at a word boundary) and marked derived. A story that opens
 * straight into its lede (the seeds) never has its first sentence taken for
 * a headline.
 *
 * Reads: `frontMatter`, `blocks`. Writes: `file.data.headline`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Block } from "../types.ts";
import { matchDateline } from "./layout/dateline-pattern.ts";
import { isFurniture } from "./layout/top.ts";
import { warnAt } from "./report.ts";

const MAX_DERIVED = 90;
const MAX_HEADLINE_CHARS = 150;
const MAX_HEADLINE_WORDS = 20;

export default function headline() {
  return (_tree: Root, file: VFile) => {
    const blocks = file.data.blocks ?? [];
    const given = file.data.frontMatter?.title?.trim();
    if (given) {
      file.data.headline = { text: given, source: "front-matter", paragraph: null };
      return;
    }
    const first = blocks[0];
    if (first && blocks.length > 1 && (first.type === "heading" || looksLikeHeadline(first))) {
      file.data.headline = { text: first.text.replace(/^#+\s*/, ""), source: "first-line", paragraph: first.index };
      return;
    }
    const lede = blocks.find((b) => !isFurniture(b) && !/^[\p{Ll},;)]/u.test(b.text));
    const ledeText = lede ? lede.text.slice(matchDateline(lede.text)?.length ?? 0) : "";
    const text = ledeText ? deriveFromLede(ledeText) : file.stem ?? "Untitled";
    file.data.headline = { text, source: "derived", paragraph: null };
    warnAt(file, lede ?? first, "headline-derived", `Article has no headline; wrote "${text}" from the lede`);
  };
}

/**
 * A headline line: short, not a sentence (no closing full stop, colon or
 * comma; "..." and "?" are fine), and not a byline, dateline or credit.
 */
export function looksLikeHeadline(block: Block): boolean {
  const text = block.text;
  if (text.length > MAX_HEADLINE_CHARS || text.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  // A closing full stop after a word or a number ends a sentence; "U.S." and "..." do not.
  if (/(?:[:;,]|(?:\p{Ll}{2,}|\d)\.)["”’')\]]*$/u.test(text)) return false;
  // Lower case only for brand names ("iTunes now selling ..."), never mid-sentence.
  if (/^\p{Ll}/u.test(text) && !/^\p{Ll}+\p{Lu}/u.test(text)) return false;
  return !isFurniture(block);
}

/** Reporting tails that make a lede long without saying what happened. */
const ATTRIBUTION_TAIL = /,\s+(?:the\s+|a\s+)?[^,]{2,60}\s+(?:says?|said|reports?|reported|announced|claims?|claimed)$/u;
/** Words a short headline must not end on. */
const DANGLING = /\s+(?:a|an|the|of|in|on|at|to|for|by|from|with|and|or|but|as|that|which|who|its|their|his|her|has|have|had|is|are|was|were|be|been)$/iu;

export function deriveFromLede(lede: string): string {
  const sentence = lede.split(/(?<=[.!?])["”’]?\s+(?=["“‘]?\p{Lu})/u)[0] ?? lede;
  let clean = sentence.replace(/[.!?]+["”’]?$/u, "").trim();
  clean = clean.replace(ATTRIBUTION_TAIL, "");
  if (clean.length <= MAX_DERIVED) return clean;
  let cut = clean.slice(0, MAX_DERIVED + 1);
  const space = cut.lastIndexOf(" ");
  cut = cut.slice(0, space > 40 ? space : MAX_DERIVED).replace(/[,;:\s-]+$/, "");
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, "");
  return `${cut.replace(/[,;:\s-]+$/, "")}…`;
}
