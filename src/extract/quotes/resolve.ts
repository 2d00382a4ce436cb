/**
 * Who a subject phrase stands for: a full name from the article's registry
 * ("Mr Gaidai" → "Serhiy Gaidai"), the right earlier person for a pronoun
 * (by recency and the gender the text shows), the organization behind "the
 * ministry", or — for a role nobody is named in ("the local mayor") — no name
 * at all, only the role.
 */
import { type Subject, isNationality } from "./attribution.ts";
import { DEMONYMS, DOCUMENT_NOUNS, GROUP_NOUNS, NEWS_OUTLETS, ORG_ANAPHORS, PERSON_ROLE_NOUNS, QUANTITIES, ROLE_WORDS } from "./lexicon.ts";
import { type Gender, type PersonEntry, type Registry, parseName, stripPossessive } from "./names.ts";

// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call, a hot-path cost.
const NAME_BREAK = /[^\p{L}\p{N}'\u2019-]+/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
const UPPER_START = /^\p{Lu}/u;

export interface Speaker {
  /** Canonical name, or null when only a role is known. */
  name: string | null;
  kind: "person" | "organization" | "country" | "group" | "role";
  role: string | null;
}

/** Head nouns of a title that names one office holder ("the Party Co-Chairman", "the Manchester Central MP"). */
/** Words that make a title the office of some place ("the local mayor", "the city council leader"). */
const LOCAL_QUALIFIER = /\b(?:local|regional|city|town|village|provincial|county|district|municipal)\b/i;

const ROLE_HEADS = new Set("mp mep msp minister secretary chairman chairwoman chair spokesman spokeswoman spokesperson president chancellor governor mayor leader director manager coach commissioner ambassador".split(" "));

/** Roles of someone other than the person a story is about ("the judge agreed", "the referee said"). */
const THIRD_PARTIES = /^(judge|magistrate|coroner|prosecutor|lawyer|solicitor|barrister|attorney|police\w*|detective|inspector|doctor|surgeon|witness|victim|referee|umpire)s?$/;

/** Cues that go on with the speaker before ("added", "continued", "went on"). */
const CONTINUING = /^(added|adds|continued|continues|went)$/;

const SOCIAL = new Set(["facebook", "telegram", "twitter", "instagram", "youtube", "tiktok"]);

/**
 * Plural nouns that name an institution or a side, not people ("the authorities said",
 * "separatists reported": an armed side speaks through its command, like a government).
 */
const INSTITUTIONS = new Set(
  "authorities police government administration industry firms companies banks separatists rebels militants insurgents forces troops".split(" "),
);

/** The head noun of a role phrase: its last word before "for", "of", "at" ... ("spokesman" in "a spokesman for BT"). */
export function roleHead(role: string): string {
  let words = role.toLowerCase().split(/\s+/);
  // "a number of investors", "some of the shareholders": the people counted are the head.
  const of = words.indexOf("of");
  if (of > 0 && QUANTITIES.test(words[of - 1]!) && of + 1 < words.length) words = words.slice(of + 1).filter((w, i) => i > 0 || !/^(the|its|their|his|her)$/.test(w));
  const prep = words.findIndex((w, i) => i > 0 && /^(for|of|at|from|in|with|on|who|that|behind)$/.test(w));
  let h = prep > 0 ? prep - 1 : words.length - 1;
  // "36 people accused in connection with ...": the noun before the participle.
  while (h > 0 && /ed$/.test(words[h]!) && (PERSON_ROLE_NOUNS.has(words[h - 1]!) || GROUP_NOUNS.has(words[h - 1]!))) h--;
  return (words[h] ?? "").replace(KIN_COUNT, "");
}

/** Shares of the people a survey asked ("a quarter of web users", "40% of those questioned", "one in five adults"). */
const POLLED = /(?:^|\s)(?:\d[\d.,]*\s?%|\d[\d.,]*\s?per\s?cent|(?:(?:a|one|two|three)[\s-])?(?:quarters?|thirds?|fifths?|tenths?|half)\s+of|one\s+in\s+\w+)|\b(?:respondents|those\s+(?:polled|surveyed|questioned|asked))\b/i;

/** "-of-nine" in "mother-of-nine", "-of-two" in "father-of-two". */
const KIN_COUNT = /-of-[a-z]+$/;

/**
 * Whether reported speech of this speaker counts as an indirect quote: a named
 * person, or an unnamed person or group of people ("a spokesman", "analysts")
 * no organization is named for.
 * What an organization, a government, a country or a document reports
 * ("Russia said", "the ministry said", "the report says") is a source, not a quote.
 */
export function speaksAsPerson(s: Speaker): boolean {
  if (s.kind === "person") return true;
  // "a quarter of web users said", "40% of those questioned said": a survey's finding, the survey's report.
  if (!s.name && s.role && POLLED.test(s.role)) return false;
  const head = s.role ? roleHead(s.role) : "";
  // "A BT spokesman said ...": the speaker is the organization, so its words are the organization's.
  if (INSTITUTIONS.has(head) || ORG_ANAPHORS.has(head)) return false;
  // "Tory sources say", "Western officials said": the capitalised word only qualifies a group of people.
  const qualified = s.name !== null && !s.name.includes(" ") && (s.role?.startsWith(`${s.name} `) ?? false);
  // ("An EU spokesman said ..." speaks for the EU.)
  if (qualified) return !/^spokes/.test(head) && (GROUP_NOUNS.has(head) || PERSON_ROLE_NOUNS.has(head));
  if (s.kind === "organization" || s.kind === "country" || s.name) return false;
  // "A spokeswoman insisted the minister had meant adults": an unnamed spokesperson speaks for a body
  // even when the story names none, so what she reports is the body's (a source), not a quote.
  if (/^spokes(?:man|woman|person|men|women|people)$/.test(head)) return false;
  return s.kind === "group" || PERSON_ROLE_NOUNS.has(head) || ROLE_WORDS.has(head) || DEMONYMS.has(head) || /-year-old$|(man|woman|men|women|people)$/.test(head);
}

const FEMALE_ROLE = /(woman|wife|widow|mother|daughter|sister|girlfriend|fiancee|aunt|grandmother)$/;
const MALE_ROLE = /(^|[^o])(man|husband|widower|father|son|brother|boyfriend|fiance|uncle|grandfather)$/;

/** "Rabbi" from the name, unless the phrase said where the person is from ("of the Wiesenthal Center"). */
function preferRole(fromName: string | null, fromPhrase: string | null): string | null {
  if (fromPhrase && /^(of|from|at) /.test(fromPhrase)) return fromPhrase;
  return fromName ?? fromPhrase;
}

/** What the article has been talking about, most recent last. */
export class Focus {
  people: PersonEntry[] = [];
  orgs: Speaker[] = [];
  /** Organizations named anywhere so far, for "the ministry" → "Russian Defence Ministry". */
  orgNames: string[] = [];
  /** Organizations the story introduced by their kind ("research firm NPD Group"), by that noun. */
  orgByKind = new Map<string, string>();

  constructor(readonly registry: Registry) {}

  /**
   * The latest spokesperson the story did not name ("an executive spokeswoman insisted ...") and the
   * gender the role shows: a "she said" right after means her, not an earlier named woman.
   */
  roleSpeaker: { speaker: Speaker; gender: Gender } | null = null;

  /** The latest speaker introduced by a role, by the role's head noun: "the spokesman" after "a Home Office spokesman". */
  private byHead = new Map<string, Speaker>();
  /** Who issued a document the story cited ("Oxfam says in a report" → "the report said" is Oxfam's). */
  private documents = new Map<string, Speaker>();
  /** The speaker of the latest attribution, for "the charity's director added". */
  private lastSpeaker: Speaker | null = null;

  /** Notes that `speaker` issued the document named by `noun` ("in a report", "in its statement"). */
  noteDocument(noun: string, speaker: Speaker): void {
    if (speaker.name) this.documents.set(noun, speaker);
  }

  notePerson(entry: PersonEntry): void {
    this.roleSpeaker = null;
    const i = this.people.indexOf(entry);
    if (i >= 0) this.people.splice(i, 1);
    this.people.push(entry);
  }

  /**
   * The organization a sentence of the story last opened with ("The Department for Education and Skills
   * would not comment ..."), until an organization speaks: whom an unnamed spokesperson right after speaks for.
   */
  mentionedOrg: string | null = null;

  noteSpeaker(s: Speaker): void {
    if (s.kind === "organization" || s.kind === "country") this.mentionedOrg = null;
    if (s.kind === "person" && s.name) {
      const entry = this.registry.lookup(s.name) ?? { name: s.name, gender: null, roles: [] };
      this.notePerson(entry);
    } else if (s.kind === "organization" || s.kind === "country" || s.kind === "group") {
      this.orgs.push(s);
    } else if (s.role && (GROUP_NOUNS.has(roleHead(s.role)) || INSTITUTIONS.has(roleHead(s.role)))) {
      // "Analysts say ... As a result, they say, ...": people in the plural are whom a later "they" means.
      this.orgs.push({ ...s, kind: "group" });
    }
    this.lastSpeaker = s;
    // A named person's title is the registry's business ("the chancellor" is not any "shadow chancellor").
    if (s.role && s.name && s.kind !== "person") this.byHead.set(roleHead(s.role), s);
    const head = s.role && !(s.kind === "person" && s.name) ? roleHead(s.role) : "";
    // Only a spokesperson-like role: a "general secretary" may well be the person named just before.
    if (/^(spokes|representative|official|aide)/.test(head) && !/s$/.test(head)) {
      this.roleSpeaker = { speaker: s, gender: FEMALE_ROLE.test(head) ? "female" : MALE_ROLE.test(head) ? "male" : null };
    }
  }

  /** `quoted` is the text of the quotes the cue introduces: a person they name in the third person is not who speaks. */
  resolve(subject: Subject, quoted = "", verb = ""): Speaker | null {
    if (subject.form === "pronoun") return this.pronoun(subject.words[0]!, quoted);
    if (subject.form === "name") return this.name(subject.words, subject.role);
    return this.phrase(subject, verb, quoted);
  }

  private pronoun(p: string, quoted: string): Speaker | null {
    if (p === "he" || p === "she") {
      const want: Gender = p === "he" ? "male" : "female";
      const r = this.roleSpeaker;
      if (r && (!r.gender || r.gender === want)) return r.speaker;
      const e = this.person(want, quoted);
      return e ? { name: e.name, kind: "person", role: null } : null;
    }
    if (p === "it" || p === "they") {
      // "they" is rather the analysts or critics just quoted than the government before them.
      if (p === "they") {
        for (let i = this.orgs.length - 1; i >= 0 && i >= this.orgs.length - 3; i--) if (this.orgs[i]!.kind === "group") return this.orgs[i]!;
      }
      for (let i = this.orgs.length - 1; i >= 0; i--) {
        const o = this.orgs[i]!;
        if (p === "it" && o.kind === "group") continue;
        return o;
      }
    }
    return null;
  }

  /** The latest person a "he" or "she" (or "his", "her") can mean, skipping people the quote names in the third person. */
  private person(want: Gender, quoted = "", known = false): PersonEntry | undefined {
    const named = quoted ? new Set(quoted.split(NAME_BREAK).map(stripPossessive)) : null;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const e = this.people[i]!;
      if ((e.gender || known) && e.gender !== want) continue;
      // `"I've had a quiet word with Olof," he said`: not Olof Mellberg.
      if (named && i > 0 && e.name.split(" ").some((w) => w.length > 2 && named.has(w))) continue;
      // What the pronoun shows about the person holds for the rest of the article.
      e.gender ??= want;
      return e;
    }
    return undefined;
  }

  private name(words: string[], role: string | null): Speaker | null {
    // "Residents said", "Analysts say": a sentence-opening common noun, not a name.
    // ("Lawyers for news organisations said": a body they act for does not make them one.)
    // ("Critics, including former minister Frank Dobson, argue": examples of the group do not make it a name.)
    const lone = words.length === 1 && (!role || /^(for|of|from|at|in|including|such as|like) /.test(role)) ? words[0]!.toLowerCase() : "";
    if (lone && (GROUP_NOUNS.has(lone) || PERSON_ROLE_NOUNS.has(lone))) return this.phrase({ form: "np", words: [lone], role: role ? `${lone} ${role}` : lone, head: lone });
    const parsed = parseName(words);
    // "The Conservative Party Co-Chairman said": a title-case role, not a name.
    const last = words[words.length - 1]!.toLowerCase().replace(/^(co|vice|deputy|acting)-/, "");
    // "Former welfare minister Frank Field MP": a name with a post-nominal title is that person.
    if (/^(mp|mep|msp|am|qc|mla)$/.test(last) && words.length >= 3) {
      const person = this.name(words.slice(0, -1), role);
      if (person?.kind === "person") return person;
    }
    if (ROLE_HEADS.has(last)) {
      return this.phrase({ form: "np", words: words.map((w) => w.toLowerCase()), role: words.join(" "), head: last, det: "the" });
    }
    if (!parsed) return null;
    if (parsed.kind === "person" || (parsed.kind === "organization" && parsed.single)) {
      const entry = this.registry.lookup(parsed.name);
      // A lone surname, or a first name only one person of the story has ("Sharon" for Sharon Osbourne).
      const kinName = role !== null && PERSON_ROLE_NOUNS.has(roleHead(role)) && entry?.name.split(" ")[0] === parsed.name;
      if (entry && (parsed.kind === "person" || entry.name.split(" ").pop() === parsed.name || kinName || this.registry.isAlias(parsed.name))) {
        if (!entry.gender && parsed.gender) entry.gender = parsed.gender;
        return { name: entry.name, kind: "person", role: preferRole(parsed.role, role) };
      }
      if (parsed.kind === "person") return { name: parsed.name, kind: "person", role: preferRole(parsed.role, role) };
      // "his wife, Sheila,": a lone word in apposition to a person's role is a first name, not a firm.
      // ("EADS - Airbus' majority owner -" is a firm: only kin, and never an acronym.)
      const kinRole = role !== null && (FEMALE_ROLE.test(roleHead(role)) || MALE_ROLE.test(roleHead(role)) || /^(friend|partner|relative|cousin|neighbou?r)$/.test(roleHead(role)));
      if (kinRole && !ALL_CAPITALS.test(parsed.name)) {
        // "said his wife, Sheila": a spouse or child of the man just spoken about takes his surname.
        const kin = /^(his|her) (wife|husband|widow|widower|son|daughter)$/.exec(role.toLowerCase());
        // Only a person whose gender the story has shown: a surname is too much to guess from anyone.
        const of = kin ? this.person(kin[1] === "his" ? "male" : "female", "", true) : undefined;
        const surname = of && of.name.includes(" ") ? of.name.split(" ").pop() : undefined;
        return { name: surname ? `${parsed.name} ${surname}` : parsed.name, kind: "person", role };
      }
      // "Economy minister Gref", "Ulster coach McCall": one name right after a person's office is that person's
      // surname ("chief financial officer at US telecoms firm WorldCom" is where the officer works).
      // ("EADS - Airbus' majority owner -": an office of a body's, in apposition, is the body's role.)
      const office = role !== null && !/\b(for|of|from|at|in|with|behind)\b|['\u2019]/i.test(role) ? roleHead(role) : "";
      if (office && PERSON_ROLE_NOUNS.has(office) && !GROUP_NOUNS.has(office) && !/[^s]s$/.test(office) && !ALL_CAPITALS.test(parsed.name)) {
        return { name: parsed.name, kind: "person", role };
      }
    }
    // "Downing Street said": an address speaks for the institution there.
    if (parsed.kind === "place") return /\b(street|st)$/i.test(parsed.name) ? { name: parsed.name, kind: "organization", role } : null;
    if (parsed.kind === "country") return { name: parsed.name, kind: "country", role };
    // "Qwest" after "Qwest Communications": the full name the article gave.
    const full = this.orgNames.find((n) => n.length > parsed.name.length && n.startsWith(`${parsed.name} `));
    return { name: full ?? parsed.name, kind: "organization", role };
  }

  private phrase(subject: Subject, verb = "", quoted = ""): Speaker | null {
    // ("the mother-of-nine", "a father-of-two": the person is the mother, the father.)
    const head = (subject.head ?? "").replace(KIN_COUNT, "");
    const text = subject.words.join(" ");
    const capWords = subject.words.filter((w) => UPPER_START.test(w));
    const speaksFor = /^(spokes|representative|official|source|insider|aide)/.test(head);
    // "a spokesman for Microsoft", "an AOL spokesman", "an IMF official": the organization speaks.
    // "Tory sources", "Western officials": a capitalised word qualifying a group of people names no speaker.
    if (speaksFor && GROUP_NOUNS.has(head) && !subject.object) return { name: null, kind: "group", role: text };
    if (speaksFor) {
      const org = subject.object ? parseName(subject.object) : capWords.length ? parseName(capWords) : null;
      if (org && org.kind !== "person" && org.kind !== "place") return { name: org.name, kind: org.kind === "country" ? "country" : "organization", role: text };
      // "a spokesman for Acme Shipping": a name spoken for is an organization, unless a title marks a person ("for Mr Smith").
      if (org?.kind === "person" && subject.object && !org.role && !org.gender) return { name: org.name, kind: "organization", role: text };
      // "a spokesman for the company": the organization "the company" stands for.
      const anaphor = /\b(?:for|of|at) (?:the|its) (\w+)$/.exec(text.toLowerCase());
      if (anaphor && !subject.object && ORG_ANAPHORS.has(anaphor[1]!)) {
        const org = this.phrase({ form: "np", words: ["the", anaphor[1]!], role: `the ${anaphor[1]}`, head: anaphor[1]!, det: "the" });
        if (org?.name) return { name: org.name, kind: org.kind, role: text };
      }
      // "a government spokesman", "a club spokeswoman": the body the qualifier names, not the last one that spoke.
      const kind = subject.words.find((w) => ORG_ANAPHORS.has(w.toLowerCase()) && w.toLowerCase() !== head);
      if (kind && !subject.object && !capWords.length) {
        const org = this.phrase({ form: "np", words: ["the", kind.toLowerCase()], role: `the ${kind.toLowerCase()}`, head: kind.toLowerCase(), det: "the" });
        return org?.name ? { name: org.name, kind: org.kind, role: text } : { name: null, kind: "role", role: text };
      }
      if (!subject.object && !capWords.length && subject.det && subject.det !== "the") {
        const org = this.mentionedOrg ? { name: this.mentionedOrg } : [...this.orgs].reverse().find((o) => o.kind === "organization" && o.name);
        return org ? { name: org.name, kind: "organization", role: text } : { name: null, kind: "role", role: text };
      }
    }
    if (ORG_ANAPHORS.has(head)) {
      const named = [...this.orgNames].reverse().find((n) => n.toLowerCase().split(" ").includes(head));
      if (named) return { name: named, kind: "organization", role: null };
      // "copy protection firm Macrovision ... the firm said": the one introduced by that kind, unless
      // another organization is what the story is about ("Rival club Manchester City" in a Manchester United story).
      const introduced = subject.det === "the" ? this.orgByKind.get(head) : undefined;
      if (introduced && 2 * this.mentions(introduced) >= this.mentions(this.mainOrg())) return { name: introduced, kind: "organization", role: null };
      if (capWords.length) return { name: text, kind: "organization", role: null };
      // "the club", "the firm": the organization the story is about.
      const main = /^(firm|company|group|club|organisation|organization|retailer|carrier|airline|studio|label|chain|maker|manufacturer|insurer|lender|operator)$/.test(head) ? this.mainOrg() : undefined;
      if (main && subject.det === "the") return { name: main, kind: "organization", role: null };
      return { name: null, kind: "role", role: text };
    }
    // "The report said:", "the study found": a document speaks for nobody the story names.
    // The statement or letter an organization just issued ("the club said in its statement ... the statement said") is that organization's.
    if (DOCUMENT_NOUNS.has(head)) {
      const issued = /^(statement|release|communique|letter)$/.test(head) && subject.det && /^(the|its|their)$/.test(subject.det);
      // "Oxfam says in a report ... The report said:": the report the story already gave to someone.
      const cited = subject.det && /^(the|its|their)$/.test(subject.det) ? this.documents.get(head) : undefined;
      if (cited) return { name: cited.name, kind: cited.kind, role: text };
      // "the council's ruling": the organization that owns it.
      const owner = subject.words.find((w) => /['\u2019]s?$/u.test(w));
      const ownerHead = owner ? stripPossessive(owner).toLowerCase() : "";
      if (ORG_ANAPHORS.has(ownerHead)) {
        const org = this.phrase({ form: "np", words: ["the", ownerHead], role: `the ${ownerHead}`, head: ownerHead, det: "the" });
        if (org?.name) return { name: org.name, kind: org.kind, role: text };
      }
      const org = issued ? this.orgs[this.orgs.length - 1] : undefined;
      return org?.name ? { name: org.name, kind: org.kind, role: text } : { name: null, kind: "role", role: text };
    }
    // "with many saying ...", "lead some to suggest ...": people, counted but not named.
    if (subject.words.length === 1 && /^(many|some|most|several|others|few)$/.test(head)) return { name: null, kind: "group", role: text };
    // "The tobacco companies denied ..., saying": an unnamed side, whom a later "they" means.
    if (INSTITUTIONS.has(head) && !subject.object) return { name: null, kind: "group", role: text };
    const personal = PERSON_ROLE_NOUNS.has(head) || ROLE_WORDS.has(head) || DEMONYMS.has(head) || /-year-old$/.test(head) || /(man|woman)$/.test(head);
    if (personal || GROUP_NOUNS.has(head)) {
      const group = GROUP_NOUNS.has(head) && !PERSON_ROLE_NOUNS.has(head);
      if (group || subject.det !== "the") return { name: null, kind: group ? "group" : "role", role: text };
      const entry = this.registry.byRolePhrase(text);
      // A spokesman the story names only later ("FA spokesman Omar Said" further down) is not this one.
      if (entry && (!speaksFor || this.people.includes(entry))) return { name: entry.name, kind: "person", role: text };
      const possessive = subject.words.some((w) => /['\u2019]s?$/u.test(w));
      // "a Home Office spokesman said ... the spokesman added": the one the role introduced.
      const introduced = possessive || capWords.length ? undefined : this.byHead.get(head);
      if (introduced) return { name: introduced.name, kind: introduced.kind, role: text };
      // "..., Oxfam's Barbara Stocking said. "...," the charity's director added": "added" goes on with
      // the person who spoke last, unless the story gave that person another office.
      const last = this.lastSpeaker;
      if (CONTINUING.test(verb) && last?.kind === "person" && last.name) {
        const roles = this.registry.lookup(last.name)?.roles ?? [];
        const other = roles.some((r) => r.split(" ").some((w) => (ROLE_WORDS.has(w) || PERSON_ROLE_NOUNS.has(w)) && w !== head));
        if (!other) return { name: last.name, kind: "person", role: text };
      }
      // "the charity's director", "the spokesman": an office of an organization, somebody the story
      // has not named; only a title ("the prime minister", "the American", "the 21-year-old") may
      // stand for the latest person the story gave no other role.
      // "the judge", "the referee": someone the story has not named, unless the registry knows the role.
      // A plural ("the remaining members") is never one person.
      const bareTitle = !speaksFor && !possessive && !THIRD_PARTIES.test(head) && !(/[^s]s$/.test(head) || /(men|women|people)$/.test(head));
      // "the Dutchman", "the Irishwoman": where a person is from, which no office of another contradicts.
      const nationality = isNationality(head);
      const gender: Gender = /woman$/.test(head) ? "female" : /man$/.test(head) ? "male" : null;
      // "the local mayor", "the regional governor": the office-holder of a place the story has just
      // turned to, not whoever it named last; such a title stands only for a person it names.
      const localOffice = LOCAL_QUALIFIER.test(text);
      // ("The former finance officer said Mr Ebbers knew ...": not Mr Ebbers.)
      const named = quoted ? new Set(quoted.split(NAME_BREAK).map(stripPossessive)) : null;
      for (let i = bareTitle ? this.people.length - 1 : -1; i >= 0; i--) {
        const p = this.people[i]!;
        if (named && p.name.split(" ").some((w) => w.length > 2 && named.has(w))) continue;
        if (nationality) {
          if (gender && p.gender && p.gender !== gender) continue;
          return { name: p.name, kind: "person", role: text };
        }
        // "the chancellor" is not the shadow chancellor or a former one.
        if ((!p.roles.length && !localOffice) || p.roles.some((r) => r.split(" ").includes(head) && !/^(shadow|former|ex|deputy|vice|assistant) /.test(r))) return { name: p.name, kind: "person", role: text };
        // "Rock star Ozzy Osbourne ... the Black Sabbath singer": a description, where no office of the person's contradicts it.
        if (!ROLE_HEADS.has(head) && !THIRD_PARTIES.test(head) && !p.roles.some((r) => r.split(" ").some((w) => ROLE_HEADS.has(w)))) return { name: p.name, kind: "person", role: text };
      }
      return { name: null, kind: "role", role: text };
    }
    return null;
  }

  private mentions(name: string | undefined): number {
    let n = 0;
    for (const o of this.orgNames) if (o === name) n++;
    return n;
  }

  /** The organization named most often so far (news outlets aside). */
  private mainOrg(): string | undefined {
    const counts = new Map<string, number>();
    for (const n of this.orgNames) if (!NEWS_OUTLETS.has(n.toLowerCase()) && !SOCIAL.has(n.toLowerCase())) counts.set(n, (counts.get(n) ?? 0) + 1);
    let best: string | undefined;
    let most = 0;
    for (const [n, c] of counts) if (c > most) [best, most] = [n, c];
    return best;
  }
}
