/**
 * entities — people, places and organizations mentioned in the article.
 *
 * Candidates are capitalised chunks (src/extract/entities/mentions.ts),
 * classified with curated lexicons and the gazetteer (classify.ts), then
 * grouped so each person, place and organization is one entity (group.ts).
 * Every quote speaker and every person or organization source is an entity
 * under the very same name string, so records link up.
 *
 * Reads: `blocks`, `captions`, `frontMatter`, `quotes`, `sources`.
 * Writes: `file.data.people`, `file.data.places`, `file.data.organizations`.
 * Rule ids: `entity-kind-conflict` (a name read both as place and as organization).
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { fold } from "../gazetteer/fold.ts";
import type { Entity, Place } from "../record/schema.ts";
import "../types.ts";
import { type Candidate, classify, hasFirstName, NOT_ORG_ACRONYMS } from "./entities/classify.ts";
import { isMusicText, isSportText } from "./entities/context.ts";
import { apposedBody, calledBody, namesAPart, namesAWork, spokesmanFor } from "./entities/cues.ts";
import { factsOf } from "./entities/facts.ts";
import { DEMONYMS, HONORIFICS, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from "./entities/lexicon.ts";
import { type Group, groupCandidates, toEntity, toPlace } from "./entities/group.ts";
import { decodeEntities, findMentions, type Mention } from "./entities/mentions.ts";
import { reconcileNames } from "./entities/speakers.ts";

export default function entities() {
  return (_tree: Root, file: VFile) => {
    const candidates: Candidate[] = [];
    // Acronyms the article spells out in lower-case words: things, not bodies.
    const things = new Set<string>();
    const all = file.data.blocks ?? [];
    const whole = all.map((b) => b.text).join("\n");
    const sport = isSportText(whole);
    // Whether the story is about music is asked only of "the" before a one-word plural (a band's name), so only then found out.
    let music: boolean | undefined;
    const business = BUSINESS_WORDS.test(whole);
    for (const block of all) {
      let previous: Candidate | undefined;
      let previousMention: Mention | undefined;
      // The previous name was itself in a comma list of places ("Hong Kong, Tokyo").
      let placeList = false;
      // How many names in a row, each listed after the one before, are organizations ("MCI, BT, ...").
      let orgRun = 0;
      // Every mention's candidate, and whether a list separator joins it to the one before.
      const listItems: ListItem[] = [];
      const text = decodeEntities(block.text);
      const mentions = findMentions(text, block.index);
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i] as Mention;
        if (sport) m.sport = true;
        if (m.article && m.tokens.length === 1 && (m.tokens[0] as string).endsWith("s")) m.music = music ??= isMusicText(whole);
        // A name listed right after a place, body or person is one too, when it can be.
        let listed = false;
        if (previous && LISTED.test(m.sincePrevious)) {
          // A bare comma after a body or person is as often an apposition ("the Bar Council, Guy Mansfield"),
          // unless the list goes on after this name ("MCI, BT, Deutsche Telekom, Energis", "Stam, Paolo Maldini, Cafu and ...").
          // (Only names: "the President of the European Parliament, Josep Borrell, that ..." is an apposition; possessives list
          // diseases as often ("Parkinson's, Alzheimer's"); and only after a name that is surely a body or person.)
          const next = mentions[i + 1];
          const goesOn = next !== undefined && LISTED.test(next.sincePrevious) && !m.possessive && !previousMention?.possessive;
          const inList = COORDINATED.test(m.sincePrevious) || (goesOn && (isSure(previous) || orgRun >= 2));
          if (previous.kind === "place") {
            m.listedAfterPlace = true;
            listed = m.sincePrevious.includes(",");
            // "Hong Kong, Tokyo and Pusan": the last name of a comma list of places.
            if (placeList && COORDINATED.test(m.sincePrevious)) m.endsPlaceList = true;
          } else if (previous.kind === "organization" && inList) m.listedAfterOrg = true;
          else if (previous.kind === "person" && inList) m.listedAfterPerson = true;
        }
        placeList = listed;
        if (previous?.kind === "person" && OF_PERSON.test(m.sincePrevious)) m.ofPerson = true;
        // "services as Microsoft, like Myrio and C-Cor": examples of the body just named are bodies.
        if (previous?.kind === "organization" && EXAMPLES.test(m.sincePrevious) && isSure(previous)) m.listedAfterOrg = true;
        let c = classify(m);
        c = byCues(c, m, text);
        // "Japan's Kinki Nippon sliding", "the UK's Home Choice": in a story about business, a country's name no one
        // holds (no given name, title or role) is one of its firms.
        if (business && c && (c.kind === "person" || c.kind === "unknown") && !c.honorific && !c.roles.length && !hasFirstName(c.tokens) && previous?.kind === "place" && previous.place?.kind === "country" && previousMention?.possessive && SPACE_ONLY.test(m.sincePrevious) && !m.personAfter && !(m.gapAfter === "" && m.after[0] === "index")) c = { ...c, kind: "organization" };
        if (spelledOutLower(text, m)) things.add(m.tokens.join(" "));
        // "Prebon Yamane economist Lena Komileva": a name before a job and a person is the person's employer.
        if (c && (c.kind === "person" || c.kind === "unknown") && employsNext(m, c, mentions[i + 1])) c = { ...c, kind: "organization", roles: [] };
        // "Harry Potter and the Prisoner of Azkaban": a name before "and the X of Y" opens a title.
        if (c?.kind === "person" && !c.honorific && titleGoesOn(mentions[i + 1])) c = undefined;
        // "ABN Amro's Eddie Wong", "The Guardian's film critic Peter Bradshaw": whose a person is.
        // ("Scorsese's Howard Hughes biopic" is a work about a person, not an employer's person.)
        if (c?.kind === "person" && previousMention?.possessive && ownedRole(m.sincePrevious) && !(m.gapAfter === "" && WORK_ABOUT.test(m.after[0] ?? ""))) {
          const owner = classify({ ...previousMention, ofPerson: true });
          if (owner?.kind === "organization" && (previous === undefined || !isPersonForSure(previous))) {
            if (previous) candidates[candidates.lastIndexOf(previous)] = owner;
            else candidates.push(owner);
          }
        }
        if (c) candidates.push(c);
        listItems.push({ c, m, at: c ? candidates.length - 1 : -1, joined: LISTED.test(m.sincePrevious) });
        // "Medical Research Council Professor Nancy Rothwell", "Home Office Minister Lord Falconer": the body in front of a person.
        const body = c?.kind === "person" && c.tokens.length < m.tokens.length - 2 ? bodyBefore(m, c) : undefined;
        if (body) candidates.push(body);
        // "Paris-based LVMH": the firm, and the place it is based in.
        let at = -1;
        // ("Birmingham-born singer", "London-bred": where a person comes from, the same way.)
        for (let i = 0; i < m.tokens.length; i++) if (ORIGIN_END.test(m.tokens[i] as string)) at = i;
        const based = at >= 0 ? BASED.exec(m.tokens.slice(0, at + 1).join(" ")) : null;
        if (based) {
          const place = classify({ ...m, tokens: (based[1] as string).split(" "), before: ["in"], gapBefore: "", after: [], gapAfter: "", sentenceStart: false, possessive: false });
          if (place?.kind === "place") candidates.push(place);
        }
        // "Northern Ireland Minister John Spellar", "US Secretary of State Colin Powell": the country or region whose office it is.
        const office = c?.kind === "person" && c.roles.length > 0 ? placeOfOffice(m) : undefined;
        if (office) candidates.push(office);
        // "Munich University", "the Berlin Film Festival": the city an institution or event is named after.
        const home = m.tokens.length > 1 ? homeCity(m) : undefined;
        if (home) candidates.push(home);
        orgRun = c?.kind === "organization" ? (LISTED.test(m.sincePrevious) ? orgRun + 1 : 1) : 0;
        previous = c;
        previousMention = m;
      }
      bodiesInLists(listItems, candidates);
      examplesOfBodies(listItems, candidates);
      peopleInLists(listItems, candidates);
    }
    // "purchasing manager index (PMI)": an acronym the article spells out in lower-case words is a thing's, wherever it stands.
    if (things.size) for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as Candidate;
      if (c.kind === "organization" && things.has(c.tokens.join(" "))) candidates[i] = { ...c, kind: "unknown" };
    }
    const groups = groupCandidates(candidates);
    const people: Entity[] = [];
    const places: Place[] = [];
    const organizations: Entity[] = [];
    for (const g of order(groups)) {
      if (g.kind === "person") people.push(toEntity(g));
      else if (g.kind === "place") places.push(toPlace(g));
      else organizations.push(toEntity(g));
    }
    reconcileNames(file, { people, places, organizations }, sport);
    file.data.people = people;
    file.data.places = places;
    file.data.organizations = organizations;
  };
}

/** Most mentioned first, then by first appearance: the order a reader scans an entity list in. */
function order(groups: Group[]): Group[] {
  const pos = (g: Group) => g.first.mention.block * 100_000 + g.first.mention.at;
  return [...groups].sort((a, b) => b.mentions - a.mentions || pos(a) - pos(b));
}

