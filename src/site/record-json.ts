/**
 * A record's compact JSON, made once per build: the render plan hashes it,
 * and the downloads hash and write it (records.jsonl, each record's file).
 */
import type { ArticleRecord } from "../record/schema.ts";

let compact = new WeakMap<ArticleRecord, string>();

/** Forget every record's JSON: called when a build starts, since a caller may have edited a record in place. */
export function forgetRecordJson(): void {
  compact = new WeakMap();
}

export function compactJson(record: ArticleRecord): string {
  let json = compact.get(record);
  if (json === undefined) compact.set(record, (json = JSON.stringify(record)));
  return json;
}
