/**
 * quotes — direct, partial and indirect quotes with their speakers.
 *
 * Direct and partial quotes are the spans between paired quote marks
 * (straight, curly, single, guillemets, „low" marks), one entry per span and
 * per paragraph of a quote that runs over several; indirect quotes are
 * reported clauses ("Maliar said all duties ... had been fulfilled").
 * `speaker` is the canonical full name, null when only a role is known (then
 * `role` says which). Rule ids: `quote-unclosed`.
 *
 * Reads: `blocks`, `captions`, `fragments`, `headline`, `dateline`, `datelineSpan`, `byline`.
 * Writes: `file.data.quotes`.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { analyse } from "./quotes/analyse.ts";

export default function quotes() {
  return (_tree: Root, file: VFile) => {
    file.data.quotes = analyse(file).quotes;
  };
}