/** Institutions and events named after their city; firms, papers and clubs ("Norwich Union", "Los Angeles Times", "Leeds United") are not. */
const CITY_INSTITUTIONS = new Set("university college school court festival marathon exchange zoo museum airport hospital police council assembly cathedral".split(" "));
const BIG_CITY = 100_000;

/** The big city (or country) that opens an institution's or event's name, as a place candidate of its own. */
function homeCity(m: Mention): Candidate | undefined {
  const last = (m.tokens[m.tokens.length - 1] as string).toLowerCase();
  if (!CITY_INSTITUTIONS.has(last)) return undefined;
  for (const n of [2, 1]) {
    if (m.tokens.length <= n) continue;
    const name = m.tokens.slice(0, n).join(" ");
    const facts = factsOf(name);
    const place = facts.place;
    if (!place || facts.common || facts.club || facts.knownOrg || facts.aliasOrg || facts.body) continue;
    if ((place.kind === "city" && place.population >= BIG_CITY && !facts.plainGiven && !facts.surname) || place.kind === "country" || place.kind === "region") {
      return { kind: "place", tokens: name.split(" "), surface: name, roles: [], honorific: false, place, mention: m };
    }
  }
  return undefined;
}

/** A country or curated region (one or two words) opening a person's role: "Northern Ireland Minister", "US Secretary of State". */
function placeOfOffice(m: Mention): Candidate | undefined {
  for (const n of [2, 1]) {
    if (m.tokens.length <= n + 1) continue;
    if (!TITLE_HEADS.has((m.tokens[n] as string).toLowerCase()) && !TITLE_MODIFIERS.has((m.tokens[n] as string).toLowerCase())) continue;
    const name = m.tokens.slice(0, n).join(" ");
    const place = factsOf(name).place;
    if (place && (place.kind === "country" || (place.kind === "region" && place.lat !== null)) && !factsOf(name).club) {
      return { kind: "place", tokens: name.split(" "), surface: name, roles: [], honorific: false, place, mention: m };
    }
  }
  return undefined;
}

