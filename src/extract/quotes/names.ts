/**
 * Names in running text: capitalised runs of tokens, split into a role
 * ("Ukrainian Deputy Defence Minister") and a name ("Hanna Maliar"), and an
 * article-wide registry that maps short forms ("Mr Gaidai", "Zelensky") to the
 * full name the article introduced, with the gender its titles show.
 */
import countries from "i18n-iso-countries";
import type { Token } from "../text/tokens.ts";
import { DEMONYMS, FEMALE_HONORIFICS, GROUP_NOUNS, HONORIFICS, MALE_HONORIFICS, NEWS_OUTLETS, NOT_NAME, ORG_WORDS, PERSON_ROLE_NOUNS, ROLE_WORDS } from "./lexicon.ts";
import { firstNames, wordList } from "../../gazetteer/index.ts";
import { fold } from "../../gazetteer/fold.ts";

// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call, a hot-path cost.
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const ACRONYM_CHARS = /^[\p{Lu}\d&.-]+$/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const TITLE_PREFIX = /^(vice|deputy|co|ex|acting)-(?=\p{L})/u;

export type Gender = "male" | "female" | null;
export type NameKind = "person" | "organization" | "country" | "place";

export interface ParsedName {
  name: string;
  kind: NameKind;
  /** Title or role words before the name ("French President"). */
  role: string | null;
  gender: Gender;
  /** The name is a single word (a surname or a one-word organization). */
  single: boolean;
}

/** Small words allowed inside a capitalised name ("Bank of America", "Charles de Gaulle"). */
const CONNECTORS = new Set(["of", "the", "for", "de", "van", "von", "der", "den", "del", "dos", "al", "bin", "da", "di", "le", "la", "du", "y", "&", "and", "on"]);
/** Words that make a single capitalised word a place rather than a speaker ("Black Sea"). */
const PLACE_WORDS = new Set("sea river street road square mountains mountain island islands region province oblast county state valley bay lake ocean gulf strait".split(" "));

/** "Liam Fox", "Dr Fox": the only body word is an outlet's name ("Fox", "Sky") ending a person's name. */
function outletSurname(lower: string[], titled: boolean): boolean {
  const last = lower[lower.length - 1]!;
  if (!NEWS_OUTLETS.has(last) || lower.slice(0, -1).some((w) => ORG_WORDS.has(w) || NEWS_OUTLETS.has(w))) return false;
  // ("Dr Liam Fox": a title may stand before the first name too.)
  return (titled && lower.length === 1) || (lower.length === 2 && firstNames().has(fold(lower[0]!)));
}

