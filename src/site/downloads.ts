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
  // `key` names the content; `body` is made only when the file must be written.
  // Written synchronously: thousands of small files, and each text dies at
  // once instead of living on in the old generation until its write ends
  // (16,000 records grew the process by about 100 MB).
  const made = new Set<string>();
  const write = async (url: string, key: string, body: () => string) => {
    const file = path.join(outDir, url.replace(/^\//, ""));
    assertInside(outDir, file);
    if (ledger?.isFresh(url.replace(/^\//, ""), key)) return;
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, body());
  };
  const whole = (text: string) => ({ key: hashOf(text), body: () => text });
  for (const r of records) await write(urls.record(r.id), hashOf("record", recordDigest(r)), () => `${JSON.stringify(r, null, 2)}\n`);
  // Written a record at a time: one string of every record would be the archive's size again.
  const jsonlFile = path.join(outDir, "downloads", "records.jsonl");
  assertInside(outDir, jsonlFile);
  if (!ledger?.isFresh("downloads/records.jsonl", hashOf("records.jsonl", ...records.map((r) => recordDigest(r))))) {
    mkdirSync(path.dirname(jsonlFile), { recursive: true });
    writeLines(jsonlFile, records.map((r) => () => `${compactJson(r)}\n`));
  }
  // Keyed by the records it is made from and written a record's rows at a
  // time: the whole CSV at 16,000 articles is a string of tens of MB.
  const csvFile = path.join(outDir, "downloads", "quotes.csv");
  assertInside(outDir, csvFile);
  if (!ledger?.isFresh("downloads/quotes.csv", hashOf("quotes.csv", ...records.map((r) => recordDigest(r))))) {
    mkdirSync(path.dirname(csvFile), { recursive: true });
    writeLines(csvFile, [() => `${csvRow(CSV_COLUMNS)}\r\n`, ...records.map((r) => () => quoteRows(r))]);
  }
  for (const feed of site.feeds) {
    // The Atom feed's key (render-plan.ts) covers the feed and the settings: the JSON Feed is made only when it changed.
    const planned = pageKeys.get(feed);
    const body = () => `${JSON.stringify(jsonFeed(feed, site), null, 2)}\n`;
    if (planned) await write(feed.jsonUrl, hashOf("jsonfeed", planned), body);
    else {
      const json = whole(body());
      await write(feed.jsonUrl, json.key, json.body);
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