/** The organization named before a person's role or title in one chunk (two words or more), if the words before the name make one. */
function bodyBefore(m: Mention, person: Candidate): Candidate | undefined {
  const start = m.tokens.indexOf(person.tokens[0] as string);
  if (start < 3) return undefined;
  let end = start;
  while (end > 0 && isRoleWord(m.tokens[end - 1] as string)) end--;
  // "New Metropolitan Police Commissioner ...": "new", "former" describe the role, not the body.
  const from = ROLE_TIME.test(m.tokens[0] as string) ? 1 : 0;
  if (end - from < 2 || end === start) return undefined;
  const body = classify({ ...m, tokens: m.tokens.slice(from, end), after: [], gapAfter: "", possessive: false, itsAfter: false });
  if (body?.kind !== "organization" || body.tokens.length < 2) return undefined;
  // Only a body's full name: a head word last, or a known name ("BBC Political" is a desk, not a body).
  const facts = factsOf(body.tokens.join(" "));
  return ORG_HEADS.has((body.tokens[body.tokens.length - 1] as string).toLowerCase()) || facts.aliasOrg || facts.knownOrg || facts.body ? body : undefined;
}

const ROLE_TIME = /^(?:new|former|acting|interim|outgoing|incoming)$/i;
function isRoleWord(word: string): boolean {
  const key = word.toLowerCase().replace(/\.$/, "");
  return TITLE_HEADS.has(key) || HONORIFICS.has(key) || (TITLE_MODIFIERS.has(key) && !ORG_HEADS.has(key));
}