/** Place words and months that are also surnames ("Brian May", "Mike Lake"). */
const SURNAME_WORDS = new Set(["lake", "bay", "may", "june", "august", "march", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday"]);

/**
 * "Mike Lake", "Michael Bay", "Brian May": a place word or month that is also a surname, after a known first name, ends a
 * person's name ("Lake Victoria", "Hudson Bay" have none).
 */
function surnamePlaceWord(lower: string[], i: number): boolean {
  return i === lower.length - 1 && i === 1 && SURNAME_WORDS.has(lower[i]!) && firstNames().has(fold(lower[0]!));
}

const COUNTRY_NAMES = new Set<string>();
for (const names of Object.values(countries.getNames("en", { select: "all" }))) for (const n of names) COUNTRY_NAMES.add(n.toLowerCase());
for (const n of ["us", "usa", "uk", "britain", "great britain", "america", "russia", "the us", "the uk", "eu", "european union", "nato", "england", "scotland", "wales", "northern ireland"]) COUNTRY_NAMES.add(n);

export const isCountry = (name: string) => COUNTRY_NAMES.has(name.toLowerCase());

export const stripPossessive = (w: string) => w.replace(/['\u2019]s?$/u, "");

/** A capitalised word that can be part of a name. */
export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.cap && !/^\d/.test(t.text);
}

/** Index of the first token of the capitalised run that ends at `end` (connectors allowed between capitals). */
export function capRunStart(tokens: Token[], end: number, floor = 0): number {
  let i = end;
  while (i - 1 >= floor) {
    const t = tokens[i - 1]!;
    if (isCapWord(t)) i--;
    else if (t.kind === "word" && CONNECTORS.has(t.lower) && isCapWord(tokens[i - 2]) && i - 2 >= floor) i -= 2;
    else break;
  }
  return i;
}

/** Index after the last token of the capitalised run that starts at `start`. */
export function capRunEnd(tokens: Token[], start: number, ceil = tokens.length): number {
  let i = start;
  while (i < ceil) {
    const t = tokens[i]!;
    if (isCapWord(t)) i++;
    else if (t.kind === "word" && CONNECTORS.has(t.lower) && isCapWord(tokens[i + 1]) && i + 1 < ceil && i > start) i += 2;
    else break;
  }
  return i;
}

const isAcronym = (w: string) => w.length >= 2 && ACRONYM_CHARS.test(w) && TWO_CAPITALS.test(w);

const parsedCache = new Map<string, ParsedName | null>();

/** An English word that is never a proper name (Debian's wamerican, data/names/english-words.txt), and no role, title or nationality. */
function neverAName(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLE_WORDS.has(lower) || PERSON_ROLE_NOUNS.has(lower) || HONORIFICS.has(lower) || DEMONYMS.has(lower)) return false;
  return wordList("names/english-words.txt").has(fold(word));
}

/**
 * Reads a run of words (a capitalised run, possibly with role words before it)
 * as a person, organization, country or place. Memoised: the same runs recur
 * across an article and an archive.
 */
export function parseName(words: string[]): ParsedName | null {
  const key = words.length === 1 ? words[0]! : words.join("\u0001");
  const hit = parsedCache.get(key);
  if (hit !== undefined) return hit;
  const parsed = parseNameUncached(words);
  if (parsedCache.size > 50_000) parsedCache.clear();
  parsedCache.set(key, parsed);
  return parsed;
}

function parseNameUncached(words: string[]): ParsedName | null {
  let ws = words.map(stripPossessive).filter(Boolean);
  // Sentence-initial words are capitalised too ("And Jamie Foxx", "The Kremlin").
  while (ws.length > 1 && NOT_NAME.has(ws[0]!.toLowerCase()) && !HONORIFICS.has(ws[0]!.toLowerCase())) ws = ws.slice(1);
  // "Earlier Tony Blair", "Judges Simon Cowell": a word that is never a proper
  // name before a first name and more is the sentence's, not the name's (role
  // words stay: they make the role).
  while (ws.length > 2 && neverAName(ws[0]!) && firstNames().has(fold(ws[1]!))) ws = ws.slice(1);
  if (ws.length === 1 && (NOT_NAME.has(ws[0]!.toLowerCase()) || PERSON_ROLE_NOUNS.has(ws[0]!.toLowerCase()))) return null;
  if (!ws.length) return null;
  // "ABN Amro's Eddie Wong": a possessive inside the run ends the organization before the name.
  const owner = words.findIndex((w, i) => i < words.length - 1 && /['\u2019]s$/u.test(w));
  if (owner >= 0 && words.length - owner - 1 >= 2) {
    const inner = parseName(words.slice(owner + 1));
    if (inner?.kind === "person") return { ...inner, role: words.slice(0, owner + 1).join(" ") };
  }
  // "Vice-President Dick Cheney", "Ex-Minister": a hyphenated title is its last part.
  // "Lord Nicholls of Birkenhead": a peer's title names one person.
  if (ws.length >= 4 && /^(lord|lady|baroness|baron)$/i.test(ws[0]!) && ws[2] === "of" && ws.slice(1).every((w, i) => i === 1 || UPPER_START.test(w))) {
    return { name: ws.slice(1).join(" "), kind: "person", role: null, gender: /^lord|baron$/i.test(ws[0]!) ? "male" : "female", single: false };
  }
  const lower = ws.map((w) => w.toLowerCase().replace(TITLE_PREFIX, ""));

  // The name starts after the last role word ("Deputy Defence Minister | Hanna Maliar").
  let lastRole = -1;
  for (let i = 0; i < ws.length - 1; i++) if (ROLE_WORDS.has(lower[i]!) || PERSON_ROLE_NOUNS.has(lower[i]!) || (i === 0 && DEMONYMS.has(lower[i]!))) lastRole = i;
  const tail = ws.slice(lastRole + 1);
  const tailLower = lower.slice(lastRole + 1);
  const honor = lower.slice(0, lastRole + 1).find((w) => HONORIFICS.has(w) || MALE_HONORIFICS.has(w) || FEMALE_HONORIFICS.has(w));
  const gender: Gender = honor && MALE_HONORIFICS.has(honor) ? "male" : honor && FEMALE_HONORIFICS.has(honor) ? "female" : null;
  // A role needs a role word: "BBC Mr Howard" has an honorific but no role.
  const roleWords = lastRole >= 0 ? ws.slice(0, lastRole + 1).filter((w) => !HONORIFICS.has(w.toLowerCase())) : [];
  const role = roleWords.some((w) => ROLE_WORDS.has(w.toLowerCase()) || PERSON_ROLE_NOUNS.has(w.toLowerCase())) ? roleWords.join(" ") : null;

  const orgLike = (ls: string[], raw: string[]) =>
    ls.some((w) => ORG_WORDS.has(w) || NEWS_OUTLETS.has(w)) || raw.some((w) => isAcronym(w) && !COUNTRY_NAMES.has(w.toLowerCase()));
  const personLike =
    tail.length >= 1 &&
    tail.length <= 4 &&
    tail.every((w) => UPPER_START.test(w) || ["de", "van", "von", "der", "den", "del", "dos", "al", "bin", "da", "di", "le", "la", "du"].includes(w)) &&
    // ("Liam Fox", "Dr Fox": an outlet's word as a surname after a first name or a title is a person's.)
    (!orgLike(tailLower, tail) || outletSurname(tailLower, !!honor)) &&
    !tailLower.some((w, i) => (NOT_NAME.has(w) && !surnamePlaceWord(tailLower, i)) || (PLACE_WORDS.has(w) && !surnamePlaceWord(tailLower, i)) || w === "and") &&
    !isCountry(tail.join(" ")) &&
    !DEMONYMS.has(tailLower[0]!);

  if (lastRole >= 0 && personLike && (tail.length >= 2 || honor || ROLE_WORDS.has(lower[lastRole]!))) {
    return { name: tail.join(" "), kind: "person", role, gender, single: tail.length === 1 };
  }
  // "Telecom analysts Ovum", "consultants Accenture": a name after a plural of people is their firm.
  if (lastRole >= 0 && tail.length === 1 && GROUP_NOUNS.has(lower[lastRole]!) && LOWER_START.test(ws[lastRole]!) && UPPER_START.test(tail[0]!)) {
    return { name: tail[0]!, kind: "organization", role: ws.slice(0, lastRole + 1).join(" "), gender: null, single: true };
  }
  const whole = ws.join(" ");
  if (isCountry(whole)) return { name: whole, kind: "country", role: null, gender: null, single: ws.length === 1 };
  if (orgLike(lower, ws) && !(personLike && outletSurname(tailLower, !!honor))) return { name: whole, kind: "organization", role: null, gender: null, single: ws.length === 1 };
  // "Downing St": "St" after a name is a street ("St Helens" before one is a saint).
  if (lower.some((w, i) => PLACE_WORDS.has(w) && !surnamePlaceWord(lower, i)) || (ws.length >= 2 && lower[lower.length - 1] === "st")) return { name: whole, kind: "place", role: null, gender: null, single: false };
  // A person's name is capitals only: "Telecom analysts Ovum" is not one.
  if (personLike && lastRole < 0 && ws.length >= 2) return { name: whole, kind: "person", role: null, gender, single: false };
  if (ws.length === 1 && !NOT_NAME.has(lower[0]!) && !DEMONYMS.has(lower[0]!)) {
    // One word: a surname when the registry knows it, else an organization ("Microsoft said").
    return { name: whole, kind: "organization", role: null, gender: null, single: true };
  }
  return null;
}

export interface PersonEntry {
  name: string;
  gender: Gender;
  roles: string[];
}

/** The people an article names in full, looked up by any of their name words' last one. */
export class Registry {
  private bySurname = new Map<string, PersonEntry>();
  private byRole = new Map<string, PersonEntry[]>();
  private byFirst = new Map<string, PersonEntry | null>();
  private byFull = new Map<string, PersonEntry>();

  add(parsed: ParsedName): void {
    if (parsed.kind !== "person") return;
    const parts = parsed.name.split(" ");
    const key = surnameKey(parts);
    let entry = this.byFull.get(parsed.name.toLowerCase()) ?? this.bySurname.get(key);
    // "Sharon Osbourne" after "Ozzy Osbourne": one family, two people; the surname stays with the first.
    const another = entry && !parsed.single && !sameFirstName(parts[0]!, entry.name.split(" ")[0]!) && !entry.name.endsWith(` ${parsed.name}`);
    if ((!entry || another) && !parsed.single) {
      entry = { name: parsed.name, gender: parsed.gender, roles: [] };
      if (!another) this.bySurname.set(key, entry);
      this.byFull.set(parsed.name.toLowerCase(), entry);
      const first = parts[0]!.toLowerCase();
      // "Sir John" is Sir John Bourn; a first name two people share resolves to neither.
      this.byFirst.set(first, this.byFirst.has(first) ? null : entry);
    }
    if (!entry) return;
    if (!entry.gender && parsed.gender) entry.gender = parsed.gender;
    if (parsed.role) this.addRole(entry, parsed.role);
  }

  addRole(entry: PersonEntry, role: string): void {
    const norm = normRole(role);
    if (!norm || entry.roles.includes(norm)) return;
    entry.roles.push(norm);
    const head = norm.split(" ").pop()!;
    for (const key of new Set([norm, head])) {
      const list = this.byRole.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      this.byRole.set(key, list);
    }
  }

  private aliases = new Set<string>();

  /** Another name the person goes by ("Mido" for Ahmed Hossam). */
  alias(word: string, name: string): void {
    const entry = this.lookup(name);
    const key = word.toLowerCase();
    if (!entry || this.byFull.has(key)) return;
    this.byFull.set(key, entry);
    this.aliases.add(key);
  }

  /** Whether a single word is a nickname the story gave a person. */
  isAlias(word: string): boolean {
    return this.aliases.has(word.toLowerCase());
  }

  /** The full-name entry for a name as written ("Mr Gaidai", "Zelensky", "Serhiy Gaidai"). */
  lookup(name: string): PersonEntry | undefined {
    const full = this.byFull.get(name.toLowerCase());
    if (full) return full;
    const parts = name.split(" ");
    const key = surnameKey(parts);
    if (!key) return undefined;
    const entry = this.bySurname.get(key);
    // "Mr Saumarez Smith" is Charles Saumarez Smith.
    if (entry && parts.length >= 2 && entry.name.endsWith(` ${name}`)) return entry;
    // "Katherine Jackson" is not "Michael Jackson": a full name with another first name is another person.
    if (entry && parts.length >= 2 && !sameFirstName(parts[0]!, entry.name.split(" ")[0]!)) return undefined;
    // ("Microsoft" is not "Microsoft Xbox": a lone word stands for a person by a first name only, or for a
    // peer by the title's name, "Nicholls" for Nicholls of Birkenhead.)
    const first = parts.length === 1 ? this.byFirst.get(key) : undefined;
    return entry ?? (first && (firstNames().has(fold(name)) || first.name.startsWith(`${name} of `)) ? first : undefined);
  }

  /** The one person the article gave this role ("the Kremlin spokesman"), if exactly one. */
  byRolePhrase(role: string): PersonEntry | undefined {
    const norm = normRole(role);
    const exact = this.byRole.get(norm);
    if (exact?.length === 1) return exact[0];
    if (norm.includes(" ")) return undefined;
    const byHead = this.byRole.get(norm);
    return byHead?.length === 1 ? byHead[0] : undefined;
  }
}

/** The word a person is looked up by: the surname, not a generational suffix ("Walter M Phillips Jr"). */
function surnameKey(parts: string[]): string {
  let last = parts.length - 1;
  if (last > 0 && /^(jr|sr|ii|iii|iv)\.?$/i.test(parts[last]!)) last--;
  return parts[last]?.toLowerCase() ?? "";
}

const INITIAL = /^\p{Lu}\.?$/u;

/** "Michael" and "Michael", "M" or "M." and "Michael", a title and anything. */
function sameFirstName(a: string, b: string): boolean {
  if (a === b || HONORIFICS.has(a.toLowerCase()) || HONORIFICS.has(b.toLowerCase())) return true;
  return (INITIAL.test(a) || INITIAL.test(b)) && a[0] === b[0];
}

function normRole(role: string): string {
  return role
    .toLowerCase()
    .replace(/^(the|a|an|its|his|her|their)\s+/, "")
    .replace(/\b(mr|mrs|ms|dr)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
