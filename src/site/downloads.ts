/**
 * Files for researchers and machines, serialised in TypeScript after
 * Eleventy has written the pages: every record as JSON (one per article, and
 * all as JSON Lines), every quote as CSV, and JSON Feeds. Each path is checked
 * to stay inside the output folder.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
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
  const write = async (url: string, key: string, body: () => string) => {
    const file = path.join(outDir, url.replace(/^\//, ""));
    assertInside(outDir, file);
    if (ledger?.isFresh(url.replace(/^\//, ""), key)) return;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body());
  };
  const whole = (text: string) => ({ key: hashOf(text), body: () => text });
  for (const r of records) await write(urls.record(r.id), hashOf("record", recordDigest(r)), () => `${JSON.stringify(r, null, 2)}\n`);
  // Written a record at a time: one string of every record would be the archive's size again.
  const jsonlFile = path.join(outDir, "downloads", "records.jsonl");
  assertInside(outDir, jsonlFile);
  if (!ledger?.isFresh("downloads/records.jsonl", hashOf("records.jsonl", ...records.map((r) => recordDigest(r))))) {
    await mkdir(path.dirname(jsonlFile), { recursive: true });
    writeLines(jsonlFile, records.map((r) => () => `${compactJson(r)}\n`));
  }
  const csv = whole(quotesCsv(records));
  await write("/downloads/quotes.csv", csv.key, csv.body);
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
export function quotesCsv(records: ArticleRecord[]): string {
  const cell = (value: string | number | null | undefined) => {
    let text = value == null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  const rows = [CSV_COLUMNS.map((c) => cell(c)).join(",")];
  for (const r of records) {
    for (const q of r.quotes) rows.push([r.id, r.title, r.date, q.paragraph, q.kind, q.speaker, q.role, q.cue, q.text].map(cell).join(","));
  }
  return `${rows.join("\r\n")}\r\n`;
}
