/**
 * Context that tells an organization from a person or a town: the words
 * right around a name ("analysts at X", "X boss", "beat X 2-1"), the names
 * listed with it, and whether the article is about sport, where "Arsenal"
 * and "Chelsea" are clubs and not a town in Mauritius or a London district.
 */
import type { Facts } from "./facts.ts";
import { TITLE_HEADS } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Words before a name that say it is a company or body: "analysts at X", "IT firm X", "ISP X". */
const ORG_CUES_BEFORE = words(`
  at firm firms company companies group bank banks rival rivals giant maker makers operator provider
  retailer carrier airline brewer studio label broker insurer conglomerate chain publisher developer
  owner regulator watchdog agency analysts consultancy consultants isp isps outfit supplier suppliers
  manufacturer manufacturers lender lenders carmaker chipmaker distributor vendor vendors broadcaster
  newspaper tabloid magazine website charity charities pollster pollsters researcher researchers
  specialist specialists operators vehicle utility utilities jeweller jewellers grocer supermarket
  bookseller chemist monopoly unit subsidiary subsidiaries band bands network party movement bankers brokers
  insurers reinsurer reinsurers carmakers retailers miners brewers
`);
/** Words after a name that say it is a company, body or club: "X shares", "X boss", "X striker". */
const ORG_CUES_AFTER = words(`
  shares shareholders spokesman spokeswoman spokesperson chief boss plc which chairman
  manager coach striker midfielder defender goalkeeper keeper winger fans supporters
  magazine newspaper skipper singer frontman guitarist drummer bassist
  wing flanker prop hooker lock fly-half scrum-half full-back centre
`);
const FAMILY = words(`father mother son daughter brother sister wife husband widow widower uncle aunt cousin grandfather grandmother`);
/** Plural jobs before "at X": "analysts at Ovum", "staff at the BBC". */
const AT_EMPLOYER = words(`analysts economists workers staff employees executives researchers engineers scientists strategists expert experts managers officials sources consultants`);
/** Two words before a name that make it a company: "shares in X", "the takeover of X", "merger with X". */
const DEAL_BEFORE = words(`shares_in stake_in stakes_in shareholding_in holding_in shareholders_in investors_in takeover_of acquisition_of shareholders_of merger_with merging_with merge_with bid_for division_of subsidiary_of subsidiaries_of unit_of`);
/** Sector nouns a firm's name follows after a comma (not "rival", "partner", "analyst": people too). */
const APPOSED_FIRM = words(`firm company group bank maker carrier airline retailer broadcaster website network operator provider label studio publisher developer chain supermarket insurer lender brewer carmaker`);
/** "state-owned Rosneft", "Kremlin-controlled Gazprom": only a body is owned. */
const OWNED = /-(?:owned|listed)$/;
/** Nouns after a possessive organization ("X's shares", "X's chief executive"). */
const ORG_POSSESSED = words(`shares profits profit sales revenue revenues chief boss board results customers subscribers shareholders manager striker`);
/** Words before a club in a match report: "beat X", "against X", "X v Y". */
const MATCH_BEFORE = words(`beat beating beaten against v vs versus joined join joins signed`);

/** "Jeweller Zale", "Retailer Next": a sector noun opening the sentence, then the firm's name. */
export const isSectorWord = (word: string) => ORG_CUES_BEFORE.has(word.toLowerCase()) && !SECTOR_NOT_OPENER.test(word);
/** Cue words that open names as often as they describe them ("Band Aid", "Network Rail", "Unit 4"). */
const SECTOR_NOT_OPENER = /^(?:at|owner|researcher|researchers|developer|publisher|specialist|specialists|band|bands|duo|trio|network|unit|monopoly|subsidiary|subsidiaries)$/i;

