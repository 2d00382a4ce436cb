/**
 * Files for researchers and machines, serialised in TypeScript after
 * Eleventy has written the pages: every record as JSON (one per article, and
 * all as JSON Lines), every quote as CSV, and JSON Feeds. Each path is checked
 * to stay inside the output folder.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import type { Archive } from "../archive/build-archive.ts";
import type { ArticleRecord } from "../record/schema.ts";
import type { SiteData } from "./data.ts";
import { hashOf, pageKeys, type RenderLedger } from "./render-plan.ts";
import { jsonFeed } from "./feeds.ts";
import { compactJson, recordDigest } from "./record-json.ts";
import { assertInside, urls } from "./urls.ts";

/** With a ledger, a file whose content is what the last build wrote is left alone. */
export async function writeDownloads(outDir: string, archive: Pick<Archive, "records">, site: SiteData, ledger: RenderLedger | null = null): Promise<void> {
  const published = new Set(site.articles.map((a) => a.id));
  const records = archive.records.filter((r) => published.has(r.id)).sort((a, b) => a.id.localeCompare(b.id));
  // Written synchronously and piece by piece, each piece made only when it is
  // written: thousands of small files whose texts die at once (async writes
  // kept them alive into the old generation: about 100 MB at 16,000 records),
  // and big files (records.jsonl, quotes.csv) never held as one string.
  // `key` names the content; nothing is made when the file is fresh.
  const made = new Set<string>();
  const write = (url: string, key: string, pieces: (() => string)[]) => {
    const relative = url.replace(/^\//, "");
    const file = path.join(outDir, relative);
    assertInside(outDir, file);
    if (ledger?.isFresh(relative, key)) return;
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeLines(file, pieces);
  };
  const digests = records.map((r) => recordDigest(r));
  records.forEach((r, i) => write(urls.record(r.id), hashOf("record", digests[i]!), [() => `${JSON.stringify(r, null, 2)}\n`]));
  write("/downloads/records.jsonl", hashOf("records.jsonl", ...digests), records.map((r) => () => `${compactJson(r)}\n`));
  write("/downloads/quotes.csv", hashOf("quotes.csv", ...digests), [() => `${csvRow(CSV_COLUMNS)}\r\n`, ...records.map((r) => () => quoteRows(r))]);
  for (const feed of site.feeds) {
    // The Atom feed's key (render-plan.ts) covers the feed and the settings: the JSON Feed is made only when it changed.
    const planned = pageKeys.get(feed);
    const body = () => `${JSON.stringify(jsonFeed(feed, site), null, 2)}\n`;
    if (planned) write(feed.jsonUrl, hashOf("jsonfeed", planned), [body]);
    else {
      const text = body();
      write(feed.jsonUrl, hashOf(text), [() => text]);
    }
  }
}

/** Writes a file piece by piece, each piece made only when it is written. */
export function writeLines(file: string, pieces: (() => string)[]): void {
  const fd = openSync(file, "w");
  try {
    for (const piece of pieces) writeSync(fd, piece());
  } finally {
    closeSync(fd);
  }
}

const CSV_COLUMNS = ["article_id", "article_title", "date", "paragraph", "kind", "speaker", "role", "cue", "text"] as const;

/** RFC 4180: every field quoted, quotes doubled; a leading =+-@ is prefixed so spreadsheets do not run it. */
function csvRow(values: readonly (string | number | null | undefined)[]): string {
  const cell = (value: string | number | null | undefined) => {
    let text = value == null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  return values.map(cell).join(",");
}

/** One record's quotes as CSV lines, each ended by CRLF. */
function quoteRows(r: ArticleRecord): string {
  return r.quotes.map((q) => `${csvRow([r.id, r.title, r.date, q.paragraph, q.kind, q.speaker, q.role, q.cue, q.text])}\r\n`).join("");
}

/** Every quote of the records as CSV, with a header line. */
export function quotesCsv(records: ArticleRecord[]): string {
  return `${csvRow(CSV_COLUMNS)}\r\n${records.map(quoteRows).join("")}`;
}
