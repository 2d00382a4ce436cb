import assert from "node:assert/strict";
import { describe, it } from "node:test";
import iconv from "iconv-lite";
import { binaryReason, decodeBytes, positionAt, sanitizeText, scanUtf8 } from "../../src/ingest/decode.ts";

const latin1 = (s: string) => Buffer.from(s, "latin1");

describe("decodeBytes", () => {
  it("should read plain UTF-8 without a fallback", () => {
    const d = decodeBytes(Buffer.from("Café “quoted” — ok"));
    assert.equal(d.text, "Café “quoted” — ok");
    assert.equal(d.fallback, false);
    assert.equal(d.binary, null);
  });

  it("should drop a UTF-8 byte-order mark", () => {
    const d = decodeBytes(Buffer.from("\uFEFFHeadline\nBody"));
    assert.equal(d.text, "Headline\nBody");
    assert.equal(d.hadBom, true);
  });

  it("should turn CRLF and lone CR into LF", () => {
    assert.equal(decodeBytes(Buffer.from("a\r\nb\rc\n\r\nd")).text, "a\nb\nc\n\nd");
  });

  it("should read Windows-1252 bytes as Windows-1252, curly quotes and euro included", () => {
    const d = decodeBytes(Buffer.concat([latin1("Caf\xe9 costs "), Buffer.from([0x80]), latin1("5, she said "), Buffer.from([0x93, 0x68, 0x69, 0x94])]));
    assert.equal(d.text, "Café costs €5, she said “hi”");
    assert.equal(d.fallback, true);
    assert.equal(d.encoding, "windows-1252");
    assert.deepEqual(d.firstInvalid, { line: 1, column: 4 });
  });

  it("should give the line and column of the first byte that is not UTF-8, across CRLF and CR", () => {
    const d = decodeBytes(latin1("one\r\ntwo\rthree \xa315m"));
    assert.deepEqual(d.firstInvalid, { line: 3, column: 7 });
    assert.equal(d.text, "one\ntwo\nthree £15m");
  });

  it("should keep the UTF-8 of a file that mixes it with stray Windows-1252 bytes", () => {
    const d = decodeBytes(Buffer.concat([Buffer.from("Zelenskyy “said” "), Buffer.from([0xe9])]));
    assert.equal(d.text, "Zelenskyy “said” é");
    assert.equal(d.mixed, true);
    assert.equal(d.invalidBytes, 1);
  });

  it("should read Cyrillic, Central European and Japanese legacy encodings when chardet is sure of them", () => {
    for (const [text, encoding] of [
      ["Президент заявил, что войска попытаются добиться полной деоккупации территории страны.", "windows-1251"],
      ["Prezydent powiedział, że żołnierze będą walczyć o każdy kawałek ziemi. Źródła w rządzie potwierdziły.", "windows-1250"],
      ["東京の天気は晴れです。今日は良い一日になるでしょう。明日も晴れる予定です。", "shift_jis"],
    ] as const) {
      const d = decodeBytes(iconv.encode(text, encoding));
      assert.equal(d.text, text, encoding);
      assert.equal(d.encoding, encoding);
    }
  });

  it("should keep short English Latin-1 text as Windows-1252", () => {
    for (const text of ["Fee £5", "The £1bn deal, which includes a £200m bonus, was agreed in Zürich."]) assert.equal(decodeBytes(iconv.encode(text, "latin1")).text, text);
  });

  it("should read UTF-16 with and without a byte-order mark", () => {
    assert.equal(decodeBytes(Buffer.from("\uFEFFHello\r\nworld", "utf16le")).text, "Hello\nworld");
    const d = decodeBytes(Buffer.from("Hello there, world of UTF-16", "utf16le"));
    assert.equal(d.text, "Hello there, world of UTF-16");
    assert.equal(d.encoding, "utf-16le");
  });

  it("should name binary files instead of decoding them", () => {
    assert.match(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).binary ?? "", /PNG image/);
    const noise = Buffer.alloc(4096, 0);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256;
    assert.match(decodeBytes(noise).binary ?? "", /binary data/);
  });

  it("should not call text with a few stray NUL bytes binary", () => {
    assert.equal(binaryReason(Buffer.from("A long enough line of article text\0 with one NUL in it.")), null);
  });
});

describe("scanUtf8", () => {
  it("should reject overlong forms and surrogates", () => {
    assert.deepEqual(scanUtf8(Buffer.from([0xc0, 0xaf])).invalid, [0, 1]);
    assert.deepEqual(scanUtf8(Buffer.from([0xed, 0xa0, 0x80])).invalid, [0, 1, 2]);
    assert.equal(scanUtf8(Buffer.from("ü€😀")).multiByte, 3);
  });
});

describe("sanitizeText", () => {
  it("should remove NUL and control characters and say where the first was", () => {
    const s = sanitizeText("ab\n cd\u0000e\u0007f\tg\fh");
    assert.equal(s.text, "ab\n cdef\tg h");
    assert.deepEqual(s.nul, { count: 1, first: { line: 2, column: 4 } });
    assert.deepEqual(s.control, { count: 1, first: { line: 2, column: 6 } });
  });
});

describe("positionAt", () => {
  it("should count a CRLF pair as one line break", () => {
    assert.deepEqual(positionAt("a\r\nbc", 4), { line: 2, column: 2 });
  });
});
