/**
 * Bytes → text, saying what was assumed.
 *
 * - A UTF-8 BOM is dropped; a UTF-16 BOM (or the NUL pattern of UTF-16
 *   without one) decodes as UTF-16, with a warning.
 * - Strict UTF-8 first (Node 20's windows-1252 TextDecoder mangles
 *   0x80–0x9F, see DESIGN.md traps). Bytes that are not UTF-8 are decoded
 *   with iconv-lite: a file with no valid UTF-8 sequence at all as the
 *   encoding chardet finds (Windows-1252 unless chardet is sure of something
 *   else: Latin-1 and Windows-1252 agree on every printable Latin-1
 *   character, and 1252 also has the curly quotes and dashes Word writes);
 *   a file that mixes UTF-8 with stray single bytes keeps its UTF-8 and only
 *   the stray bytes are read as Windows-1252.
 * - Binary files (known signatures, or too many control bytes) are named as
 *   such rather than decoded into noise.
 * - CRLF and lone CR become LF; line numbers and columns stay those an
 *   editor shows.
 */
import chardet from "chardet";
import iconv from "iconv-lite";

export interface Position {
  line: number;
  column: number;
}

export interface Decoded {
  text: string;
  /** The encoding the text was read as ("utf-8", "windows-1252", "utf-16le" ...). */
  encoding: string;
  /** True when the bytes were not (only) valid UTF-8 and a fallback was used. */
  fallback: boolean;
  /** True when UTF-8 and stray single-byte characters were mixed in one file. */
  mixed: boolean;
  hadBom: boolean;
  /** Where the first byte that is not UTF-8 sits (fallback only). */
  firstInvalid: Position | null;
  /** How many bytes were not UTF-8 (fallback only). */
  invalidBytes: number;
}

export interface DecodeResult extends Decoded {
  /** Why the bytes are not text at all (then `text` is empty), or null. */
  binary: string | null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** File signatures of formats that are never article text. */
const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "a GIF image" },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: "a PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "a ZIP archive (or a Word/OpenDocument file)" },
  { bytes: [0x1f, 0x8b], name: "a gzip archive" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: "an executable" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: "an old Microsoft Office document" },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: "a RAR archive" },
  { bytes: [0x42, 0x5a, 0x68], name: "a bzip2 archive" },
  { bytes: [0x00, 0x61, 0x73, 0x6d], name: "a WebAssembly module" },
];

export function decodeBytes(input: Uint8Array): DecodeResult {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const none = { fallback: false, mixed: false, firstInvalid: null, invalidBytes: 0 };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { binary: null, ...decodeUtf8(bytes.subarray(3)), hadBom: true };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { binary: null, ...none, text: normaliseNewlines(iconv.decode(bytes.subarray(2), encoding)), encoding, fallback: true, hadBom: true };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { binary: null, ...none, text: normaliseNewlines(iconv.decode(bytes, utf16)), encoding: utf16, fallback: true, hadBom: false };

  const binary = binaryReason(bytes);
  if (binary) return { binary, ...none, text: "", encoding: "binary", hadBom: false };
  return { binary: null, ...decodeUtf8(bytes), hadBom: false };
}

function decodeUtf8(bytes: Buffer): Omit<Decoded, "hadBom"> {
  try {
    return { text: normaliseNewlines(utf8.decode(bytes)), encoding: "utf-8", fallback: false, mixed: false, firstInvalid: null, invalidBytes: 0 };
  } catch {
    return decodeLegacy(bytes);
  }
}

/** Bytes that are not valid UTF-8: decode what is UTF-8 as UTF-8 and the rest as a single-byte encoding. */
function decodeLegacy(bytes: Buffer): Omit<Decoded, "hadBom"> {
  const runs = scanUtf8(bytes);
  // Mixed only when real UTF-8 outweighs the stray bytes: CJK legacy
  // encodings form a few valid-looking sequences by accident.
  const validMultiByte = runs.multiByte > 0 && runs.multiByte >= runs.invalid.length;
  let raw: string;
  let encoding: string;
  let firstInvalidChar: number;
  if (validMultiByte) {
    // Mostly UTF-8 with stray bytes (a Latin-1 paste into a UTF-8 file): keep the UTF-8.
    encoding = "utf-8+windows-1252";
    raw = "";
    firstInvalidChar = -1;
    let start = 0;
    for (const bad of runs.invalid) {
      raw += bytes.subarray(start, bad).toString("utf8");
      if (firstInvalidChar < 0) firstInvalidChar = raw.length;
      raw += iconv.decode(bytes.subarray(bad, bad + 1), "windows-1252");
      start = bad + 1;
    }
    raw += bytes.subarray(start).toString("utf8");
  } else {
    encoding = detectSingleByte(bytes);
    raw = iconv.decode(bytes, encoding);
    // A single-byte encoding maps byte n to character n.
    firstInvalidChar = encoding.startsWith("windows-") || encoding.startsWith("iso-8859") || encoding.startsWith("koi8") ? (runs.invalid[0] ?? 0) : -1;
  }
  return {
    text: normaliseNewlines(raw),
    encoding,
    fallback: true,
    mixed: validMultiByte,
    firstInvalid: firstInvalidChar >= 0 ? positionAt(raw, firstInvalidChar) : null,
    invalidBytes: runs.invalid.length,
  };
}

