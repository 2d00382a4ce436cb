import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { articleFromBytes, isFatal, readArticle } from "../../src/ingest/read-article.ts";

const rules = (bytes: Uint8Array) => articleFromBytes(bytes, "a.txt").messages.map((m) => `${m.ruleId}@${m.line}:${m.column}${m.fatal ? "!" : ""}`);

describe("readArticle", () => {
  it("should refuse empty, white-space-only and binary files", () => {
    assert.deepEqual(rules(Buffer.alloc(0)), ["empty-file@1:1!"]);
    assert.deepEqual(rules(Buffer.from(" \n\t\r\n ")), ["empty-file@1:1!"]);
    assert.deepEqual(rules(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])), ["binary-file@1:1!"]);
  });

  it("should remove NUL bytes from text and warn where the first was", () => {
    const file = articleFromBytes(Buffer.from("Headline\n\nThe mayor\0 said so.\n"), "a.txt");
    assert.equal(String(file.value), "Headline\n\nThe mayor said so.\n");
    assert.deepEqual(rules(Buffer.from("Headline\n\nThe mayor\0 said so.\n")), ["nul-bytes@3:10"]);
  });

  it("should warn once for Windows-1252 text and keep the characters right", () => {
    const file = articleFromBytes(Buffer.from("Fee: \xa315m, \x93ok\x94\n", "latin1"), "a.txt");
    assert.equal(String(file.value), "Fee: £15m, “ok”\n");
    assert.deepEqual(rules(Buffer.from("Fee: \xa315m\n", "latin1")), ["encoding@1:6"]);
  });

  it("should refuse a line longer than the limit with its line number, quickly", () => {
    const text = `Head\n\n${"word ".repeat(40_000)}\n`;
    const file = articleFromBytes(Buffer.from(text), "a.txt");
    assert.equal(isFatal(file), true);
    assert.equal(file.messages[0]?.ruleId, "line-too-long");
    assert.equal(file.messages[0]?.line, 3);
    assert.match(file.messages[0]?.reason ?? "", /200,000 characters long; the limit is 50,000/);
  });

  it("should refuse a file over the size limit without reading it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "clippings-read-"));
    const big = path.join(dir, "big.txt");
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024, 0x61));
    const file = await readArticle(big, dir);
    assert.equal(file.messages[0]?.ruleId, "file-too-large");
    assert.match(file.messages[0]?.reason ?? "", /10\.0 MiB; the limit for one article is 1\.0 MiB/);
    assert.equal(file.data.relativePath, "big.txt");
  });

  it("should report a file that cannot be read instead of throwing", async () => {
    const file = await readArticle(path.join(tmpdir(), "clippings-missing", "gone.txt"), tmpdir());
    assert.equal(file.messages[0]?.ruleId, "unreadable-file");
  });

  it("should keep line numbers of CRLF files", () => {
    const file = articleFromBytes(Buffer.from("---\r\ntitle: x\r\ndate: nope\r\n---\r\nBody\r\n"), "a.md");
    assert.deepEqual(file.messages.map((m) => [m.ruleId, m.line]), [["front-matter-date", 3]]);
    assert.equal(String(file.value), "\n\n\n\nBody\n");
  });
});
