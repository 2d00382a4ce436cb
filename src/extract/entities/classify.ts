/**
 * One mention → what it names: a person (titles stripped, roles kept), an
 * organization, a place (with gazetteer facts), or "unknown" for a bare
 * word that only the rest of the article can settle ("Brown", "Gaidai").
 */
import { canonicalName, lookupPlace, type PlaceInfo } from "../../gazetteer/index.ts";
import { fold } from "../../gazetteer/fold.ts";
import {
  DEMONYMS,
  FALSE_PLACES,
  HONORIFICS,
  KEPT_HONORIFICS,
  ORG_HEADS,
  PLACE_CUES_AFTER,
  PLACE_CUES_BEFORE,
  PLACE_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from "./lexicon.ts";
import { type Mention, plainWord, WEB_ADDRESS } from "./mentions.ts";
import { dealCue, isClub, isSectorWord, orgCue, orgCueAfter, strongOrgCue, strongOrgCueAfter } from "./context.ts";
import { type Facts, factsOf } from "./facts.ts";

/** Trade acronyms that say what the next name is: "ISP Freedom2surf", "PR firm". */
const SECTOR_ACRONYMS = new Set(["ISP", "ISPs", "IT", "PR"]);


export type Kind = "person" | "place" | "organization" | "unknown";

export interface Candidate {
  kind: Kind;
  tokens: string[];
  /** The surface form as written, honorific included ("Mr Zelenskyy"). */
  surface: string;
  roles: string[];
  /** Named with a courtesy title: certainly a person, maybe only by surname. */
  honorific: boolean;
  place?: PlaceInfo;
  mention: Mention;
}

/** Acronyms that are words of the trade, not organizations. */
export const NOT_ORG_ACRONYMS = new Set(
  "DJ DJs MC CEO CFO COO CTO GDP TV PC DVD DVDs CD CDs MP MPs MEP MEPs AM PM GMT BST EST UTC HIV AIDS SARS ID IT PR AGM IPO VAT USB GPS PDF SMS OK FM PhD MBA IQ DNA POW POWs UAV UAVs RPG ATM FAQ HQ OBE MBE CBE QC VIP AD BC NB PS UK US USA EU GP ISP ISPs DSL ADSL IP VoIP TV3 PDA MP3 CEOs HD HDTV LCD PVR PVRs DAB GSM GPRS UMTS SIM RFID CCTV MRI ASBO ASBOs ISBN URL HTML DVR DVRs PVR AI RSS ME NT XP TB VHS VCR VCRs DIY MMS WWI WWII OS LNG LPG IPTV GCSE GCSEs DRM XML WMD WMDs WCDMA WAP VOD VJ SUV SUVs SSL TCP HSDPA HDMI GUI FDI DVI DLP CPI RPI CGI CFD PSP GTA PAL MW KW GW NY".split(" "),
);

const SEAT_PART = /^(?:North|South|East|West|Central)$/;
/** Members named by their body: "Labour MPs", "Tory peers". */
const MEMBERS = /^(?:MPs|MEPs|MSPs|AMs|peers|councillors)$/;
const MEMBER = /^(?:MP|MEP|MSP|AM|Leader|leader)$/;

/** Letters after a name: "Guy Mansfield QC". */
export const POST_NOMINALS = new Set("QC KC MP MEP MSP AM OBE MBE CBE KBE Jr Jnr Sr Snr PhD".split(" "));
/** Unicode-class patterns, built once: a literal inside a function is compiled on every call once transpiled. */
const TITLE_CASE = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
const EX_NAME = /^ex-\p{Lu}/u;
const HYPHENED_WORD_END = /-\p{Ll}+$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const INITIAL_STOP = /^\p{Lu}\.$/u;
const INITIAL = /^\p{Lu}$/u;
const NUMBERED_CHANNEL = /^(\p{Lu}{2,5})\d$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const HYPHENED_ADJECTIVE = /^\p{Lu}[\p{Ll}]+-\p{Ll}+$/u;
const LETTER_FIRST = /^\p{L}/u;
const LOWER_HYPHENED = /-\p{Ll}+-/u;
const lower = (s: string) => s.toLowerCase();
const isTitleCase = (t: string) => TITLE_CASE.test(t) && !THREE_CAPITALS.test(t);
const isAcronym = (t: string) => ACRONYM.test(t);
const isDemonym = (t: string) => t.split("-").some((p) => DEMONYMS.has(lower(p))) || DEMONYMS.has(lower(t));

export function classify(m: Mention): Candidate | undefined {
  let tokens = [...m.tokens];
  const roles: string[] = [];
  let honorific = false;
  const honorificWord = HONORIFICS.has(lower(m.tokens[0] ?? "").replace(/\.$/, "")) ? `${m.tokens[0]} ` : "";

  const head = lower(tokens[0] ?? "").replace(/\.$/, "");
  // "Lord of the Rings": a title of a work, not a lord.
  if (HONORIFICS.has(head) && tokens.length > 1 && lower(tokens[1] as string) === "of") return undefined;
  if (HONORIFICS.has(head) && tokens.length > 1) {
    honorific = true;
    if (KEPT_HONORIFICS.has(head)) roles.push(tokens[0] as string);
    tokens = tokens.slice(1);
  }

  // "Office for the Deputy Prime Minister", "Department of Health": a body's head word before "of"/"for".
  if (tokens.length > 2 && ORG_HEADS.has(lower(tokens[0] as string)) && /^(?:of|for)$/.test(tokens[1] as string)) return make(m, tokens.join(" "), "organization", tokens, [], false);
  // "Munich Re", "Swiss Re": a reinsurer.
  if (tokens.length === 2 && tokens[1] === "Re") return make(m, tokens.join(" "), "organization", tokens, [], false);
  // "Scottish Executive", "Northern Ireland Executive": a nation's government, not a role.
  if (tokens.length >= 2 && lower(tokens[tokens.length - 1] as string) === "executive" && tokens.slice(0, -1).every((t) => isDemonym(t) || isBigPlace(factsOf(t).place))) return make(m, tokens.join(" "), "organization", tokens, [], false);
  // "Labour MPs", "Tory peers": members of a body named by it, the body itself.
  // ("Tory MP", "UKIP MEP", "Tory Leader": one member of a body the lexicon knows, the body too; "Frank Field MP" is a person.)
  if (tokens.length > 1 && !honorific && (MEMBERS.test(tokens[tokens.length - 1] as string) || (MEMBER.test(tokens[tokens.length - 1] as string) && isKnownBody(tokens.slice(0, -1).join(" "))))) {
    return classify({ ...m, tokens: tokens.slice(0, -1), after: [lower(tokens[tokens.length - 1] as string), ...m.after], gapAfter: "", possessive: false, itsAfter: false });
  }
  // "Lib Dem Home Affairs spokesman Mark Oaten": a portfolio between a known body and a role is no part of the body's name.
  if (tokens.length > 1 && !honorific && m.gapAfter === "" && TITLE_HEADS.has(m.after[0] ?? "")) {
    let end = tokens.length;
    while (end > 1 && TITLE_MODIFIERS.has(lower(tokens[end - 1] as string)) && !ORG_HEADS.has(lower(tokens[end - 1] as string)) && !TITLE_HEADS.has(lower(tokens[end - 1] as string))) end--;
    if (end < tokens.length && isKnownBody(tokens.slice(0, end).join(" "))) return make(m, tokens.slice(0, end).join(" "), "organization", tokens.slice(0, end), [], false);
  }
  // A role before the name: "Ukrainian Deputy Defence Minister Hanna Maliar".
  while (tokens.length > 2 && POST_NOMINALS.has(tokens[tokens.length - 1] as string)) tokens = tokens.slice(0, -1);
  // "Derby North's Bob Laxton", "the Manchester Central MP", "MP for Aberdeen South": a town and a compass word name a constituency.
  if (tokens.length === 2 && !honorific && SEAT_PART.test(tokens[1] as string)) {
    const town = factsOf(tokens[0] as string);
    // (British seats only: "Kanye West" is no seat of Kanye, Botswana.)
    if (town.place?.kind === "city" && town.place.country === "GB" && town.place.population >= 20_000 && !town.given && !town.club) return make(m, tokens.join(" "), "place", tokens, [], false, { ...town.place, name: tokens.join(" "), kind: "region", population: 0 });
  }
  const titleEnd = roleEnd(tokens);
  if (titleEnd >= 0) {
    const role = tokens.slice(0, titleEnd + 1);
    while (role.length && (isDemonym(role[0] as string) || factsOf(role[0] as string).place?.kind === "country")) role.shift();
    if (role.length) roles.push(role.join(" "));
    tokens = tokens.slice(titleEnd + 1);
    honorific = true;
    // "Secretary of State Colin Powell", "Duke of Edinburgh": the role runs on to the first given name, if any.
    if (/^(?:of|for)$/.test(tokens[0] ?? "")) {
      const given = tokens.findIndex((t) => factsOf(t).given);
      tokens = given > 0 ? tokens.slice(given) : [];
    }
  }
  // "Chief Operating Officer of Sony": roles, and no one named.
  if (tokens.length && isTitleWord(tokens[tokens.length - 1] as string) && tokens.every(isTitleWord) && !isKnownBody(tokens.join(" "))) return undefined;
  const lowerRole = roleBefore(m);
  if (lowerRole) roles.push(lowerRole);
  // "ISP Freedom2surf": a trade acronym before a name says what the name is.
  if (tokens.length > 1 && SECTOR_ACRONYMS.has(tokens[0] as string) && !honorific) {
    return classify({ ...m, tokens: tokens.slice(1), before: [...m.before, lower(tokens[0] as string)], gapBefore: "", sentenceStart: false });
  }
  if (!tokens.length) return undefined;
  // "ex-Yukos boss": the firm itself.
  // (A hyphen is rare in names: the patterns below run only when there is one.)
  const hyphen = name0HasHyphen(tokens);
  if (hyphen && EX_NAME.test(tokens[0] as string)) tokens = [(tokens[0] as string).slice(3), ...tokens.slice(1)];
  // "China-published Economic Observer": a compound adjective before a name is no part of it.
  if (hyphen && tokens.length > 1 && COMPOUND_ADJECTIVE.test(tokens[0] as string) && !/-based$/i.test(tokens[0] as string)) tokens = tokens.slice(1);
  // "Grammy-winning", "London-born", "Labour-led": a compound adjective, never a name.
  if (hyphen && COMPOUND_ADJECTIVE.test(tokens[tokens.length - 1] as string)) return undefined;
  // "California-based Wells Fargo", "Santa Monica-based Activision": only a company or body is based somewhere.
  let based = -1;
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as string).endsWith("-based")) based = i;
  if (based >= 0 && based < tokens.length - 1 && !honorific) {
    return make(m, tokens.slice(based + 1).join(" "), "organization", tokens.slice(based + 1), [], false);
  }
  if (based >= 0) return undefined;

  // "Johnson & Johnson", "Stone & Hedley Research": an ampersand joins the names of a firm.
  const amp = tokens.indexOf("&");
  if (amp > 0 && amp < tokens.length - 1 && !honorific) {
    const start = m.sentenceStart && amp > 1 && factsOf(tokens[0] as string).common ? 1 : 0;
    return make(m, tokens.slice(start).join(" "), "organization", tokens.slice(start), [], false);
  }

  // "the Tampa Bay Buccaneers American football team": a nationality ending the chunk describes what follows.
  if (tokens.length > 1 && !honorific && m.gapAfter === "" && m.after.length > 0 && isDemonym(tokens[tokens.length - 1] as string) && !isDemonym(tokens[tokens.length - 2] as string) && !factsOf(tokens.join(" ")).place && !isKnownBody(tokens.join(" "))) {
    return classify({ ...m, tokens: tokens.slice(0, -1), after: [lower(tokens[tokens.length - 1] as string), ...m.after], possessive: false, itsAfter: false });
  }
  const name = tokens.join(" ");
  // "latinohiphopradio.com", "Amazon.com": a website (not the word "dot.com").
  if (tokens.length === 1 && !honorific && name.includes(".") && WEB_ADDRESS.test(name) && !factsOf(name.slice(0, name.indexOf("."))).common && !/^dot\./i.test(name)) return make(m, name, "organization", tokens, [], false);
  // Aliases keep the courtesy title ("Mr Zelenskyy") but not the role ("President ...").
  const surface = `${honorificWord}${name}`;
  // "best actress Oscar": a role before a body's name ("Oscar", "Bafta") does not make it a person.
  const facts = factsOf(name);
  // "fund manager Matrix Asset Advisors": a role word before a body's name.
  if (lowerRole && !honorific && (facts.aliasOrg || (tokens.length > 1 && orgNamed(tokens)))) return make(m, surface, "organization", tokens, [], honorific);
  if (honorific || lowerRole) return make(m, surface, "person", tokens, roles, true);

  if (facts.aliasOrg) return make(m, surface, "organization", tokens, roles, honorific);
  // "The Independent", "the Sun": a masthead that is an English word once "the" is dropped.
  if (m.article && !facts.body && factsOf(`the ${name}`).body) return make(m, surface, "organization", ["The", ...tokens], roles, honorific);
  // "Microsoft Xbox", "Apple Mac", "Windows Messenger": a product, whose maker alone is an entity.
  // A first name before it makes "Robert MacIntosh" a person, not a Mac.
  if (tokens.length > 1 && tokens.slice(1).some((t) => PRODUCT_WORDS.has(lower(t)) || PRODUCT_WORDS.has(lower(t).replace(/s$/, ""))) && !factsOf(tokens[0] as string).given) {
    const maker = factsOf(tokens[0] as string);
    return maker.knownOrg || maker.aliasOrg || maker.body ? make(m, tokens[0] as string, "organization", [tokens[0] as string], [], false) : undefined;
  }
  if (tokens.length > 1 && PRODUCT_WORDS.has(lower(tokens[0] as string)) && !facts.knownOrg) return undefined;
  // "Sony DVD", "Apple PC": a maker before a format it makes.
  // ("AOL UK", "T-Mobile USA": a country's branch is a body of its own.)
  if (tokens.length === 2 && NOT_ORG_ACRONYMS.has(tokens[1] as string) && !POST_NOMINALS.has(tokens[1] as string) && factsOf(tokens[1] as string).place === undefined && canonicalName("place", tokens[1] as string) === undefined && isKnownBody(tokens[0] as string)) return make(m, tokens[0] as string, "organization", [tokens[0] as string], [], false);
  // "Airbus A380", "Motorola Razr V3": a model's code ends a product's name, whose maker alone is an entity.
  if (tokens.length > 1 && MODEL_CODE.test(tokens[tokens.length - 1] as string) && !honorific) {
    const maker = factsOf(tokens[0] as string);
    return maker.knownOrg || maker.aliasOrg || maker.body ? make(m, tokens[0] as string, "organization", [tokens[0] as string], [], false) : undefined;
  }
  // "Empire magazine", "TV Guide magazine", "Orange shares".
  // ("US shares", "German newspaper", "Grammy-winning magazine" say where or what, not who.)
  if (!honorific && !lowerRole && strongOrgCueAfter(m) && !(tokens.length > 1 && factsOf(tokens[0] as string).given) && !(isBigPlace(facts.place) && !facts.common) && !NOT_ORG_ACRONYMS.has(name) && !tokens.some((t) => isDemonym(t) || HYPHENED_WORD_END.test(t) || isNationalNoun(fold(t))) && (tokens.length > 1 || m.after[0] !== "movement")) return make(m, surface, "organization", tokens, roles, honorific);
  if (facts.aliasPerson) return make(m, surface, "person", tokens, roles, honorific);
  if (facts.knownOrg && !facts.place) return make(m, surface, "organization", tokens, roles, honorific);
  if (facts.body || (facts.club && isClub(m, facts, m.sport === true))) return make(m, surface, "organization", tokens, roles, honorific);

  // "Luhansk region", "Kharkiv province": the region itself when the gazetteer knows it.
  const next = m.after[0] ?? "";
  if (m.gapAfter === "" && PLACE_CUES_AFTER.has(next) && /region|province|oblast/.test(next)) {
    const region = lookupPlace(`${name} region`);
    if (region && region.kind === "region") return make(m, surface, "place", tokens, roles, honorific, region);
  }

  const place = facts.place;
  if (place && place.kind !== "city") return make(m, surface, "place", tokens, roles, honorific, place);
  // "Mike Powell of Dresdner Kleinwort Wasserstein": what a person is "of" and no town is their employer.
  if (m.ofPerson && !place && !isDemonym(tokens[0] as string) && !(tokens.length === 1 && facts.common)) {
    return make(m, surface, "organization", tokens, roles, honorific);
  }

  // "BBC Political Correspondent James Hardy", "Tory Liam Fox": a body and a role before a person.
  const person = personAfterBody(tokens);
  if (person > 0) return personWithRole(m, tokens, person);
  // "BBC Wales", "Radio Wales": a known organization or "Radio" heading a longer name.
  if (tokens.length > 1 && (/^radio$/i.test(tokens[0] as string) || factsOf(tokens[0] as string).aliasOrg || factsOf(tokens[0] as string).knownOrg || (factsOf(tokens[0] as string).body && !NOT_PERSON_HEADS.has(lower(tokens[tokens.length - 1] as string))))) {
    return make(m, surface, "organization", tokens, roles, honorific);
  }
  // "East Asia", "Southern Africa": a compass word before a known region or country.
  if (tokens.length === 2 && /^(?:north|south|east|west|central|eastern|western|northern|southern)$/i.test(tokens[0] as string)) {
    const region = factsOf(tokens[1] as string).place;
    if (region && region.kind !== "city") return make(m, surface, "place", tokens, roles, honorific, { ...region, name, kind: "region" });
    // "North London", "West Belfast": a part of a big city.
    if (region && region.population >= 100_000 && !factsOf(tokens[1] as string).club && !isDemonym(tokens[1] as string)) return make(m, surface, "place", tokens, roles, honorific, { ...region, name, kind: "region" });
  }
  if (tokens.length > 2 && m.sentenceStart && isSectorWord(tokens[0] as string) && CAPITAL_FIRST.test(tokens[1] as string) && isOrgName(tokens)) return make(m, tokens.slice(1).join(" "), "organization", tokens.slice(1), roles, honorific);
  // "Tony Banks", "Gordon Banks": a first name before a head word that is also a surname.
  // "Salt Lake City", "Mexico City": a big city whose name ends in a head word.
  if (tokens.length > 1 && place?.kind === "city" && place.population >= 100_000 && !facts.club) return make(m, surface, "place", tokens, roles, honorific, place);
  if (tokens.length > 1 && orgNamed(tokens)) return make(m, surface, "organization", tokens, roles, honorific);

  // Nationalities ("Ukrainian", "Russian-occupied") are not entities; leading ones are dropped.
  while (tokens.length && isDemonym(tokens[0] as string)) tokens = tokens.slice(1);
  if (!tokens.length) return undefined;
  const rest = tokens.join(" ");
  if (rest !== name) return classify({ ...m, tokens, sentenceStart: false, before: [], gapBefore: "" });

  // "LA": an acronym is a city only when the alias table says so.
  if (place && (!isAcronym(name) || canonicalName("place", name) !== undefined) && acceptCity(m, name, place)) return make(m, surface, "place", tokens, roles, honorific, place);
  if (!place && placeByContext(m, name)) {
    return make(m, surface, "place", tokens, roles, honorific, { name, lat: null, lon: null, country: null, kind: "city", population: 0 });
  }

  if (tokens.length > 1) {
    // "Tuesday Mr Ebbers", "Observes Mr Hadi", "October Google": words before a courtesy title, a date word, a sentence's first word.
    const cut = leadingNoise(m, tokens);
    if (cut > 0) return classify({ ...m, tokens: tokens.slice(cut), sentenceStart: false, before: [], gapBefore: "" });
    if (m.sentenceStart && isSectorWord(tokens[0] as string) && CAPITAL_FIRST.test(tokens[1] as string) && !factsOf(tokens[1] as string).given) {
      // "Miners Rio Tinto": what a sector noun names is a firm, even when a town bears the name.
      const named = classify({ ...m, tokens: tokens.slice(1), sentenceStart: false, before: [lower(tokens[0] as string)], gapBefore: "" });
      return named?.kind === "place" && named.place?.kind === "city" ? { ...named, kind: "organization" } : named;
    }
    const last = tokens[tokens.length - 1] as string;
    // "the River Lagan", "the Upper Afan Valley": a landscape word makes a named feature a place.
    // ("Dennis Hills", "Ian Bay": a first name makes the landscape word a surname.)
    if ((FEATURE_FIRST.has(lower(tokens[0] as string)) && (!OF_FEATURES.has(lower(tokens[0] as string)) || tokens[1] === "of")) || (FEATURE_LAST.has(lower(last)) && !factsOf(tokens[0] as string).given)) {
      return make(m, surface, "place", tokens, roles, honorific, { name, lat: null, lon: null, country: null, kind: "feature", population: 0 });
    }
    if (isAcronym(last) && factsOf(last).place?.kind === "country") return make(m, surface, "organization", tokens, roles, honorific);
    // "Egypt FA", "Kenya RFU": a country's body by its acronym.
    if (tokens.length === 2 && isAcronym(last) && !NOT_ORG_ACRONYMS.has(last) && factsOf(tokens[0] as string).place?.kind === "country") return make(m, surface, "organization", tokens, roles, honorific);
    // "EADS Philippe Camus": a firm's initials before a person's first name and surname.
    if (tokens.length >= 3 && tokens.length <= 4 && (tokens[0] as string).length >= 3 && isAcronym(tokens[0] as string) && !NOT_ORG_ACRONYMS.has(tokens[0] as string) && isGivenName(tokens[1] as string) && !factsOf(tokens[1] as string).common) return personWithRole(m, tokens, 1);
    // "ABN Amro", "BNP Paribas", "ING Barings": a firm's initials before a name (two letters are as often a person's: "JP McManus").
    // "the British Bankers' Association", "the London Critics' Circle": a plural possessive inside a name is a body's.
    // ("St James' Park" is a ground: a given name's possessive, and a place's head word.)
    if (tokens.length > 2 && tokens.slice(1, -1).some((t) => PLURAL_POSSESSIVE.test(t) && !factsOf(t.slice(0, -1)).given) && !NOT_PERSON_HEADS.has(lower(tokens[tokens.length - 1] as string))) return make(m, surface, "organization", tokens, roles, honorific);
    if (tokens.length <= 4 && firmInitials(tokens, orgCue(m) || m.listedAfterOrg ? 2 : 3)) return make(m, surface, "organization", tokens, roles, honorific);
    // "Van Nistelrooy", "Di Canio": a surname opening with its particle ("De" is also Dutch for "the": "De Telegraaf").
    if (tokens.length === 2 && SURNAME_PARTICLE.test(tokens[0] as string) && isTitleCase(tokens[1] as string) && !factsOf(tokens[1] as string).common && !isKnownBody(name) && !factsOf(tokens[1] as string).place && !ORG_HEADS.has(lower(tokens[1] as string))) return make(m, surface, "person", tokens, roles, honorific);
    // "Sao Paolo", "Puerto Madryn": a Portuguese or Spanish place-name opener, spelt any way.
    // ("Puerto Rican" is a nationality.)
    if (tokens.length === 2 && PLACE_OPENER.test(tokens[0] as string) && isTitleCase(tokens[1] as string) && !/(?:ican|ian|ese)$/.test(tokens[1] as string) && !isKnownBody(name)) return make(m, surface, "place", tokens, roles, honorific, { name, lat: null, lon: null, country: null, kind: "city", population: 0 });
    // "Air Deccan", "Air Canada": an airline.
    // ("Air Force One" is a plane; "Air Force" a force, read by its head word.)
    if (tokens.length <= 3 && tokens[0] === "Air" && tokens[1] !== "Force" && tokens.slice(1).every(isTitleCase) && !isBigPlace(facts.place)) return make(m, surface, "organization", tokens, roles, honorific);
    // "G Henson", "S Williams" (team sheets), "S Hussain Zaidi": one initial before names that are no English words.
    // (Only in a list: "X Factor", "V Festival" are names of things.)
    if (tokens.length <= 3 && INITIAL.test(tokens[0] as string) && LIST_GAP.test(m.gapBefore) && LIST_GAP.test(m.gapAfter) && !(m.sentenceStart && tokens[0] === "A") && tokens.slice(1).every((t) => isTitleCase(t) && !factsOf(t).common && !ORG_HEADS.has(lower(t)) && !NOT_PERSON_HEADS.has(lower(t))) && !isKnownBody(name) && !facts.place) return make(m, surface, "person", tokens, roles, honorific);
    // "JP McManus", "AC Grayling": two initials before a surname that is no English word.
    if (tokens.length === 2 && !orgCue(m) && !m.itsAfter && personInitials(tokens)) return make(m, surface, "person", tokens, roles, honorific);
    if (tokens.length <= 4 && tokens.every((t, i) => isTitleCase(t) || /^(?:de|da|di|van|von|der|bin|al|el|la|le)$/.test(t) || INITIAL_STOP.test(t) || (i > 0 && i < tokens.length - 1 && INITIAL.test(t)))) {
      const head = factsOf(tokens[0] as string);
      const tail = factsOf(last);
      const lastWord = tail.key;
      // ("June Sarpong": a month that is a given name, when leadingNoise kept it, opens the name.)
      const firstName = isGivenName(tokens[0] as string) || (tokens.length === 2 && MONTH_GIVEN.test(head.key));
      // "games maker Oliver Brackley": a trade word before a first name and surname describes the person.
      const tradeOnly = firstName && !tail.common && !orgCueAfter(m) && PERSON_TRADES.has(m.before[m.before.length - 1] ?? "");
      if ((orgCue(m) && !tradeOnly) || (!firstName && (m.listedAfterOrg || m.itsAfter || dealCue(m)))) return make(m, surface, "organization", tokens, roles, honorific);
      // "the Beach Boys", "the Chemical Brothers", "the All Blacks": "the" before a plural makes a band's, team's or unit's name.
      // (A capital "The" inside a sentence opens a title: "Alan Bennett's The History Boys"; "of" goes on with one: "the Darling Buds of May".)
      if (m.article && !m.capitalThe && !firstName && !m.possessive && !(m.gapAfter === "" && m.after[0] === "of") && GROUP_PLURAL.test(last) && !NOT_PERSON_HEADS.has(lastWord) && !NOT_GROUP_PLURALS.has(lastWord) && !isDemonym(last) && !isBigPlace(tail.place) && !isBigPlace(head.place)) return make(m, surface, "organization", tokens, roles, honorific);
      // "Bangkok International Film Festival", "Brit Awards": a festival or an awards show is run by a body of that name.
      if (!firstName && tokens.length > 1 && EVENT_BODIES.has(lastWord) && !m.possessive) return make(m, surface, "organization", tokens, roles, honorific);
      if ((NOT_PERSON_HEADS.has(lastWord) && !(firstName && !head.common && SURNAME_HEADS.has(lastWord))) || isDemonym(tokens[tokens.length - 1] as string) || notAPerson(m) || EVENT_FIRST.has(head.key)) return undefined;
      // "Deputy Prime Minister", "Operating Officer": a role without anyone named.
      if (tokens.every((t) => TITLE_HEADS.has(lower(t)) || TITLE_MODIFIERS.has(lower(t)))) return undefined;
      // "Sheffield Hallam", "Tower Hamlets"-like seats: a big place first is no first name.
      if (!firstName && tokens.length === 2 && isBigPlace(head.place) && !head.given) return undefined;
      // "Distributed Denial-of-Service": a term with lower-case words hyphened in, not a name.
      if (last.includes("-") && LOWER_HYPHENED.test(last)) return undefined;
      // "Community Cohesion", "Violent Crime": English words only, with no first name, are a thing's name.
      if (!firstName && tokens.every(plainWord)) return undefined;
      // "Jungle Fever", "Violent Crime", "Velvet Revolver": words that are never a proper name make a title or a thing's name.
      // ("Tiger Woods", "Doc Martin": a word the dictionary also writes as a name keeps it a person's.)
      // (Left unknown, it still joins a body the article names so elsewhere: "IT firm Meridian Data", then "Meridian Data".)
      if (!firstName && tokens.every((t) => factsOf(t).english)) return make(m, surface, "unknown", tokens, roles, honorific);
      // "St Katherine's dock", "Army Gurkhas": a saint's name or a body's head word first is no one's name.
      if (!firstName && (/^(?:st|saint|san|santa|sao|los|las)$/.test(head.key) || ORG_HEADS.has(head.key))) return undefined;
      // "Athletics Ireland", "Sport England": a body named after its country.
      // (Not a subdivision from the generated list, whose names are surnames as often: "Toshiyuki Shiga".)
      if (!firstName && (tail.place?.kind === "country" || (tail.place?.kind === "region" && tail.place.lat !== null))) return (head.common || /(?:ian|ean|ese|ish)$/.test(head.key)) && !SPORT_BODIES.has(head.key) ? undefined : make(m, surface, "organization", tokens, roles, honorific);
      // "London Brent crude", "the Blunkett Sheffield trip": two names run together, not a person called so.
      if (!firstName && tokens.length === 2 && isBigPlace(tail.place) && !tail.surname) return undefined;
      // "Corkman Mark Carroll", "Sprinter Michelle Collins": a descriptor before a first name is no part of the name.
      if (!firstName && tokens.length > 2 && isDescriptor(tokens[0] as string) && (factsOf(tokens[1] as string).given || AGE_DESCRIPTOR.test(head.key) || isNationalNoun(head.key))) {
        return classify({ ...m, tokens: tokens.slice(1), sentenceStart: false, before: [], gapBefore: "" });
      }
      // "Gordon Brown", "Stephen Fry": a first name that is no English word makes a common word after it a surname.
      if (firstName && (!tail.common || m.listedAfterPerson || (!head.common && !(m.gapAfter === "" && WORK_AFTER.has(m.after[0] ?? ""))))) return make(m, surface, "person", tokens, roles, honorific);
      // "Bill Gates": two English words that may be a name; a "Mr Gates" elsewhere in the article settles it (group.ts).
      if (firstName && tokens.length === 2 && !m.article) return make(m, surface, "unknown", tokens, roles, honorific);
      // "Raging Bull", "Club World", "Hang Seng": an English word first and no known surname last is a title or a thing.
      if (!firstName && (head.common || /ing$/.test(head.key)) && !tail.surname) return undefined;
      // ("Auld Lang Syne", "Motor Neurone Disease": three words or more with no first name, surname or particle,
      // and an English word or place among them, are a title's or a thing's.)
      if (!tail.common && !FALSE_PLACES.has(lastWord) && tokens.slice(1, -1).every((t) => PARTICLE.test(t) || !factsOf(t).common) && (tokens.length < 3 || tokens.some((t) => PARTICLE.test(t) || factsOf(t).given || factsOf(t).surname) || isDescriptor(tokens[0] as string) || tokens.every((t) => !factsOf(t).common && !factsOf(t).place))) return make(m, surface, "person", tokens, roles, honorific);
    }
    return undefined;
  }
  // "HD-DVD", "DVD-R": trade acronyms hyphened together are a format.
  if (name.includes("-") && name.split("-").every((p) => NOT_ORG_ACRONYMS.has(p) || p === "R" || p === "RW")) return undefined;
  // "ITV1", "BBC2": a known broadcaster's numbered channel.
  const numbered = tokens.length === 1 && name.length <= 6 ? NUMBERED_CHANNEL.exec(name) : null;
  if (numbered && (factsOf(numbered[1] as string).body || factsOf(numbered[1] as string).knownOrg || factsOf(numbered[1] as string).aliasOrg)) return make(m, surface, "organization", tokens, roles, honorific);
  if (isAcronym(name)) return NOT_ORG_ACRONYMS.has(name) ? undefined : make(m, surface, acronymIsThing(m, name) ? "unknown" : "organization", tokens, roles, honorific);
  // "1. Paxwell (GB) 7.21": a name with a country code in brackets is an athlete in a results list.
  if (m.gapAfter === "(" && /^[a-z]{2,3}$/.test(m.after[0] ?? "") && /^\d{1,2}$/.test(m.before[m.before.length - 1] ?? "") && !facts.common && !isAcronym(name)) return make(m, surface, "person", tokens, roles, true);
  if (!m.sentenceStart && strongOrgCue(m)) return make(m, surface, "organization", tokens, roles, honorific);
  // "the Beatles", "the Pixies": in a story about music, "the" before a plural no word list knows is a band's name
  // (not a family, "the Smiths", nor an awards night, "the Grammys"; elsewhere as often a people's, "the Londoners", or a team's nickname).
  if (tokens.length === 1 && m.music && !m.sport && m.article && !m.capitalThe && !honorific && GROUP_PLURAL.test(name) && !(m.gapAfter === "" && m.after[0] === "of") && isBandPlural(name, facts)) return make(m, surface, "organization", tokens, roles, honorific);
  // "Apple iPod", "Apple iTunes": the maker of a product named right after it.
  const productAfter = m.gapAfter === "" && PRODUCT_WORDS.has(m.after[0] ?? "");
  if ((!m.sentenceStart && (orgCue(m) || dealCue(m))) || m.listedAfterOrg || (m.itsAfter && subjectOfIts(m, facts.key)) || productAfter) {
    if (!facts.common && !facts.given) return make(m, surface, "organization", tokens, roles, honorific);
  }
  // "Shell has cut its ...", "Orange had its UK launch": an English word as a name, with no "the", before a verb and "its".
  if (m.itsAfter && subjectOfIts(m, facts.key) && facts.common && !facts.given) return make(m, surface, "organization", tokens, roles, honorific);
  // "eBay", "eDonkey": a brand's lower-case letter before a capital (not a product the lexicon knows: "iPod", "iTunes").
  if (tokens.length === 1 && LOWER_CAMEL.test(name) && !PRODUCT_WORDS.has(facts.key) && !PRODUCT_WORDS.has(facts.key.replace(/s$/, ""))) return make(m, surface, "organization", tokens, roles, honorific);
  // "ScanSoft", "WorldCom", "GlaxoSmithKline": two words run together with a capital each is a firm's or a brand's name
  // (not a surname with its prefix: "McManus", "DiCaprio", "LaShawn"; nor a product the lexicon knows).
  // (In a sports report it is as often a player's: "LuaLua".)
  if (tokens.length === 1 && !m.sport && RUN_TOGETHER.test(name) && !NAME_PREFIX.test(name) && !facts.given && !facts.place && !PRODUCT_WORDS.has(facts.key) && !PRODUCT_WORDS.has(facts.key.replace(/s$/, "")) && !m.personAfter && !(m.gapBefore === "" && PERSON_BEFORE.has(m.before[m.before.length - 1] ?? ""))) return make(m, surface, "organization", tokens, roles, honorific);
  // "Bizet's tragic opera", "Shakespeare's play": whose work it is names a person.
  if (m.possessive && tokens.length === 1 && !facts.common && !facts.place && (AUTHORED.has(m.after[0] ?? "") || AUTHORED.has(m.after[1] ?? ""))) return make(m, surface, "person", tokens, roles, honorific);
  // "goals from Noe Pamarot and Mido": one unknown word listed after a person is a person.
  if (m.listedAfterPerson && tokens.length === 1 && !facts.common && !facts.place && !facts.given && !NOT_PERSON_HEADS.has(facts.key)) return make(m, surface, "person", tokens, roles, honorific);
  // "Safin raised his game": a name no list knows, before a verb and "his" or "her", is a person's.
  // (Not who someone is, "Frenchman", "Dubliner", nor a plural, "Investors", "Lions".)
  if (m.personAfter && tokens.length === 1 && !facts.common && !facts.english && !facts.place && !isKnownBody(name) && !isAcronym(name) && !m.listedAfterOrg && !isDescriptor(name) && !NOT_PERSON_HEADS.has(facts.key) && !pluralOfWord(facts.key)) return make(m, surface, "person", tokens, roles, honorific);
  return make(m, surface, "unknown", tokens, roles, honorific);
}

