/** The JSON Schema of ArticleRecord, generated from the zod schema (zod's own export). */
import { z } from "zod";
import { ArticleRecord } from "./schema.ts";

export const JSON_SCHEMA_PATH = "record.schema.json";

export function recordJsonSchema(): string {
  const schema = z.toJSONSchema(ArticleRecord, { target: "draft-2020-12" });
  return `${JSON.stringify({ ...schema, $id: "https://clippings.invalid/record.schema.json", title: "ArticleRecord" }, null, 2)}\n`;
}