/** "Paris-based", "Belfast-born": the place a firm is based in, a person born or raised in. */
const BASED = /^(\p{Lu}[\p{L}.'’ -]*?)-(?:based|born|bred|raised)$/u;
const ORIGIN_END = /-(?:based|born|bred|raised)$/;
const WORK_ABOUT = /^(?:biopic|documentary|film|movie|biography|story)$/;
/** What separates names in a list: "Lyman, Bakhmut and Avdiivka". */
const EXAMPLES = /^,\s*(?:like|such as|including)\s+$/;
const LISTED = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/;
const COORDINATED = /\b(?:and|or)\s*$/;
/** The next name is "the X" right after "and", before "of" and a capital: the rest of a work's title. */
function titleGoesOn(next: Mention | undefined): boolean {
  return next !== undefined && next.tokens.length === 1 && TITLE_AND.test(next.sincePrevious) && next.gapAfter === "" && next.after[0] === "of" && next.capitalThe === false;
}
const TITLE_AND = /^\s+and\s+the\s+$/i;

interface ListItem {
  c: Candidate | undefined;
  m: Mention;
  at: number;
  joined: boolean;
}

/**
 * "licensed by Nokia, LG Electronics, Lenovo and Panasonic": in a list of
 * names with two organizations or more and no person or place, an unknown
 * word (no English word, no first name) is an organization too, wherever it stands.
 */
function bodiesInLists(items: ListItem[], candidates: Candidate[]): void {
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && (items[i] as ListItem).joined) continue;
    const from = start;
    start = i;
    if (i - from < 3) continue;
    const run = items.slice(from, i);
    const kinds = run.map((r) => r.c?.kind);
    if (kinds.filter((k) => k === "organization").length < 2 || kinds.some((k) => k === "person" || k === "place" || k === undefined)) continue;
    for (const r of run) {
      const c = r.c as Candidate;
      if (c.kind !== "unknown" || c.tokens.length !== 1) continue;
      const facts = factsOf(c.tokens[0] as string);
      if (facts.common || facts.given || c.mention.possessive || c.mention.sentenceStart || NOT_ORG_ACRONYMS.has(c.tokens[0] as string)) continue;
      candidates[r.at] = { ...c, kind: "organization" };
    }
  }
}

/** Plural kinds of body before "such as", "like", "including": "firms such as", "newspapers including". */
const BODIES_PLURAL = new Set(
  "firms companies groups banks clients customers newspapers papers sites websites services operators carriers retailers airlines insurers reinsurers lenders brokers rivals promoters labels studios broadcasters channels publishers developers makers manufacturers carmakers charities organisations organizations agencies bodies unions providers suppliers distributors chains supermarkets brands giants outlets".split(" "),
);

/**
 * "clients like Deutsche Telekom", "newspapers including El Watan", "services, such as
 * Kodak's Ofoto and Snapfish": the names listed after a plural kind of body are bodies,
 * unless a first name or title makes one a person, or the gazetteer a place.
 * ("Germany's TUI and Lufthansa": a country's possessive stays a place and the list goes on.)
 */
function examplesOfBodies(items: ListItem[], candidates: Candidate[]): void {
  for (let i = 0; i < items.length; i++) {
    const first = items[i] as ListItem;
    const before = first.m.before;
    const b1 = before[before.length - 1] ?? "";
    const kind = b1 === "as" ? (before[before.length - 2] === "such" ? before[before.length - 3] : undefined) : EXAMPLE_VERBS.has(b1) ? before[before.length - 2] : undefined;
    if (first.m.gapBefore !== "" || !BODIES_PLURAL.has(kind ?? "")) continue;
    let end = i + 1;
    while (end < items.length && ((items[end] as ListItem).joined || ((items[end - 1] as ListItem).m.possessive && SPACE_ONLY.test((items[end] as ListItem).m.sincePrevious)))) end++;
    for (let k = i; k < end; k++) {
      const r = items[k] as ListItem;
      const c = r.c;
      // "Kodak's Ofoto", "Ubisoft's Rayman DS": what a body owns may be a product; what a country has is a body.
      const owner = k > i ? (items[k - 1] as ListItem) : undefined;
      if (owner?.m.possessive && !r.joined && owner.c?.kind !== "place") continue;
      // "El Watan", "Club Mediterranne": a name no lexicon could place is a body here, unless it is all English words.
      if (!c && r.m.tokens.length <= 4 && !r.m.sentenceStart && !NOT_ORG_ACRONYMS.has(r.m.tokens.join(" ")) && !r.m.tokens.every((t) => factsOf(t).common) && !r.m.tokens.some((t) => DEMONYMS.has(t.toLowerCase()))) {
        candidates.push({ kind: "organization", tokens: [...r.m.tokens], surface: r.m.tokens.join(" "), roles: [], honorific: false, mention: r.m });
        continue;
      }
      if (!c || c.kind === "organization" || c.kind === "place" || c.honorific || c.roles.length || r.m.sentenceStart) continue;
      if (hasFirstName(c.tokens) || (c.tokens.length === 1 && (factsOf(c.tokens[0] as string).common || factsOf(c.tokens[0] as string).given))) continue;
      candidates[r.at] = { ...c, kind: "organization" };
    }
    i = end - 1;
  }
}
const SPACE_ONLY = /^\s+$/;
/** A story about business: shares, profits, investors. */
const BUSINESS_WORDS = /\b(?:shares|profits?|revenues?|investors|shareholders|stock market|earnings|firms?|compan(?:y|ies)|customers|subscribers)\b/i;
/** "firms like", "newspapers including", "whose brands include": what the kind's examples follow. */
const EXAMPLE_VERBS = new Set(["like", "including", "include", "includes", "included"]);