/** "A380", "V3", "K750i", "A300s": letters and digits of a model, not a name. */
const MODEL_CODE = /^[A-Z]{1,3}-?\d{1,4}[a-z]{0,2}$/;
const LOWER_CAMEL = /^[a-z][A-Z][a-z]+$/;
const RUN_TOGETHER = /^[A-Z][a-z]{2,}[A-Z][a-z]+[A-Za-z]*$/;
const NAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Lo|Van|Von|Del|Della|Ter|Ten|St)[A-Z]/;
/** Words before a name that make it a character or a person, not a brand: "cartoon SpongeBob". */
const PERSON_BEFORE = new Set(["character", "cartoon", "hero", "mr", "mrs", "ms", "dr"]);

/** "lions", "investors": the plural of an English word. */
const pluralOfWord = (key: string) => key.endsWith("s") && (factsOf(key.slice(0, -1)).english || factsOf(key.slice(0, -1)).common);

/**
 * Every candidate built with one literal of one shape: spreading a shared
 * base object per mention cost about 7 µs a call, most of classify's time.
 */
function make(mention: Mention, surface: string, kind: Kind, tokens: string[], roles: string[], honorific: boolean, place?: PlaceInfo): Candidate {
  return place ? { kind, tokens, surface, roles, honorific, place, mention } : { kind, tokens, surface, roles, honorific, mention };
}

