/**
 * Bytes → text. Strict UTF-8 first (Node 20's windows-1252 TextDecoder
 * mangles 0x80–0x9F, see DESIGN.md traps); on failure detect the encoding
 * with chardet and decode with iconv-lite, and say so.
 */
import chardet from "chardet";
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  encoding: string;
  /** True when the bytes were not valid UTF-8 and a fallback was used. */
  fallback: boolean;
  hadBom: boolean;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    return { text: normaliseNewlines(utf8.decode(body)), encoding: "utf-8", fallback: false, hadBom };
  } catch {
    // Not UTF-8. Single-byte Western text is by far the most common case in
    // news archives; chardet's guess between ISO-8859-1 and windows-1252 is
    // unreliable, and windows-1252 is a superset for printable text, so prefer it.
    const guess = (chardet.detect(body) ?? "windows-1252").toLowerCase();
    const encoding = /^(iso-8859-1|iso-8859-15|ascii)$/.test(guess) || !iconv.encodingExists(guess) ? "windows-1252" : guess;
    return { text: normaliseNewlines(iconv.decode(Buffer.from(body), encoding)), encoding, fallback: true, hadBom };
  }
}

/** CRLF and lone CR become LF: line numbers stay the same, columns too. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
