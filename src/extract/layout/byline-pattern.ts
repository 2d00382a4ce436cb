/**
 * Bylines as a block of their own: "By Jane Doe", "By JANE DOE, Associated
 * Press", "By Jane Doe and John Smith", "By Jane Doe in Kyiv",
 * "By Jane Doe | Reuters". A lede that opens with "By" ("By Monday, prices
 * had ...", "By the end of the year ...") is prose, not a byline: the whole
 * block must be names, an optional outlet and an optional place.
 */
import { placeTitleCase } from "./place-case.ts";

/** Capitalised words that follow "By" in prose, never in a byline. */
const NOT_NAMES = new Set([
  "The", "This", "That", "These", "Those", "Then", "Now", "Next", "Last", "Early", "Late", "Mid", "Midday", "Midnight", "Noon",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow", "Tonight", "Yesterday",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Comparison", "Contrast", "Far", "Law", "Train", "Car", "Air", "Sea", "Road", "Rail", "All", "Some", "Most", "Many", "Its", "His", "Her", "Their", "Our",
]);

const NAME_WORD = String.raw`(?:\p{Lu}\.|(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’\-]*)`;
const PARTICLE = String.raw`(?:de|da|van|von|der|den|del|di|le|la|bin|al)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}){1,3}`;
const OUTLET = String.raw`(?:the\s+)?\p{Lu}[\p{L}&.'’\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.'’\-]*){0,4}`;
const BYLINE = new RegExp(
  String.raw`^By:?\s+(?<names>${NAME}(?:\s*(?:,\s*and|and|&)\s+${NAME})*)(?:\s*(?:,|\||—|–|-)\s*(?<outlet>${OUTLET}(?:,\s*${OUTLET})?))?(?:\s+in\s+(?<place>${OUTLET}))?\s*\.?$`,
  "u",
);

export interface BylineMatch {
  /** Names with their outlet, as the record shows them ("Jane Doe, Associated Press"). */
  text: string;
  names: string[];
  outlet: string | null;
}

export function matchByline(text: string): BylineMatch | null {
  if (text.length > 140) return null;
  const match = BYLINE.exec(text.trim());
  const groups = match?.groups;
  if (!groups?.names) return null;
  const names = groups.names
    .split(/\s*(?:,?\s*\band\b|&)\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.some((n) => NOT_NAMES.has(n.split(/\s+/)[0] ?? ""))) return null;
  // Title case only the words set in capitals: "JANE DOE" → "Jane Doe", "McALLISTER" → "McAllister".
  const proper = names.map((n) => placeTitleCase(n));
  const outlet = groups.outlet?.trim() || null;
  const joined = proper.length > 1 ? `${proper.slice(0, -1).join(", ")} and ${proper[proper.length - 1]}` : (proper[0] ?? "");
  return { text: outlet ? `${joined}, ${outlet}` : joined, names: proper, outlet };
}

const CREDIT_ROLE = String.raw`(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Cc]ompiled)(?:\s+and\s+(?:[Ww]riting|[Ee]diting))?`;
const PLACED_NAME = String.raw`${NAME}(?:\s+in\s+${OUTLET})?`;
const CREDIT_PART = String.raw`${CREDIT_ROLE}\s+by\s+${PLACED_NAME}(?:\s*(?:,\s*and|,|and|&)\s+${PLACED_NAME})*`;
const TRAILER = new RegExp(String.raw`^\(?\s*(?<parts>${CREDIT_PART}(?:\s*[;,]\s*${CREDIT_PART})*)\s*\)?\s*\.?$`, "u");

/**
 * The wire-service trailer "(Reporting by Jane Doe in Kyiv; Editing by John
 * Smith)": the reporters, who wrote the story when no byline heads it.
 */
export function matchReportingTrailer(text: string): BylineMatch | null {
  if (text.length > 300) return null;
  const parts = TRAILER.exec(text.trim())?.groups?.parts;
  if (!parts) return null;
  const reporting = parts.split(/\s*;\s*/).filter((p) => /^(?:[Aa]dditional\s+)?[Rr]eporting|^[Ww]riting/.test(p));
  const names = reporting
    .flatMap((p) => p.replace(new RegExp(String.raw`^${CREDIT_ROLE}\s+by\s+`, "u"), "").split(/\s*(?:,?\s*\band\b|,|&)\s*/))
    .map((n) => n.replace(/\s+in\s+.*$/u, ""))
    .map((n) => placeTitleCase(n.trim()))
    .filter(Boolean);
  if (!names.length) return null;
  const joined = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0]!;
  return { text: joined, names, outlet: null };
}