/** Product lines and brands that follow a maker's name ("Microsoft Xbox") or head a product's ("Windows Messenger"). */
export const PRODUCT_WORDS = new Set(
  "windows xbox playstation ipod iphone ipad itunes mac macintosh imac powerbook ibook walkman messenger explorer vista kindle blackberry gameboy nintendo ds psp wii gamecube pentium centrino thinkpad".split(" "),
);

/** Trade words that describe a person as often as a firm: "games maker", "property developer". */
/** ("rival Diane Allahgreen", "partner Jane Smith"): a rival or partner is a person as often as a firm. */
const PERSON_TRADES = new Set(["maker", "developer", "owner", "specialist", "researcher", "designer", "publisher", "rival", "rivals", "partner", "partners", "jeweller", "chemist", "bookseller", "grocer", "broadcaster", "consultant", "consultants", "analyst", "analysts", "researchers", "specialists"]);

/** Nouns after an acronym that make it a format or standard: "HD pictures", "a ZIP file", "GPRS access". */
const THING_NOUNS = new Set(
  "drug drugs treatment treatments patients sufferers vaccine vaccines symptoms file files format formats access pictures picture images image version versions quality signal signals standard standards technology network networks phone phones handset handsets chip chips camera cameras player players disc discs drive drives card cards screen screens tv television broadcasts broadcast content channels rating connection connections code codes".split(" "),
);

