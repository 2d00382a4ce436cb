/**
 * The furniture at the top of a story — headline, byline, dateline, a lead
 * picture's caption — comes in any order in the first few blocks. Headline,
 * dateline and byline each look there for their own block and step over the
 * others' with these shared tests.
 */
import type { Block } from "../../types.ts";
import { matchByline } from "./byline-pattern.ts";
import { LEAD_LABEL, splitCredit } from "./credit.ts";
import { matchDateline } from "./dateline-pattern.ts";

/** How many blocks from the top the furniture may take. */
export const TOP_BLOCKS = 5;

export function isBylineBlock(block: Block): boolean {
  return matchByline(block.text) !== null;
}

/** A dateline standing alone on its line ("KYIV, Ukraine (AP) —"). */
export function isDatelineBlock(block: Block): boolean {
  const match = matchDateline(block.text);
  return match !== null && match.length >= block.text.length;
}

/** A picture caption or a bare credit ("Photo: Reuters"). */
export function isCreditBlock(block: Block): boolean {
  return splitCredit(block.text) !== null || LEAD_LABEL.test(block.text);
}

/** Blocks of the top furniture other than the headline. */
export function isFurniture(block: Block): boolean {
  return isBylineBlock(block) || isDatelineBlock(block) || isCreditBlock(block);
}
