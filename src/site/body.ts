/**
 * An article body as segments the templates render with autoescaping: text,
 * quotes (<q>, with the speaker's page) and first mentions of people, places
 * and organizations (links). Article text never becomes markup here; the
 * templates escape every segment (DESIGN.md: never `| safe` an article field).
 */
import type { ArticleRecord, Quote } from "../record/schema.ts";

export type Segment =
  | { type: "text"; text: string }
  | { type: "link"; text: string; url: string; kind: string }
  | { type: "quote"; text: string; speaker: string | null; speakerUrl: string | null; kind: Quote["kind"]; showSpeaker?: boolean };

export interface BodyBlock {
  index: number;
  /** p: a body paragraph; blockquote: a paragraph that is one quote; figure: a caption; fragment: scraper debris. */
  type: "p" | "blockquote" | "figure" | "fragment";
  segments: Segment[];
  speaker?: { name: string; url: string | null } | null;
  credit?: string | null;
}

export interface Mention {
  names: string[];
  url: string;
  kind: string;
}

const OPEN = "\"'\u201c\u2018\u00ab\u201e";
const CLOSE = "\"'\u201d\u2019\u00bb\u201c";

export function bodyBlocks(record: ArticleRecord, speakerUrl: (name: string) => string | null, mentions: Mention[]): BodyBlock[] {
  const captions = new Map(record.captions.map((c) => [c.paragraph, c]));
  const linked = new Set<string>();
  const out: BodyBlock[] = [];
  for (const p of record.paragraphs) {
    if (p.role === "headline" || p.role === "dateline" || p.role === "byline") continue;
    const caption = captions.get(p.index);
    if (p.role === "caption" || caption) {
      out.push({ index: p.index, type: "figure", segments: [{ type: "text", text: caption?.text ?? p.text }], credit: caption?.credit ?? null });
      continue;
    }
    if (p.role === "fragment") {
      out.push({ index: p.index, type: "fragment", segments: [{ type: "text", text: p.text }] });
      continue;
    }
    const quotes = record.quotes.filter((q) => q.paragraph === p.index && q.kind !== "indirect" && q.text.trim());
    const whole = quotes.length === 1 && quotes[0] && isWholeQuote(p.text, quotes[0].text) ? quotes[0] : null;
    if (whole) {
      const url = whole.speaker ? speakerUrl(whole.speaker) : null;
      out.push({ index: p.index, type: "blockquote", segments: linkMentions([{ type: "text", text: whole.text }], mentions, linked), speaker: whole.speaker ? { name: whole.speaker, url } : null });
      continue;
    }
    out.push({ index: p.index, type: "p", segments: linkMentions(quoteSegments(p.text, quotes, speakerUrl), mentions, linked) });
  }
  markSpeakerChanges(out);
  return out;
}

/** A speaker tag after a quote only where the voice changes: a run of one person's quotes is tagged once. */
function markSpeakerChanges(blocks: BodyBlock[]): void {
  let last: string | null = null;
  for (const b of blocks) {
    if (b.type === "blockquote") {
      last = b.speaker?.name ?? null;
      continue;
    }
    for (const s of b.segments) {
      if (s.type !== "quote" || s.kind !== "direct") continue;
      s.showSpeaker = !!s.speakerUrl && s.speaker !== last;
      last = s.speaker;
    }
  }
}

/** True when the paragraph is the quote and its marks, nothing else. */
function isWholeQuote(paragraph: string, quote: string): boolean {
  const trimmed = paragraph.trim();
  const inner = trimmed.replace(new RegExp(`^[${OPEN}]`), "").replace(new RegExp(`[${CLOSE}]$`), "");
  return inner.trim() === quote.trim() && inner.length < trimmed.length;
}

/** Splits text at each quote's first occurrence; the quote marks themselves are left to <q>. */
export function quoteSegments(text: string, quotes: Quote[], speakerUrl: (name: string) => string | null): Segment[] {
  const spans: { start: number; end: number; quote: Quote; tail: string }[] = [];
  for (const q of quotes) {
    let start = text.indexOf(q.text);
    if (start < 0) continue;
    let end = start + q.text.length;
    if (spans.some((s) => start < s.end && end > s.start)) continue;
    if (start > 0 && OPEN.includes(text[start - 1] ?? "")) start--;
    // '…Ukraine," he said': the quote's own comma or stop sits inside the closing mark, so both go into the <q>.
    const tail = ",.;:?!".includes(text[end] || "_") && CLOSE.includes(text[end + 1] || "_") ? text[end]! : "";
    if (tail || (end < text.length && CLOSE.includes(text[end] ?? ""))) end += tail ? 2 : 1;
    spans.push({ start, end, quote: q, tail });
  }
  spans.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ type: "text", text: text.slice(at, s.start) });
    const speaker = s.quote.speaker;
    out.push({ type: "quote", text: s.quote.text + s.tail, speaker, speakerUrl: speaker ? speakerUrl(speaker) : null, kind: s.quote.kind });
    at = s.end;
  }
  if (at < text.length) out.push({ type: "text", text: text.slice(at) });
  return out;
}

/** Links the first mention of each entity in the article, in text segments only. */
export function linkMentions(segments: Segment[], mentions: Mention[], linked: Set<string>): Segment[] {
  let current = segments;
  for (const m of mentions) {
    if (linked.has(m.url)) continue;
    const names = [...m.names].filter((n) => n.length > 2).sort((a, b) => b.length - a.length);
    for (const name of names) {
      const next = linkFirst(current, name, m);
      if (next) {
        current = next;
        linked.add(m.url);
        break;
      }
    }
  }
  return current;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** First whole-word occurrence of `name` in `text` (indexOf plus a boundary test: no regex per name). */
function findWord(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at > 0 ? text[at - 1]! : "";
    const after = text[at + name.length] ?? "";
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return at;
  }
  return -1;
}

function linkFirst(segments: Segment[], name: string, m: Mention): Segment[] | null {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (!s || s.type !== "text") continue;
    const at = findWord(s.text, name);
    if (at < 0) continue;
    const parts: Segment[] = [];
    if (at > 0) parts.push({ type: "text", text: s.text.slice(0, at) });
    parts.push({ type: "link", text: name, url: m.url, kind: m.kind });
    const rest = s.text.slice(at + name.length);
    if (rest) parts.push({ type: "text", text: rest });
    return [...segments.slice(0, i), ...parts, ...segments.slice(i + 1)];
  }
  return null;
}
