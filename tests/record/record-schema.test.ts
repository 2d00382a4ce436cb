import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { extractArticle } from "../../src/archive/extract-article.ts";
import { JSON_SCHEMA_PATH, recordJsonSchema } from "../../src/record/json-schema.ts";
import { ArticleRecord } from "../../src/record/schema.ts";

const articles = path.resolve("articles");
const SAMPLES = ["000_82f0f64b889d80f0.txt", "004_66e53a1cb4cfbe1d.txt"];

describe("the record contract", () => {
  it("should have a committed JSON Schema that matches the zod schema (run `npm run schema` when this fails)", () => {
    assert.equal(readFileSync(JSON_SCHEMA_PATH, "utf8"), recordJsonSchema());
  });

  it("should produce records of the sample archive that validate against the committed JSON Schema", async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA_PATH, "utf8")));
    for (const name of SAMPLES) {
      const result = await extractArticle(path.join(articles, name), articles);
      assert.ok(result.ok, `${name} should extract`);
      const record = JSON.parse(JSON.stringify(result.record));
      assert.ok(validate(record), `${name}: ${ajv.errorsText(validate.errors)}`);
      ArticleRecord.parse(record);
    }
  });

  it("should derive the id from the file path, not from extracted text", async () => {
    const result = await extractArticle(path.join(articles, SAMPLES[0]!), articles);
    assert.ok(result.ok);
    assert.equal(result.record.id, "000-82f0f64b889d80f0");
  });
});