/** Plural callings of performers and players before "such as", "like", "including". */
const PEOPLE_PLURAL = new Set("stars artists singers rappers musicians actors actresses celebrities performers comedians presenters players athletes".split(" "));
const EXAMPLE_WORDS = new Set(["as", "like", "including"]);
const SHORT_CAPITALS = /^[A-Z]{2,4}$/;

/**
 * "stars such as Beenie Man and Sizzla", "artists including Fat Joe and Beyonce": the
 * names listed after performers or players are people, stage names that are English words
 * too, unless the list holds a body or a place (then it is mixed, and left as it is).
 */
function peopleInLists(items: ListItem[], candidates: Candidate[]): void {
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && (items[i] as ListItem).joined) continue;
    const first = items[start] as ListItem;
    const from = start;
    start = i;
    const before = first.m.before;
    const b1 = before[before.length - 1] ?? "";
    const calling = b1 === "as" ? before[before.length - 3] : before[before.length - 2];
    // "the artists - Beenie Man, Sizzla, ...": a dash after the calling opens the list too.
    const dashed = first.m.gapBefore === "-" && PEOPLE_PLURAL.has(b1);
    if (!dashed && (first.m.gapBefore !== "" || !EXAMPLE_WORDS.has(b1) || (b1 === "as" && before[before.length - 2] !== "such") || !PEOPLE_PLURAL.has(calling ?? ""))) continue;
    const run = items.slice(from, i);
    // (A group known by its initials, "TOK", may stand among them; a body named in words or a place may not.)
    if (run.some((r) => (r.c?.kind === "organization" && !SHORT_CAPITALS.test(r.m.tokens.join(" "))) || r.c?.kind === "place")) continue;
    for (const r of run) {
      if (r.c?.kind === "organization") continue;
      // (Nationalities describe the next name: "artists like British stars Joss Stone".)
      const last = (r.m.tokens[r.m.tokens.length - 1] as string).toLowerCase();
      if (r.c?.kind === "person" || r.m.possessive || r.m.tokens.length > 3 || DEMONYMS.has(last) || last.endsWith("ican")) continue;
      const person: Candidate = { kind: "person", tokens: [...r.m.tokens], surface: r.m.tokens.join(" "), roles: [], honorific: false, mention: r.m };
      if (r.at >= 0) candidates[r.at] = person;
      else candidates.push(person);
    }
  }
}

/**
 * What the words around a name say once the lexicons have spoken: a work's kind
 * before it makes it a title (no town, no unknown body); an apposition or a
 * spokesman makes a name no one holds a body.
 */
function byCues(c: Candidate | undefined, m: Mention, text: string): Candidate | undefined {
  if (namesAPart(m) && c?.kind === "place" && c.place?.kind === "city") return undefined;
  if (namesAWork(text, m)) {
    if (c?.kind === "place" && c.place?.kind === "city") return undefined;
    if (c?.kind === "organization" && !isKnown(c.tokens.join(" "))) return undefined;
    return c;
  }
  // ("Shares in Sina, the internet firm": a small town's name the apposition shows to be a firm's.)
  const smallTown = c?.kind === "place" && c.place?.kind === "city" && c.place.population < 100_000;
  if (c && c.kind !== "organization" && (c.kind !== "place" || smallTown) && !c.honorific && !c.roles.length && !hasFirstName(c.tokens) && (apposedBody(text, m) || calledBody(text, m) || (!smallTown && spokesmanFor(m))) && !(m.sentenceStart && c.tokens.length === 1 && (factsOf(c.tokens[0] as string).common || ADVERB.test(c.tokens[0] as string)))) return { ...c, kind: "organization" };
  return c;
}
/** "Separately, the world's largest ... company, UPS": a sentence's opening adverb. */
const ADVERB = /^[A-Z][a-z]+ly$/;
const isKnown = (name: string) => {
  const f = factsOf(name);
  return f.aliasOrg || f.knownOrg || f.body || f.club;
};

