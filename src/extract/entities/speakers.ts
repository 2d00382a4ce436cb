/**
 * Quote speakers and sources name people and organizations too, and the
 * record promises that a speaker string is that entity's `name`. This step
 * renames the matching entity to the speaker's string (keeping the old name
 * as an alias), or adds the entity the text scan missed.
 */
import type { VFile } from "vfile";
import { canonicalName, firstNames, lookupPlace, wordList } from "../../gazetteer/index.ts";
import { fold } from "../../gazetteer/fold.ts";
import { slugify } from "../../record/slug.ts";
import type { Entity, Place } from "../../record/schema.ts";
import { analyse } from "../quotes/analyse.ts";
import { warnAt } from "../report.ts";
import { NOT_ORG_ACRONYMS, NOT_PERSON_HEADS, POST_NOMINALS, PRODUCT_WORDS } from "./classify.ts";
import { isSectorWord } from "./context.ts";
import { DEMONYMS, ORG_HEADS } from "./lexicon.ts";
import { decodeEntities } from "./mentions.ts";

/** Unicode-class patterns, built once: a literal inside a function is compiled on every call once transpiled. */
const PEER_PLACE = / of (\p{Lu}[\p{L}'’-]+)$/u;
const CAPITALS_FIRST = /^\p{Lu}{2,}/u;
const ONE_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]*(?:\p{Lu}[\p{Ll}\p{M}'’-]+)?$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}'’-]+)?$/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** A peer's title: "Walker of Gestingthorpe", "Nicholls of Birkenhead". */
const PEER = /^\p{Lu}[\p{L}'’-]+ of \p{Lu}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}\.?$/u;
/** "China-published", "State-owned": a compound adjective, no part of a name. */
const HYPHENED_LOWER_END = /-\p{Ll}+$/u;

interface Sets {
  people: Entity[];
  places: Place[];
  organizations: Entity[];
}

const PERSON_KINDS = new Set(["person", "official"]);
const ORG_KINDS = new Set(["organization", "agency", "organisation", "company", "media", "government"]);

export function reconcileNames(file: VFile, sets: Sets, sport = false): void {
  const wanted: { name: string; kind: "person" | "organization" | null; paragraph: number; quote: boolean }[] = [];
  for (const q of file.data.quotes ?? []) if (q.speaker) wanted.push({ name: decodeEntities(q.speaker), kind: null, paragraph: q.paragraph, quote: true });
  for (const s of file.data.sources ?? []) {
    const kind = PERSON_KINDS.has(s.kind) ? "person" : ORG_KINDS.has(s.kind) ? "organization" : null;
    // Groups ("Ukrainian officials"), documents and channels are not entities unless already found as one.
    wanted.push({ name: decodeEntities(s.name), kind, paragraph: s.paragraph, quote: false });
  }
  for (const w of wanted) {
    if (NOT_ORG_ACRONYMS.has(w.name)) continue;
    const hit = find(sets, w.name);
    if (hit) {
      // A quote's speaker string must be its entity's name; a source only ever makes a name fuller.
      // A description ("Telecom analysts Quorvex") stays an alias, which the archive pass maps to the name.
      // "Frank Field MP" is no fuller a name than "Frank Field": letters after it never rename.
      // Nor does a sector word before it ("Distributor Sony Pictures").
      const first = w.name.split(" ")[0] ?? "";
      // Only first names and initials make a name fuller ("Norman Baker" is not renamed "Fellow Lib Dem Norman Baker").
      const known = new Set(hit.name.split(" ").map(fold));
      const extra = w.name.split(" ").filter((t) => !known.has(fold(t)));
      const fuller = w.name.split(" ").length > hit.name.split(" ").length && !POST_NOMINALS.has(w.name.split(" ").at(-1) ?? "") && !isSectorWord(first) && !(wordList("names/common-words.txt").has(fold(first)) && !firstNames().has(fold(first))) && !extra.some((t) => HYPHENED_LOWER_END.test(t)) && (!sets.people.includes(hit) || extra.every((t) => firstNames().has(fold(t)) || INITIAL.test(t)));
      if (!hasLowerWord(w.name) && (w.quote || fuller)) rename(hit, w.name);
      else if (w.name !== hit.name && !hit.aliases.includes(w.name)) hit.aliases = [...hit.aliases, w.name].sort();
      continue;
    }
    if (!w.quote && w.kind === null) continue;
    if (!isSpeakerOnly(file, w.name)) continue;
    const kind = (looksLikePerson(w.name) && firstNames().has(fold(w.name.split(" ")[0] ?? ""))) || surnameSpeaker(w.name, sport && w.quote) ? "person" : (w.kind ?? (looksLikePerson(w.name) ? "person" : "organization"));
    if (kind === "person" && (endsWithPlace(w.name) || notAPersonName(w.name))) continue;
    // "Downing St", "Woodhill Prison": a place's or institution's name speaks for a body, never a person.
    const list = kind === "person" && !NOT_PERSON_HEADS.has(fold(w.name.split(" ").at(-1) ?? "")) ? sets.people : sets.organizations;
    list.push({ id: slugify(w.name), name: w.name, aliases: [], mentions: 1 });
    const block = file.data.blocks?.[w.paragraph];
    if (block && list === sets.people && !block.text.includes(w.name)) {
      warnAt(file, block, "entity-from-speaker", `Speaker \`${w.name}\` was not found as a name in the text; added as a person from the quote attribution`);
    }
  }
}

/** The entity a speaker string names: same name, a listed alias, or the fuller/shorter form of one. */
function find(sets: Sets, written: string): Entity | undefined {
  // "Nicholls of Birkenhead" is the peer the text calls Lord Nicholls.
  const peer = written.includes(" of ") ? PEER_PLACE.exec(written) : null;
  if (peer && !written.includes(" of the ") && lookupPlace(peer[1] as string)) {
    const hit = findName(sets, written.slice(0, peer.index));
    if (hit && sets.people.includes(hit)) return hit;
  }
  return findName(sets, written);
}

function findName(sets: Sets, written: string): Entity | undefined {
  // "Guy Mansfield QC" is Guy Mansfield.
  const name = written.split(" ").filter((t, i, all) => i < 2 || !POST_NOMINALS.has(t) || i < all.length - 1).join(" ");
  const key = fold(name);
  const canon = fold(canonicalName("person", name) ?? canonicalName("organization", name) ?? name);
  const all: Entity[] = [...sets.people, ...sets.organizations, ...sets.places];
  const tokens = key.split(" ");
  return (
    all.find((e) => fold(e.name) === key) ??
    all.find((e) => e.aliases.some((a) => fold(a) === key)) ??
    // "Goldman Sachs" for "Goldman Sachs & Co".
    sets.organizations.find((e) => e.name.length > key.length && FIRM_SUFFIX.test(e.name) && fold(e.name.replace(FIRM_SUFFIX, "")) === key) ??
    all.find((e) => fold(canonicalName("person", e.name) ?? canonicalName("organization", e.name) ?? e.name) === canon) ??
    [...sets.people, ...sets.organizations].find((e) => {
      const et = fold(e.name).split(" ");
      return et.at(-1) === tokens.at(-1) && (et.every((t) => tokens.includes(t)) || tokens.every((t) => et.includes(t)));
    })
  );
}

const FIRM_SUFFIX = /\s+(?:&\s*Co\.?|and Co\.?|plc|PLC|Inc\.?|Ltd\.?|LLC|Corp\.?|Group|Holdings)$/;

function rename(e: Entity, name: string): void {
  if (e.name === name) return;
  if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
  e.aliases = e.aliases.filter((a) => a !== name).sort();
  e.name = name;
  e.id = slugify(name);
}

/** A speaker the text scan missed is an entity only if it reads like a name, not "officials". */
function isSpeakerOnly(_file: VFile, name: string): boolean {
  // A single common noun ("Police", "Officials") is a group, not a named body.
  if (!name.includes(" ") && !CAPITALS_FIRST.test(name) && wordList("names/common-words.txt").has(fold(name))) return false;
  // "the Dutchman", "the Irishman": a nationality's man.
  if (!name.includes(" ") && DEMONYMS.has(fold(name).replace(/(?:wo)?m[ae]n$/, "").replace(/^scots$/, "scottish"))) return false;
  // "Mr Brown's aides", "the Manchester Central MP": descriptions of someone, not names.
  if (/['’]s\s/.test(name) || ROLE_LAST.test(name) || ROLE_INSIDE.test(name) || /-based$/.test(name)) return false;
  // "Telecom analysts Ovum", "Tories and Lib Dems", "Times on Monday": a description or a list, not one name.
  if (hasLowerWord(name)) return false;
  // "Deep South": English words only, no first name, name a region or a thing.
  if (name.includes(" ") && name.split(" ").every((t) => wordList("names/common-words.txt").has(fold(t)) && !firstNames().has(fold(t)))) return false;
  return CAPITAL_FIRST.test(name) && !/\b(?:officials|authorities|sources|experts|side|leadership|residents|police|military|analysts|observers|critics|economists|witnesses|people|fans|investors|traders|campaigners|researchers|scientists|doctors|ministers|lawyers|aides|allies|colleagues|supporters|friends|family)\b/i.test(name);
}

const NAME_PARTICLES = new Set(["of", "the", "for", "de", "da", "di", "du", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "y", "al-"]);
const hasLowerWord = (name: string) => name.split(/\s+/).some((t) => LOWER_FIRST.test(t) && !NAME_PARTICLES.has(t));
const ROLE_INSIDE = /\s(?:MP|MPs|MEP|MEPs|DJ|AM)\s|^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const ROLE_LAST = /\s(?:MP|MPs|MEP|AM|MSP|spokesman|spokeswoman|spokesperson|minister|secretary|leader|chief|boss|chairman)$/;

/**
 * A one-word speaker who is a person: a known first name or surname ("said his
 * wife, Sheila", "said Morgan"), or any name in a sports report, where one word
 * after "said" is an athlete's surname ("said Sotherton"). Bodies the lexicons
 * know were found by the text scan already.
 */
function surnameSpeaker(name: string, sport: boolean): boolean {
  if (name.includes(" ") || !ONE_NAME.test(name)) return false;
  const key = fold(name);
  // "said the Dutchman": a nationality's man, or any English word, is no name.
  if (wordList("names/common-words.txt").has(key) || /(?:man|woman)$/.test(key)) return false;
  if (wordList("names/known-orgs.txt", "names/bodies.txt", "names/clubs.txt").has(key) || canonicalName("organization", name)) return false;
  return sport || firstNames().has(key) || wordList("names/last-names.txt").has(key);
}

/** "Microsoft Xbox", "Gameboyzz Orchestra Project": a product or a body's head word is in no one's name. */
function notAPersonName(name: string): boolean {
  const words = name.split(" ");
  if (words.some((w) => PRODUCT_WORDS.has(w.toLowerCase()))) return true;
  const last = (words[words.length - 1] as string).toLowerCase();
  return words.length > 1 && ORG_HEADS.has(last) && !/^(?:banks|hall|church|field|park|hill|hills|wood|bridge|press|lake|court|mills|rivers)$/.test(last);
}

/** "Brown Britain", "London Labour": a name run into a sizeable place or a party is no one's name. */
function endsWithPlace(name: string): boolean {
  const words = name.split(" ");
  if (words.length < 2) return false;
  const last = words[words.length - 1] as string;
  if (wordList("names/last-names.txt", "names/bodies.txt").has(fold(last))) return !wordList("names/last-names.txt").has(fold(last));
  const place = lookupPlace(last);
  return place !== undefined && (place.kind !== "city" || place.population >= 100_000);
}

function looksLikePerson(name: string): boolean {
  const t = name.split(" ");
  // "Robert MacIntosh", "Sean O'Neill": a capital inside a surname's prefix still reads as a name.
  return t.length >= 2 && t.length <= 4 && t.every((w) => NAME_WORD.test(w));
}

/**
 * What an organization reports is a source, not an indirect quote (tests/gold/README.md). The quotes
 * pass reads a two-word firm ("Qwest Communications", "Krispy Kreme") as a person's name; once the
 * entity pass has told the article's people from its organizations, a reported clause whose speaker
 * is only an organization is dropped. Its direct and partial quotes stay, with the organization.
 */
export function dropOrganizationReports(file: VFile): void {
  const quotes = file.data.quotes;
  // Only a speaker given by a bare name: "A Labour source told ..." and "analysts Keel Research, saying ..."
  // were read as people by their role words.
  const { bareNameReports } = analyse(file);
  if (!quotes?.some((q) => q.kind === "indirect" && q.speaker)) return;
  const people = new Set((file.data.people ?? []).flatMap((e) => [e.name, ...e.aliases]));
  const orgs = new Set((file.data.organizations ?? []).flatMap((e) => [e.name, ...e.aliases]));
  // Any other reported clause whose speaker the entity pass found to be only an organization ("Paris-based
  // Euronext said", "Virgin Radio said") is the organization's too; a peer's title ("Walker of Gestingthorpe")
  // names a person whatever the entity pass made of it.
  // ("Christian Lacroix said he planned to stay": a first name and a "he" or "she" show the person behind a label.)
  const personal = (q: (typeof quotes)[number]) => /^(he|she)\b/i.test(q.text) && firstNames().has(fold(q.speaker!.split(" ")[0]!));
  const body = (q: (typeof quotes)[number]) => q.kind === "indirect" && !!q.speaker && !PEER.test(q.speaker) && orgs.has(q.speaker) && !people.has(q.speaker) && !personal(q);
  file.data.quotes = quotes.filter((q) => (!bareNameReports.has(q) || !q.speaker || people.has(q.speaker) || !orgs.has(q.speaker)) && !body(q));
}