/**
 * chardet's guess between ISO-8859-1 and Windows-1252 (and its neighbours)
 * is unreliable on short texts; 1252 is the safe reading for Western text.
 * Another encoding is used only when chardet is confident of it.
 */
function detectSingleByte(bytes: Buffer): string {
  const guesses = chardet.analyse(bytes);
  const western = (name: string) => /^(iso-8859-1|iso-8859-15|windows-1252|ascii|utf-8)$/i.test(name);
  const best = guesses[0];
  if (!best || western(best.name)) return "windows-1252";
  const name = best.name.toLowerCase();
  const westernConfidence = guesses.find((g) => western(g.name))?.confidence ?? 0;
  // Cyrillic, Central European, CJK...: only when chardet is fairly sure and clearly prefers it.
  if (best.confidence >= 40 && best.confidence - westernConfidence >= 20 && iconv.encodingExists(name) && !name.startsWith("utf")) return name;
  return "windows-1252";
}

interface Utf8Scan {
  /** Offsets of bytes that are not part of a valid UTF-8 sequence. */
  invalid: number[];
  /** Count of valid multi-byte sequences. */
  multiByte: number;
}

/** A forgiving UTF-8 scanner: where strict decoding fails, which bytes are to blame. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const invalid: number[] = [];
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const c = bytes[i + k];
        if (c === undefined || c < 0x80 || c > 0xbf) ok = false;
      }
      const c1 = bytes[i + 1] ?? 0;
      // Overlongs, surrogates and code points past U+10FFFF are not UTF-8.
      if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) ok = false;
    }
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      invalid.push(i);
      i++;
    }
  }
  return { invalid, multiByte };
}

/** UTF-16 without a BOM: most code units of Latin text have one zero byte, always on the same side. */
function guessUtf16(bytes: Buffer): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const units = sample.length / 2;
  if (oddZero > units * 0.6 && evenZero < units * 0.05) return "utf-16le";
  if (evenZero > units * 0.6 && oddZero < units * 0.05) return "utf-16be";
  return null;
}

/** Why the bytes look binary, or null when they look like text (stray NULs are text's problem, not binary). */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) if (startsWith(bytes, sig.bytes)) return `The file is ${sig.name}, not article text`;
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  // Text has almost no control bytes; random or compressed data has about one in ten.
  if ((control >= 8 && control > sample.length * 0.02) || control > sample.length * 0.3) {
    return "The file holds binary data (many control bytes), not article text";
  }
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** CRLF and lone CR become LF: line numbers stay the same, columns too. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** 1-based line and column of a character offset, counting CRLF, CR and LF as one line break each. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export interface Sanitized {
  text: string;
  /** NUL characters removed, and where the first one was. */
  nul: { count: number; first: Position | null };
  /** Other control characters removed (not tab or newline), and where the first one was. */
  control: { count: number; first: Position | null };
}

/**
 * Removes NUL and other control characters that have no place in article
 * text (and would make invalid HTML), remembering where they were.
 * Tabs and newlines stay; a form feed or vertical tab (old page and line
 * breaks) becomes a space, so words stay apart and line numbers stay true.
 */
export function sanitizeText(input: string): Sanitized {
  const text = input.replace(/[\f\v]/g, " ");
  const nul = { count: 0, first: null as Position | null };
  const control = { count: 0, first: null as Position | null };
  if (!/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/.test(text)) return { text, nul, control };
  const out = text.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, (c, offset: number) => {
    const bucket = c === "\u0000" ? nul : control;
    if (bucket.count++ === 0) bucket.first = positionAt(text, offset);
    return "";
  });
  return { text: out, nul, control };
}