/**
 * Jobs held at a firm or body: "Prebon Yamane economist", "Ofoto chief executive". (Not a show's
 * "star" or "director", a person's "spokesman" or "aide", nor a club's "captain": those name whose as often.)
 */
const FIRM_JOBS = new Set("economist analyst strategist chairman chairwoman executive officer founder president".split(" "));
/** Lower-case words between two names, the last a job: " economist ", " chief executive ". */
const JOB_BETWEEN = /^ (?:[a-z-]+ ){1,3}$/;
const NOT_IN_JOB = new Set(["and", "or", "of", "the", "for"]);

/**
 * "Prebon Yamane economist Lena Komileva", "Ofoto chief executive Jane Smith": a
 * name that is no one's (no given name, title or role) right before a lower-case
 * job and a person's full name is whom the person works for.
 */
function employsNext(m: Mention, c: Candidate, next: Mention | undefined): boolean {
  if (!next || next.tokens.length < 2 || m.possessive || m.gapAfter !== "" || c.honorific || c.roles.length || c.tokens.length !== m.tokens.length) return false;
  if (!JOB_BETWEEN.test(next.sincePrevious)) return false;
  const job = next.sincePrevious.trim().split(" ");
  const head = job[job.length - 1] as string;
  if (!FIRM_JOBS.has(head) || !job.slice(0, -1).every((w) => (TITLE_MODIFIERS.has(w) || TITLE_HEADS.has(w)) && !NOT_IN_JOB.has(w))) return false;
  if (!hasFirstName(next.tokens)) return false;
  if (hasFirstName(c.tokens)) return false;
  // A lone word may be a surname ("Bush aide"): only one no list knows.
  if (c.tokens.length === 1) {
    const facts = factsOf(c.tokens[0] as string);
    return c.kind === "unknown" && !facts.surname && !facts.given && !facts.common && !m.sentenceStart;
  }
  return true;
}

const ACRONYM_WORD = /^[A-Z]{2,3}$/;
/**
 * "purchasing manager index (PMI)", "progressive multifocal leukoencephalopathy (PML)": an
 * acronym in brackets right after lower-case words whose initials spell it names a thing, not a body.
 */
function spelledOutLower(text: string, m: Mention): boolean {
  const name = m.tokens[0] as string;
  if (m.tokens.length !== 1 || m.gapBefore !== "(" || !ACRONYM_WORD.test(name)) return false;
  const words = text.slice(Math.max(0, m.at - 80), m.at).split(SPACE_OR_HYPHEN).filter(Boolean).slice(-name.length - 1, -1);
  return words.length === name.length && words.every((w, i) => w[0] === (name[i] as string).toLowerCase());
}
const SPACE_OR_HYPHEN = /[\s-]+/;

/** A body named in full or known, a person with a first name or title: safe to start a comma list from. */
function isSure(c: Candidate): boolean {
  if (c.kind === "organization") return c.tokens.length > 1 || factsOf(c.tokens.join(" ")).body || factsOf(c.tokens.join(" ")).knownOrg || factsOf(c.tokens.join(" ")).aliasOrg;
  return c.kind === "person" && (c.honorific || hasFirstName(c.tokens));
}
/** "Mike Powell of Dresdner Kleinwort Wasserstein", "Jessica Taylor from Liberty-X". */
const OF_PERSON = /^,?\s+(?:of|from|at)\s+$/;
/** Between an owner's "'s" and a person: nothing, or a lower-case role ("'s film critic"), not "'s foul on". */
const POSSESSED_ROLE = /^(?:\s+[a-z][a-z-]*){0,3}\s+$/;
function ownedRole(between: string): boolean {
  if (/^\s+$/.test(between)) return true;
  if (between.length > 60 || !POSSESSED_ROLE.test(between)) return false;
  return TITLE_HEADS.has(between.trim().split(/\s+/).at(-1) ?? "");
}

/** A person the text names with a title or a first name: never an employer. */
const isPersonForSure = (c: Candidate) => c.kind === "place" || (c.kind === "person" && (c.honorific || hasFirstName(c.tokens)));

export const sameName = (a: string, b: string) => fold(a) === fold(b);