/**
 * An acronym that is a thing, not a body: after "a"/"an", before a thing noun,
 * a country code in brackets ("(GB)"), or a pair of initials before a name ("CA del Fava").
 * Left "unknown", it still joins an organization the article spells out.
 */
function acronymIsThing(m: Mention, name: string): boolean {
  const b1 = m.before[m.before.length - 1] ?? "";
  if (m.gapBefore === "" && (b1 === "a" || b1 === "an")) return true;
  // "HK$327m": a currency's prefix.
  if (m.gapAfter.startsWith("$")) return true;
  if (m.gapAfter === "" && THING_NOUNS.has(m.after[0] ?? "")) return true;
  // "the steroid THG", "the drug AZT": a substance named after its kind.
  if (m.gapBefore === "" && THING_BEFORE.has(b1)) return true;
  if (m.gapBefore === "(" && m.gapAfter === ")" && (m.sincePrevious.trim() === "(" ) && factsOf(name).place?.kind === "country") return true;
  if (m.gapBefore === "(" && m.gapAfter === ")" && (m.sport || /^\d/.test(m.after[0] ?? "")) && name.length <= 3) return true;
  return name.length === 2 && m.gapAfter === "" && /^(?:de|del|della|da|di|van|von|le|la)$/.test(m.after[0] ?? "");
}

