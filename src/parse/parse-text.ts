/**
 * Raw text → mdast. Paragraphs are separated by one newline (seed 000) or by
 * blank lines (seed 004, BBC); a block of hard-wrapped lines (short lines that
 * run on mid-sentence) is joined into one paragraph. Every paragraph node
 * carries its true position in the file.
 */
import type { Paragraph, Root } from "mdast";

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

/** A block is one paragraph per line unless its lines look hard-wrapped. */
function splitBlock(block: Line[]): Line[][] {
  if (block.length > 1 && looksWrapped(block)) return [block];
  return block.map((l) => [l]);
}

function looksWrapped(block: Line[]): boolean {
  const heads = block.slice(0, -1);
  const lengths = heads.map((l) => l.text.trimEnd().length);
  const longest = Math.max(...lengths);
  // Wrapped text: every line but the last is of similar, moderate length and
  // most of them stop mid-sentence.
  if (longest > 100) return false;
  const midSentence = heads.filter((l) => !/[.!?:"'\u201d\u2019)]\s*$/.test(l.text)).length;
  return lengths.every((n) => n >= longest * 0.6) && midSentence >= heads.length / 2;
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
