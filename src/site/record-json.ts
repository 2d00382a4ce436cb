/**
 * A record's compact JSON and its digest, made once per build: the render
 * plan keys pages by the digest, and the downloads and the archive cache
 * write the JSON (records.jsonl, each record's file, the kept archive).
 * Digests are kept for every record; the JSON only up to a budget, so a big
 * archive does not hold a second copy of itself in memory for the whole build
 * (16,000 records: about 125 MB); past it, the JSON is made again when written.
 */
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../record/schema.ts";

/** Characters of record JSON kept in memory per build. */
const JSON_BUDGET = 48_000_000;

let made = new WeakMap<ArticleRecord, { json: string | null; digest: string }>();
let kept = 0;
/** The entries holding JSON, so it can be let go while their digests stay. */
let holding: { json: string | null }[] = [];

/** Forget every record's JSON: called when a build starts, since a caller may have edited a record in place. */
export function forgetRecordJson(): void {
  made = new WeakMap();
  kept = 0;
  holding = [];
}

/**
 * Lets the kept JSON go and keeps the digests: a big archive renders without
 * it (up to JSON_BUDGET characters, about 48 MB) and makes it again when the
 * downloads and the kept archive are written. Nothing more is kept afterwards.
 */
export function releaseRecordJson(): void {
  for (const e of holding) e.json = null;
  holding = [];
  kept = JSON_BUDGET;
}

function entry(record: ArticleRecord): { json: string | null; digest: string } {
  let e = made.get(record);
  if (!e) {
    const json = JSON.stringify(record);
    const keep = kept + json.length <= JSON_BUDGET;
    if (keep) kept += json.length;
    made.set(record, (e = { json: keep ? json : null, digest: createHash("sha1").update(json).digest("hex") }));
    if (keep) holding.push(e);
    return keep ? e : { json, digest: e.digest };
  }
  return e;
}

export function compactJson(record: ArticleRecord): string {
  return entry(record).json ?? JSON.stringify(record);
}

/** A digest of the record's JSON: what page keys and download keys are made from. */
export function recordDigest(record: ArticleRecord): string {
  return entry(record).digest;
}