/**
 * A single word before a verb and "its" is a body's name, unless "the" or a number comes
 * before it ("Pier 1 Imports saw its"), it is a date, or a gerund opens the sentence ("Podcasting takes its name").
 */
function subjectOfIts(m: Mention, key: string): boolean {
  const b1 = m.before[m.before.length - 1] ?? "";
  return !m.article && !/^\d/.test(b1) && !DATE_WORD.test(key) && !(m.sentenceStart && key.endsWith("ing")) && !NOT_ORG_ACRONYMS.has(m.tokens.join(" "));
}

/** A firm's initials (three letters or more, no trade acronym nor country) before names that are not a role nor an event's. */
function firmInitials(tokens: string[], shortest: number): boolean {
  const first = tokens[0] as string;
  if (first.length < shortest || !isAcronym(first) || NOT_ORG_ACRONYMS.has(first) || isBigPlace(factsOf(first).place) || canonicalName("place", first) !== undefined) return false;
  const rest = tokens.slice(1);
  return rest.every(isTitleCase) && !isTitleWord(rest[rest.length - 1] as string) && !rest.some((t) => NOT_PERSON_HEADS.has(lower(t)) || isWorkWord(t));
}

const SURNAME_PREFIX = /^(?:Mc|Mac|O['’])\p{Lu}/u;
function personInitials(tokens: string[]): boolean {
  const [first, last] = tokens as [string, string];
  if (first.length !== 2 || !ALL_CAPITALS.test(first) || NOT_ORG_ACRONYMS.has(first) || isKnownBody(first) || isBigPlace(factsOf(first).place) || canonicalName("place", first) !== undefined) return false;
  const tail = factsOf(last);
  // A plural is a trade's name ("EA Sports"), unless the word is a known surname or reads as one ("McManus").
  if (tail.key.endsWith("s") && !tail.surname && !SURNAME_PREFIX.test(last)) return false;
  return isTitleCase(last) && !tail.common && !tail.place && !isKnownBody(last) && !isKnownBody(tokens.join(" ")) && !ORG_HEADS.has(tail.key) && !NOT_PERSON_HEADS.has(tail.key);
}

const LIST_GAP = /^[,;:.]$/;
const PLACE_OPENER = /^(?:Sao|São|Santo|Puerto|Porto)$/;
const SURNAME_PARTICLE = /^(?:Van|Von|Di|Da)$/;
const PLURAL_POSSESSIVE = /s['’]$/;
/** Events named after the body that runs them. */
const EVENT_BODIES = new Set(["festival", "awards", "market"]);
/** A plural's ending: "Boys", "Sisters", "Monkeys" (not "Glass", "Status", "Physics"). */
const GROUP_PLURAL = /[^su'’]s$/;
/** A plural that is no word, place, name or surname, nor the plural of one: "Beatles" (not "Smiths", "Oscars", "Philippines"). */
function isBandPlural(name: string, facts: Facts): boolean {
  if (facts.common || facts.place || facts.given || facts.surname || isKnownBody(name) || isDemonym(name) || NOT_GROUP_PLURALS.has(facts.key) || !isTitleCase(name)) return false;
  const stem = factsOf(name.slice(0, -1));
  const stem2 = name.endsWith("es") ? factsOf(name.slice(0, -2)) : undefined;
  return !stem.given && !stem.surname && !stem.common && !stem.place && !stem2?.surname && !stem2?.given && !stem2?.common && !stem2?.place;
}

/** Plurals after "the" that name periods, events or things, not groups. */
const NOT_GROUP_PLURALS = new Set("ages times years days nights games olympics awards globes finals trials talks accords elections polls rules laws acts regulations slams towers names tags grammys baftas brits emmys oscars mobos americas".split(" "));

/** First words of named storms and operations: "Hurricane Ivan", "Operation Telic". */
const EVENT_FIRST = new Set(["hurricane", "storm", "typhoon", "cyclone", "tropical", "operation"]);
/** A country, curated region or city of 100,000: a name of its own. (Generated subdivisions, with no coordinates, are often surnames too.) */
const isBigPlace = (p: PlaceInfo | undefined) => p !== undefined && (p.kind === "city" ? p.population >= 100_000 : p.kind !== "region" || p.lat !== null);

/** Kinds of thing whose names are acronyms: "the steroid THG". */
const THING_BEFORE = new Set("steroid steroids drug drugs substance substances compound virus gene protein chemical format protocol chip chips".split(" "));

/** Particles inside names ("Ruud van Nistelrooy"): "van" is also an English word. */
const PARTICLE = /^(?:de|da|di|van|von|der|den|bin|al|el|la|le)$/;
/** Features named "X of Y" only: "Glens of Antrim", "Bay of Biscay" (not the firm "Vale do Rio Doce"). */
const OF_FEATURES = new Set(["glens", "vale", "bay", "gulf", "straits", "strait"]);
const FEATURE_FIRST = new Set(["river", "lake", "loch", "lough", "mount", "isle", "cape", "glens", "vale", "bay", "gulf", "straits", "strait"]);
const FEATURE_LAST = new Set(["valley", "hills", "mountains", "glens", "lough", "estuary", "moors", "fells", "peninsula", "bay", "dam"]);

/** Nouns after a name that make it a thing, not a person: "the Hang Seng index", "the Old Trafford ground". */
const THING_AFTER = new Set(
  "index ground stadium arena award awards prize trophy film movie album single song show series festival contenders contender nomination nominations ceremony tournament race project programme scheme system service network platform brand".split(" "),
);

/** A multi-word name with "the" before it ("The Phantom Menace") or a thing noun after it is a work or thing, not a person. */
function notAPerson(m: Mention): boolean {
  // A first name that is no English word and a surname that is none either name a person even as
  // a modifier ("the Mel Gibson film", "the Ed Sullivan show", "best actor for Jamie Foxx", "will play Roger Federer").
  const named = m.tokens.length === 2 && isGivenName(m.tokens[0] as string) && !factsOf(m.tokens[0] as string).common && !factsOf(m.tokens[1] as string).common;
  if (m.article && !(named && m.gapAfter === "" && PERSON_MODIFIED.has(m.after[0] ?? ""))) return true;
  if (!named && m.gapAfter === "" && THING_AFTER.has(m.after[0] ?? "")) return true;
  if (m.tokens.some(isWorkWord)) return true;
  const [b2, b1] = [m.before[m.before.length - 2] ?? "", m.before[m.before.length - 1] ?? ""];
  // "the new game, Runaway Glider-Nine", "the film Lost Harbour": a work named after its kind.
  if ((m.gapBefore === "" || m.gapBefore === ",") && WORK_BEFORE.has(b1) && !(named && /^plays?$/.test(b1))) return true;
  // "minister for Community Cohesion": a portfolio, not the minister.
  return !named && m.gapBefore === "" && b1 === "for" && TITLE_HEADS.has(b2);
}

/** Things named after a person: "the Mel Gibson film", "the Stephen King adaptation", "the Roger Bannister stories". */
const PERSON_MODIFIED = new Set("film films movie show biopic adaptation best-seller bestseller novel book era years stories story song songs album documentary production version interview".split(" "));

/** Nouns after a work's title that names a character ("Vera Drake star Imelda Staunton", "Harry Potter books"). */
const WORK_AFTER = new Set("star stars author books book novel novels musical character characters creator director film films movie series sequel franchise trilogy fans".split(" "));

const COMPOUND_ADJECTIVE = /-(?:winning|born|led|owned|backed|run|style|era|made|funded|controlled|listed|nominated|bound|published|registered|educated)$/i;

/** Works that have an author: after "X's" they make X a person. */
const AUTHORED = new Set("opera operas novel novels play plays symphony poem poems paintings painting sonnets memoirs autobiography".split(" "));

/** Nouns that name a work or product just before its title. */
const WORK_BEFORE = new Set("game games film films movie album single song book novel play musical series sitcom drama documentary title titles programme show".split(" "));
/** Words only titles of works hold: "Episode I", "Part Two", "Glider-Nine" (a number word hyphened to a name). */
const isWorkWord = (t: string) => /^(?:episode|part|chapter|volume|vol|edition)$/i.test(t) || /-(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(t);

/** Head words of bodies that are also surnames. */
const SURNAME_HEADS = new Set(["power", "steel", "banks", "bank", "church", "hall", "court", "field", "fields", "rivers", "mills", "park", "parks", "city", "hills", "lane", "bridge", "bridges", "wood", "woods", "ford", "press", "lake", "east", "west", "north", "south"]);

/** Sports whose national bodies are named "<sport> <country>": "Athletics Ireland", "Sport England", "Swimming Australia". */
const SPORT_BODIES = new Set("athletics sport swimming cycling rowing football rugby hockey tennis golf boxing cricket netball basketball volleyball gymnastics sailing triathlon badminton squash".split(" "));

/** Words that describe a player or a person, never part of a name: "Teenager Sania Mirza", "Substitute Joe Pattison". */
const AGE_DESCRIPTOR = /^(?:in-form|veteran|rookie|substitute|replacement|debutant|youngster|teenager|newcomer|compatriots?|countryman|countrywoman|team-mates?|team mates?)$/;

const isTitleWord = (t: string) => {
  const l = t.toLowerCase();
  return TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l);
};

function name0HasHyphen(tokens: string[]): boolean {
  for (const t of tokens) if (t.includes("-")) return true;
  return false;
}

const isKnownBody = (name: string) => {
  const f = factsOf(name);
  return f.aliasOrg || f.knownOrg || f.body || f.club;
};

/** "Spaniard", "Briton", "Californian", "Slovakian", "Ten-year-old": who someone is, before the name. */
function isNationalNoun(key: string): boolean {
  if (/^(?:spaniard|briton|brit|dane|swede|finn|pole|scot|turk|kiwi|aussie|yank)s?$/.test(key) || /[- ]year[- ]old$/.test(key)) return true;
  if (!/an$/.test(key)) return false;
  const place = lookupPlace(key.slice(0, -1));
  return place !== undefined && place.kind !== "city";
}

/** "Sprinter", "In-form", "Corkman": a word that describes, or a place's man or woman. */
function isDescriptor(word: string): boolean {
  const { key, common } = factsOf(word);
  if (common || AGE_DESCRIPTOR.test(key) || isNationalNoun(key)) return true;
  // "Judges Simon Cowell ...": a role in the plural.
  if (key.endsWith("s") && TITLE_HEADS.has(key.slice(0, -1))) return true;
  const stem = key.replace(/(?:wo)?man$|er$/, "");
  // "Frenchman", "Scotsman": a nationality's man or woman.
  if (stem !== key && /man$/.test(key) && (DEMONYMS.has(stem) || stem === "scots")) return true;
  return stem !== key && stem.length > 2 && lookupPlace(stem) !== undefined;
}

const DESCRIBING_END = /(?:s|ing|ly|ive|ous|ful|ed)$/;
/** Months that are also women's given names. */
const MONTH_GIVEN = /^(?:april|may|june)$/;
/** Words before a date: "in June", "last May", "since April". */
const TIME_BEFORE = new Set("in on by since until till from last next this early late mid of during before after through throughout".split(" "));
const DATE_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** How many leading tokens are not part of the name: up to a courtesy title, date words, a sentence-opening word before a given name. */
function leadingNoise(m: Mention, tokens: string[]): number {
  const title = tokens.findIndex((t, i) => i > 0 && HONORIFICS.has(lower(t).replace(/\.$/, "")));
  if (title > 0 && title < tokens.length - 1) return title;
  const head = factsOf(tokens[0] as string);
  // "New Zealander Peter Jackson": a two-word country's man or woman before a name.
  if (tokens.length > 3 && /er$/.test(tokens[1] as string) && lookupPlace(`${tokens[0]} ${(tokens[1] as string).slice(0, -2)}`)?.kind === "country") return 2;
  // "Newcomer Ciara", "Rocker Doherty", "Contestants Paul Burrell": a sentence's first word that is never a name describes who follows.
  // (Not a sector noun before a firm, "Miners Rio Tinto", nor a body's first word, "Air China", "Virgin Radio", nor a word
  // ending in -y, which given names missing from the list often do: "Paddy O'Brien".)
  // (Before one word only a plural, an adverb or adjective, or a describing noun: "Tiger Woods" keeps his name.)
  if (m.sentenceStart && head.english && (tokens.length > 2 || DESCRIBING_END.test(head.key) || AGE_DESCRIPTOR.test(head.key)) && !(m.gapAfter === "" && TITLE_HEADS.has(m.after[0] ?? "")) && !head.given && !head.surname && !head.place && !head.key.endsWith("y") && isTitleCase(tokens[0] as string) && isTitleCase(tokens[1] as string) && !isSectorWord(tokens[0] as string) && !isKnownBody(tokens[0] as string) && !isKnownBody(tokens.join(" ")) && !ORG_HEADS.has(lower(tokens[1] as string)) && !isBigPlace(factsOf(tokens.slice(1).join(" ")).place) && !ORG_HEADS.has(lower(tokens[tokens.length - 1] as string)) && !NOT_PERSON_HEADS.has(lower(tokens[tokens.length - 1] as string))) return 1;
  // "June Sarpong", "April Ashley": a month that is also a given name opens a name, unless a preposition or time word comes before it ("in June Smith ...").
  if (DATE_WORD.test(head.key) && !(MONTH_GIVEN.test(head.key) && tokens.length === 2 && !TIME_BEFORE.has(m.gapBefore === "" ? (m.before[m.before.length - 1] ?? "") : "") && !factsOf(tokens[1] as string).common && !isKnownBody(tokens[1] as string) && !isBigPlace(factsOf(tokens[1] as string).place))) return 1;
  // "Said Williams", "Added Smith": a speech verb opening a sentence.
  if (m.sentenceStart && /^(?:said|says|added|adds|asked|explained|insisted)$/.test(head.key)) return 1;
  // "Can Smith turn it round?": a question's opening verb.
  if (m.sentenceStart && /^(?:can|could|would|should|might|must|did|does|do|is|was|are|were|has|have|had|shall)$/.test(head.key)) return 1;
  // "Unfortunately England": a sentence's opening adverb.
  if (m.sentenceStart && /ly$/.test(head.key) && !head.given && !head.surname && !head.place) return 1;
  if (m.sentenceStart && tokens.length > 2 && head.common && !head.given && factsOf(tokens[1] as string).given) return 1;
  // "Weak US demand": a sentence's first word before a country.
  // "Strong Oscar contenders": a sentence's first word before a known body.
  if (m.sentenceStart && tokens.length === 2 && head.common && !head.given) {
    const rest = factsOf(tokens[1] as string);
    if ((isAcronym(tokens[1] as string) && rest.place?.kind === "country") || rest.aliasOrg || rest.knownOrg || rest.body) return 1;
  }
  return 0;
}

/** Tokens that open with a known first name ("Eddie Wong"): a person, whatever the context. */
export function hasFirstName(tokens: string[]): boolean {
  return tokens.length > 1 && isGivenName(tokens[0] as string);
}

/** A given name, or two joined by a hyphen ("Jeanne-Marie", "Jean-Pierre"). */
function isGivenName(token: string): boolean {
  if (factsOf(token).given) return true;
  const dash = token.indexOf("-");
  return dash > 0 && factsOf(token.slice(0, dash)).given && factsOf(token.slice(dash + 1)).given;
}

/** The person after a body and a role: the role words (from the last title word back) kept as the role. */
function personWithRole(m: Mention, tokens: string[], start: number): Candidate {
  const name = tokens.slice(start);
  let from = start;
  while (from > 0 && (TITLE_HEADS.has(lower(tokens[from - 1] as string)) || TITLE_MODIFIERS.has(lower(tokens[from - 1] as string)))) from--;
  const roles = from < start && TITLE_HEADS.has(lower(tokens[start - 1] as string)) ? [tokens.slice(from, start).join(" ")] : [];
  return make(m, name.join(" "), "person", name, roles, true);
}

/**
 * Where a person's name starts after a leading body and role, or 0: a known
 * body among the words before a first name ("BBC Political Correspondent James
 * Hardy", "Fellow Lib Dem Norman Baker", "Tory Liam Fox"), and a surname after it.
 */
function personAfterBody(tokens: string[]): number {
  if (tokens.length < 3) return 0;
  for (let k = 1; k < tokens.length - 1 && k <= 4; k++) {
    const t = tokens[k] as string;
    if (!isGivenName(t) || factsOf(t).common) continue;
    const rest = tokens.slice(k + 1);
    if (rest.length > 2 || !rest.every((r) => isTitleCase(r) && !ORG_HEADS.has(lower(r)) && !NOT_PERSON_HEADS.has(lower(r)))) return 0;
    // A body of one or two words among those before ("BBC", "Lib Dem"); new strings are looked up only for pairs.
    for (let i = 0; i < k; i++) {
      const word = tokens[i] as string;
      const f = factsOf(word);
      if (f.aliasOrg || f.knownOrg || f.body) return k;
      // "EADS Philippe Camus": a firm's acronym.
      if (ACRONYM.test(word) && !NOT_ORG_ACRONYMS.has(word) && f.place === undefined) return k;
      if (i + 1 < k && CAPITAL_FIRST.test(tokens[i + 1] as string)) {
        const pair = factsOf(`${word} ${tokens[i + 1]}`);
        if (pair.aliasOrg || pair.knownOrg || pair.body) return k;
      }
    }
    return 0;
  }
  return 0;
}

/** Last words of names that are things, events or works, not people ("Millennium Stadium", "Marshall Plan"). */
export const NOT_PERSON_HEADS = new Set(
  "stadium theatre theater arena park hall centre center street st road avenue lane house bridge prison bay beach harbour heights gardens crown premiership league division olympic paralympic paralympics north south east west jail gaol barracks valley river lake mountains hills glens island islands airport station square palace castle cathedral abbey church blog plan prize award awards cup trophy championship championships games olympics festival show act bill election wars war tv online live series day week year awards chart tour album film movie book agreement treaty accord summit conference".split(" "),
);

/** Index of the last token of a leading role ("President", "Deputy Defence Minister"), or -1. */
function roleEnd(tokens: string[]): number {
  let end = -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = lower(tokens[i] as string);
    if (TITLE_HEADS.has(t) || isCoRole(t)) end = i;
    else if (i > 3) break;
  }
  if (end < 0) return -1;
  const after = tokens[end + 1];
  if (!after || ORG_HEADS.has(lower(after)) || orgNamed(tokens.slice(end + 1))) return -1;
  // "General Electric" is a company, not General Electric the officer.
  const name = tokens.slice(end + 1);
  // "Star Wars Episode I": a work's title, not a star called "Wars"; "Star Wars DVD": a name holds no acronym.
  if (name.some(isWorkWord) || name.some((t) => ALL_CAPITALS.test(t) && !POST_NOMINALS.has(t))) return -1;
  if (name.length === 1 && (factsOf(after).common || NOT_PERSON_HEADS.has(factsOf(after).key))) return -1;
  // "Imam Khomeini International Airport": a place or thing named after someone.
  if (NOT_PERSON_HEADS.has(factsOf(name[name.length - 1] as string).key)) return -1;
  return end;
}

/** "Co-star", "co-founder", "co-host": a role shared with someone is a role. */
const isCoRole = (t: string) => t.startsWith("co-") && TITLE_HEADS.has(t.slice(3));

/** A lower-case role written just before the name: "Kremlin spokesman Dmitry Peskov". */
function roleBefore(m: Mention): string | undefined {
  if (m.gapBefore !== "" || !m.before.length) return undefined;
  const last = m.before[m.before.length - 1] as string;
  if ((!TITLE_HEADS.has(last) && !isCoRole(last)) || /^(?:general|major|head|leader|captain|star|keeper|chief|count|crown)$/.test(last)) return undefined;
  const words = [last];
  for (let i = m.before.length - 2; i >= 0; i--) {
    const w = m.before[i] as string;
    if (TITLE_MODIFIERS.has(w) && !/^(?:of|the|and|for)$/.test(w)) words.unshift(w);
    else break;
  }
  return words.join(" ");
}

/** Heads that name a medium as often as a body: "British TV", "Internet TV" are no organizations. */
const MEDIUM_HEADS = new Set(["tv", "television", "radio", "media", "press", "online", "network", "networks"]);

/** A body's name by its head word, unless a first name makes the head a surname ("Tony Banks"). */
function orgNamed(tokens: string[]): boolean {
  if (tokens.length === 2 && hasFirstName(tokens) && !factsOf(tokens[0] as string).common && SURNAME_HEADS.has(lower(tokens[1] as string))) return false;
  return isOrgName(tokens);
}

function isOrgName(tokens: string[]): boolean {
  const last = lower(tokens[tokens.length - 1] as string);
  // "US TV", "High-definition TV", "LCD TV": a medium described, not a broadcaster.
  if (MEDIUM_HEADS.has(last) && tokens.slice(0, -1).every((t) => isDemonym(t) || factsOf(t).common || /^internet$/i.test(t) || HYPHENED_ADJECTIVE.test(t) || NOT_ORG_ACRONYMS.has(t) || factsOf(t).place?.kind === "country")) return false;
  if (ORG_HEADS.has(last)) return true;
  // "Banco Central Hispano", "Bank Leumi": a bank's head word first.
  if (tokens.length > 1 && /^(?:banco|banca|banque|bank|stade|sporting|atletico|olympique|dynamo|dinamo|borussia|maccabi|hapoel)$/i.test(tokens[0] as string)) return true;
  const of = tokens.findIndex((t) => t === "of" || t === "for");
  // "British Chambers of Commerce": "chambers" heads a body only before "of" ("Dwain Chambers" is a sprinter).
  return of > 0 && (ORG_HEADS.has(lower(tokens[of - 1] as string)) || lower(tokens[of - 1] as string) === "chambers");
}

/** A gazetteer city is a place when it is big and unambiguous, or when the words around it say so. */
function acceptCity(m: Mention, name: string, place: PlaceInfo): boolean {
  const { key, common, plainGiven, surname } = factsOf(name);
  if (/^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(key)) return false;
  if (strongCue(m)) return true;
  // "Maidenhead, Berkshire": a town placed in its county or country.
  if (!common && !plainGiven && !surname && m.gapAfter === "," && inRegion(m.after)) return true;
  // "the Sedgefield constituency".
  if (!common && m.gapAfter === "" && m.after[0] === "constituency") return true;
  const weak = weakCue(m) || m.listedAfterPlace === true;
  // Towns that are English words ("Reading", "Bath") need a preposition at least;
  // towns that are names ("Clinton", "Howard") need it and a sizeable town.
  // A small town that is an English word ("in Anger", "in Ray", "at Oracle") is a title or a firm far more often.
  // ("Houston", "Sydney", "Santiago": a city of a million that the word list also holds is the city; "Queens" is a plural.)
  if (FALSE_PLACES.has(key) || common) return (weak && place.population >= 75_000) || (!FALSE_PLACES.has(key) && place.population >= 1_000_000 && !(key.endsWith("s") && factsOf(key.slice(0, -1)).common));
  // "London" is also a surname; a city of a million needs no cue.
  if (plainGiven || surname) return (weak && place.population >= 100_000) || place.population >= 1_000_000;
  if (weak) return true;
  return place.population >= 100_000 || (m.tokens.length > 1 && place.population >= 10_000);
}

/** An unknown name is a place only with a strong cue ("the village of X", "X region"). */
function placeByContext(m: Mention, name: string): boolean {
  const { key, plainGiven } = factsOf(name);
  // "Liverpool, and Reds skipper ...": a word only a club or firm takes after it outweighs the list.
  // ("the West African state of Benin": a nationality is no place.)
  if (m.tokens.length > 3 || m.possessive || FALSE_PLACES.has(key) || orgCueAfter(m) || isDemonym(m.tokens[m.tokens.length - 1] as string)) return false;
  // A sports report's team sheet lists players after a surname that is a town ("Holland, Kishishev"): a list says nothing there.
  if (m.sport && m.listedAfterPlace && !strongCue({ ...m, listedAfterPlace: false, endsPlaceList: false })) return false;
  return strongCue(m) && !plainGiven;
}

/** "the edge of Kibera", "the outskirts of Lyon": parts of a place. */
const PLACE_PARTS = new Set(["edge", "outskirts", "heart", "suburbs", "streets", "centre", "center"]);
const LANDSCAPE_AFTER = new Set(["embankment", "estuary", "quay", "wharf", "peninsula", "coastline", "desert"]);
/** "the Ballymena man", "the Cobh runner": a person named by where they come from. */
const FROM_PLACE_AFTER = new Set(["man", "woman", "native", "runner"]);

function strongCue(m: Mention): boolean {
  // "Bride and Prejudice" is a film: an English word listed after a place needs more than the list.
  // "between Russia and Yukos", "face Wales, Robinson will": only a comma list that goes on is a list of places.
  if (m.listedAfterPlace && m.tokens.length === 1 && !factsOf(m.tokens[0] as string).common && ((m.sincePrevious.includes(",") && (m.gapAfter === "," || (m.gapAfter === "" && /^(?:and|or)$/.test(m.after[0] ?? "")))) || m.endsPlaceList)) return true;
  const [b2, b1] = [m.before[m.before.length - 2] ?? "", m.before[m.before.length - 1] ?? ""];
  if (m.gapBefore === "" && b1 === "of" && PLACE_NOUNS.has(b2)) return true;
  // ("the centre of Government policy": a body's head word is no place.)
  if (m.gapBefore === "" && b1 === "of" && PLACE_PARTS.has(b2) && m.tokens.every((t) => !ORG_HEADS.has(lower(t)) && !factsOf(t).common)) return true;
  // "the Ballymena man", "the 35-year-old Cobh runner": where someone comes from (not a club's or a body's man).
  if (m.gapAfter === "" && m.tokens.length === 1 && FROM_PLACE_AFTER.has(m.after[0] ?? "") && (m.article || /-year-old$/.test(b1)) && !isKnownBody(m.tokens[0] as string)) return true;
  if (m.gapBefore === "" && PLACE_NOUNS.has(b1) && /city|town|village|port|capital/.test(b1) && b2 !== "the") return true;
  // "MP for Grantham", "AM for Aberavon": a member's constituency.
  if (m.gapBefore === "" && b1 === "for" && /^(?:mp|mps|msp|mep|am|mla|member)$/.test(b2)) return true;
  // "the Stranmillis embankment", "the Mersey estuary": a landscape word after a name that is no English word.
  if (m.gapAfter === "" && LANDSCAPE_AFTER.has(m.after[0] ?? "") && m.tokens.length === 1 && !m.possessive && !factsOf(m.tokens[0] as string).common && !isKnownBody(m.tokens[0] as string)) return true;
  // "Edo state": a lower-case "state" (a capital one is in the name) after a name.
  return m.gapAfter === "" && /^(?:region|province|oblast|county|district|regional|state)$/.test(m.after[0] ?? "");
}

function inRegion(after: string[]): boolean {
  const [a, b] = after;
  if (!a || !LETTER_FIRST.test(a)) return false;
  const place = (b && lookupPlace(`${a} ${b}`)) || lookupPlace(a);
  return place !== undefined && place.kind !== "city" && place.kind !== "continent";
}

function weakCue(m: Mention): boolean {
  const b1 = m.before[m.before.length - 1] ?? "";
  return m.gapBefore === "" && PLACE_CUES_BEFORE.has(b1) && !m.possessive;
}
