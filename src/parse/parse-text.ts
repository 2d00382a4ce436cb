/**
 * Raw text → mdast. Paragraphs are separated by one newline (seed 000) or by
 * blank lines (seed 004, BBC); hard-wrapped lines (short lines that run on
 * mid-sentence) are joined into paragraphs, with captions, credits, datelines
 * and bylines between them kept apart. Every paragraph node carries its true
 * position in the file.
 */
import type { Paragraph, Root } from "mdast";
import { matchByline } from "../extract/layout/byline-pattern.ts";
import { LEAD_LABEL, splitCredit } from "../extract/layout/credit.ts";
import { matchDateline } from "../extract/layout/dateline-pattern.ts";

interface Line {
  text: string;
  line: number; // 1-based
  offset: number; // of the line's first character
}

export function parseText(doc: string): Root {
  const lines: Line[] = [];
  let offset = 0;
  doc.split("\n").forEach((text, i) => {
    lines.push({ text, line: i + 1, offset });
    offset += text.length + 1;
  });

  const children: Paragraph[] = [];
  let block: Line[] = [];
  const flush = () => {
    if (block.length) for (const group of splitBlock(block)) children.push(paragraphNode(group));
    block = [];
  };
  for (const line of lines) {
    if (line.text.trim() === "") flush();
    else block.push(line);
  }
  flush();

  const end = pointAt(lines, doc.length);
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/**
 * A block is one paragraph per line unless its lines look hard-wrapped; then
 * runs of wrapped lines are joined, and a line that stands on its own — a
 * caption credit, a dateline, a byline, a short last line of a paragraph —
 * ends its run. So a caption or a credit between single newlines is never
 * poured into the paragraph around it.
 */
function splitBlock(block: Line[]): Line[][] {
  if (block.length === 1) return [block];
  const texts = block.map((l) => l.text.trim());
  if (!looksWrapped(texts)) return block.map((l) => [l]);
  const width = Math.max(...texts.map((t) => t.length));
  const groups: Line[][] = [[block[0]!]];
  for (let i = 1; i < block.length; i++) {
    if (runsOn(texts[i - 1]!, texts[i]!, width)) groups[groups.length - 1]!.push(block[i]!);
    else groups.push([block[i]!]);
  }
  return groups;
}

/** Lines that never belong to a wrapped paragraph: captions with a credit, bylines, datelines alone on their line. */
function isStandalone(text: string): boolean {
  const dateline = matchDateline(text);
  if (dateline && dateline.length >= text.length) return true;
  return matchByline(text) !== null || LEAD_LABEL.test(text) || splitCredit(text) !== null;
}

/**
 * Wrapped text: most lines stop mid-sentence and are of moderate length.
 * Lines of one paragraph each (seed 000) mostly end a sentence.
 */
function looksWrapped(texts: string[]): boolean {
  const heads = texts.slice(0, -1).filter((t) => !isStandalone(t));
  if (!heads.length) return false;
  const longest = Math.max(...heads.map((t) => t.length));
  if (longest > 100) return false;
  const midSentence = heads.filter((t) => !/[.!?:"'\u201d\u2019)]$/.test(t)).length;
  const full = heads.filter((t) => t.length >= longest * 0.6).length;
  return midSentence >= heads.length / 2 && full > heads.length / 2;
}

/**
 * Does `next` continue the paragraph `line` is part of? A wrapping editor
 * breaks a line only when the next word would not fit, so a line with room
 * left for the next line's first word ended its paragraph.
 */
function runsOn(line: string, next: string, width: number): boolean {
  if (isStandalone(line) || isStandalone(next)) return false;
  const fits = line.length + 1 + next.split(/\s/, 1)[0]!.length;
  // A sentence ends and a capital starts the next line: a paragraph break unless the word could not fit.
  if (/[.!?]["'\u201d\u2019)]?$/.test(line) && /^[\p{Lu}\p{N}"'\u201c\u2018(]/u.test(next)) return fits > width;
  // Mid-sentence: hand-wrapped lines are ragged, so only a clearly short line ends the paragraph.
  return fits > width * 0.6;
}

function paragraphNode(group: Line[]): Paragraph {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const lead = first.text.length - first.text.trimStart().length;
  const value = group.map((l) => l.text.trim()).join(" ");
  const trailing = last.text.trimEnd().length;
  const start = { line: first.line, column: lead + 1, offset: first.offset + lead };
  const end = { line: last.line, column: trailing + 1, offset: last.offset + trailing };
  return { type: "paragraph", children: [{ type: "text", value, position: { start, end } }], position: { start, end } };
}

function pointAt(lines: Line[], offset: number) {
  const last = lines[lines.length - 1]!;
  return { line: last.line, column: offset - last.offset + 1, offset };
}
