/**
 * Positioned warnings for extractors: a rule id, a one-sentence reason that
 * says what was assumed, and the place in the source file.
 */
import type { VFile } from "vfile";
import type { Block } from "../types.ts";

/** Warns at a block, or at `at` characters into its text when given (single-line blocks only are exact). */
export function warnAt(file: VFile, block: Block | undefined, ruleId: string, reason: string, at = 0): void {
  const place = block ? { line: block.line, column: block.column + at } : { line: 1, column: 1 };
  file.message(reason, { place, ruleId, source: "clippings" });
}
