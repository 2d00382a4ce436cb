/**
 * Dateline places are set in capitals ("KYIV", "PORT-AU-PRINCE", "McALLEN");
 * records carry them in title case, with the particles a gazetteer writes in
 * lower case ("Port-au-Prince", "Dar es Salaam", "Frankfurt am Main").
 */

/** Words that stay lower case inside a place name (never as its first word). */
const PARTICLES = new Set(["de", "da", "das", "do", "dos", "du", "des", "del", "della", "la", "le", "les", "es", "el", "al", "au", "aux", "am", "an", "der", "den", "of", "on", "upon", "sur", "en", "y", "et"]);

/** Abbreviations kept as written: "D.C.", "N.Y.", "UK", "US", "USA" (but "ST." is "St."). */
const KEPT_CAPITALS = new Set(["USA", "UAE", "DRC", "NYC"]);

function isAbbreviation(word: string): boolean {
  if (/\p{L}\.\p{L}/u.test(word)) return true;
  const letters = word.replace(/[^\p{L}]/gu, "");
  return (letters.length <= 2 && !word.endsWith(".")) || KEPT_CAPITALS.has(letters);
}

function capitalise(part: string, first: boolean): string {
  const lower = part.toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  // "McALLEN" → "McAllen": the Mc prefix keeps its own capital.
  const mc = /^mc(\p{L})(.*)$/u.exec(lower);
  if (mc && /^Mc/.test(part)) return `Mc${mc[1]!.toUpperCase()}${mc[2]}`;
  // "O'HARE" → "O'Hare": capital after an apostrophe when a letter follows it.
  return lower.replace(/(^|['’])(\p{L})/gu, (_m, mark: string, letter: string) => mark + letter.toUpperCase());
}

function titleWord(word: string, first: boolean): string {
  if (!/\p{Lu}/u.test(word) || /\p{Ll}/u.test(word.replace(/^Mc/, ""))) return word; // already mixed case: keep it
  if (!first && PARTICLES.has(word.toLowerCase())) return word.toLowerCase();
  if (isAbbreviation(word)) return word;
  return word
    .split("-")
    .map((part, i) => capitalise(part, first && i === 0))
    .join("-");
}

/** "KYIV, UKRAINE" → "Kyiv, Ukraine"; "STAMFORD, Conn." → "Stamford, Conn."; mixed case kept. */
export function placeTitleCase(place: string): string {
  return place
    .split(/(,\s*)/)
    .map((segment) => {
      if (/^,\s*$/.test(segment)) return ", ";
      return segment
        .split(/\s+/)
        .filter(Boolean)
        .map((word, i) => word.split("/").map((part, j) => titleWord(part, i === 0 || j > 0)).join("/"))
        .join(" ");
    })
    .join("");
}
