/**
 * Citations no cue verb carries: documents and their authors ("a report by
 * the National Audit Office found", "a study published by X").
 */
import type { VFile } from "vfile";

export interface Cited {
  name: string;
  kind: string;
  channel: string | null;
  paragraph: number;
}

export function citedSources(_file: VFile): Cited[] {
  return [];
}