/** An organization by the words around it: "analysts at Ovum", "Ovum said it", "Ovum's shares". */
export function orgCue(m: Mention): boolean {
  const b1 = m.before[m.before.length - 1] ?? "";
  const b2 = m.before[m.before.length - 2] ?? "";
  // "at" says employer only after a job: "analysts at Ovum", not "the first three at Santry".
  if (m.gapBefore === "" && b1 === "at") return AT_EMPLOYER.has(b2) || TITLE_HEADS.has(b2);
  // "father of Moazzam" is family, not an employer.
  if (m.gapBefore === "" && (ORG_CUES_BEFORE.has(b1) || (b1 === "of" && TITLE_HEADS.has(b2) && !FAMILY.has(b2)))) return true;
  if (m.gapAfter === "" && ORG_CUES_AFTER.has(m.after[0] ?? "")) return true;
  // "the Jongleurs comedy club", "the EMI record label": a noun, then what kind of body the name is.
  if (m.gapAfter === "" && KIND_AFTER.has(m.after[1] ?? "") && LOWER_NOUN.test(m.after[0] ?? "") && !NOT_NOUN.has(m.after[0] ?? "")) return true;
  return m.possessive && ORG_POSSESSED.has(m.after[0] ?? "");
}

const KIND_AFTER = words(`club firm company label chain agency studio studios group`);
const LOWER_NOUN = /^[a-z]+$/;
/** Words between a name and a body's kind that are no noun ("Smith and group", "X said firm"). */
const NOT_NOUN = words(`and or but nor is was are were has had have said says told the a an of in to for with at by from on as its his her their this that alongside against beside besides without within including like over under into onto through via near after before behind`);

/** "shares in X", "the takeover of X", "state-owned X": a deal or an owner that only a company has (a person may be bid for). */
export function dealCue(m: Mention): boolean {
  const b1 = m.before[m.before.length - 1] ?? "";
  // "Edinburgh-based developer, Rockstar, which ...": a firm's sector noun, then the name set off by commas.
  if (m.gapBefore === "," && m.gapAfter === "," && APPOSED_FIRM.has(b1)) return true;
  if (m.gapBefore !== "") return false;
  return OWNED.test(b1) || DEAL_BEFORE.has(`${m.before[m.before.length - 2] ?? ""}_${b1}`) || (b1 === "by" && DONE_BY_BODY.has(m.before[m.before.length - 2] ?? ""));
}
/** What only a body does to a survey, a study or a service: "conducted by Sunovate", "commissioned by Pact" (a person owns, buys and runs things too). */
const DONE_BY_BODY = words(`conducted commissioned compiled published operated sponsored issued underwritten audited`);

/**
 * A sector noun right before a capitalised word ("analysts Ovum", "IT firm Orange"):
 * a name even when it is also an English word. "at" is too common to say as much.
 */
export function strongOrgCue(m: Mention): boolean {
  const b1 = m.before[m.before.length - 1] ?? "";
  return m.gapBefore === "" && b1 !== "at" && ORG_CUES_BEFORE.has(b1);
}

/** "Empire magazine", "Orange shares": words after a name that make even an English word a body's name. */
const STRONG_ORG_AFTER = words(`magazine newspaper shares shareholders plc movement`);
export function strongOrgCueAfter(m: Mention): boolean {
  if (m.gapAfter !== "") return false;
  const a = m.after[0] ?? "";
  return STRONG_ORG_AFTER.has(a) || ((a.endsWith("'s") || a.endsWith("’s")) && STRONG_ORG_AFTER.has(a.slice(0, -2)));
}

/** "X boss", "X striker", "X shares": words after a name that only a body or club takes. */
export function orgCueAfter(m: Mention): boolean {
  return (m.gapAfter === "" && ORG_CUES_AFTER.has(m.after[0] ?? "")) || (m.possessive && ORG_POSSESSED.has(m.after[0] ?? ""));
}

const SPORT_WORDS = /\b(?:premiership|league|cup|striker|midfielder|defender|goalkeeper|match|fixture|squad|team-mates|referee|penalty|stadium|transfer|coach|tournament|season|goals?|scored|championship|semi-final|quarter-final|final whistle|kick-off|half-time|tackles?|fouls?|booked|touchline|hat-trick|free-kick|relegation|dressing room|red card|yellow card|sent off|midfield|winger|wicket|innings|test match|hurdles|medallist|personal best|heats|athletics|grand slam|seeded|semi-finals?|quarter-finals?)\b/gi;
const SCORE = /\b\d{1,2}-\d{1,2}\b(?!\s*(?:year|month|day|hour|minute|week))/;

const TRANSFER = /^(?:move|switch|transfer|return|loan|moved|switched|transferred|returned|loaned|sold|join)$/;
const TEAM_PARTS = new Set("defence attack midfield side squad team players fans manager coach captain striker keeper goalkeeper defender midfielder winger boss".split(" "));
const TEAM_VERB = /^(?:have|are|were|face|host|beat|drew|lost|won|remain|sit|lead|trail|need|play)$/;

const MUSIC_WORDS = ["band", "album", "gig", "singer", "guitarist", "drummer", "bassist", "frontman", "rock", "pop", "indie", "record label", "songs"];
const LETTER_AT = /[a-z]/;
/** An article about music: at least three distinct words of bands and records (plurals count with their word). */
export function isMusicText(text: string): boolean {
  // indexOf per word is many times faster than one alternation with word boundaries over the whole text.
  const lower = text.toLowerCase();
  let seen = 0;
  for (const word of MUSIC_WORDS) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const after = lower[at + word.length] ?? " ";
      if (!LETTER_AT.test(lower[at - 1] ?? " ") && (!LETTER_AT.test(after) || (after === "s" && !LETTER_AT.test(lower[at + word.length + 1] ?? " ")))) {
        seen++;
        break;
      }
    }
    if (seen >= 3) return true;
  }
  return false;
}

/** An article about sport: a score, or at least three distinct sporting words. */
export function isSportText(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(SPORT_WORDS)) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= 3) return true;
  }
  return seen.size >= 1 && SCORE.test(text);
}

/**
 * A club name: always a club when it has more than one word or is no sizeable
 * town ("Manchester United", "Arsenal" in a sports story); a club that is also
 * a town ("Liverpool", "Valencia") only when the words around it say club.
 */
export function isClub(m: Mention, facts: Facts, sport: boolean): boolean {
  if (!facts.club) return false;
  const place = facts.place;
  if (m.tokens.length > 1 && !place) return true;
  if (orgCueAfter(m) || (m.gapBefore === "" && MATCH_BEFORE.has(m.before[m.before.length - 1] ?? "")) || m.listedAfterOrg === true) return true;
  // "Liverpool v Chelsea", "Liverpool 2-1 Chelsea", "beat Chelsea 2-1".
  if (/^\s*(?:v|vs)\.?\s*$/.test(m.sincePrevious) || /^\d{1,2}-\d{1,2}$/.test(m.after[0] ?? "")) return true;
  if (!sport) return false;
  const b1 = m.before[m.before.length - 1] ?? "";
  if (m.gapBefore === "" && /^(?:in|near|outside)$/.test(b1)) return false;
  // "Newcastle have got a very good side", "Chelsea are top": a club takes a plural verb, a town does not.
  if (m.gapAfter === "" && TEAM_VERB.test(m.after[0] ?? "")) return true;
  // "a move to Barcelona", "Milan's veteran defence": a transfer's destination, a team's players.
  if (m.gapBefore === "" && b1 === "to" && TRANSFER.test(m.before[m.before.length - 2] ?? "")) return true;
  if (m.possessive && (TEAM_PARTS.has(m.after[0] ?? "") || TEAM_PARTS.has(m.after[1] ?? ""))) return true;
  // "said the Sale player".
  if (m.article && m.gapAfter === "" && m.after[0] === "player") return true;
  return !place || (place.kind === "city" && place.population < 100_000);
}
