/**
 * What kind of source a name is: a news agency, an official (a person holding
 * public office or speaking for an institution), a plain person, an
 * organization, an unnamed group. General news vocabulary only.
 */
import { GROUP_NOUNS, NEWS_OUTLETS } from "../quotes/lexicon.ts";

export type SourceKind = "person" | "official" | "organization" | "agency" | "document" | "social" | "group";

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Role words that make a named person an official rather than a private person. */
const OFFICIAL_ROLES = set(`
  president vice-president premier minister secretary chancellor governor mayor senator
  congressman congresswoman spokesman spokeswoman spokesperson ambassador envoy commissioner
  official mp mep msp mla councillor general colonel commander admiral lieutenant brigadier
  prosecutor attorney sheriff judge emir sheikh ayatollah king queen sultan taoiseach
  chief-of-staff press-secretary ombudsman regulator inspector superintendent constable
  deputy-minister lawmaker legislator diplomat
`);

/** "the Russian state news agency", "a wire service": a news agency, not a government one. */
const AGENCY_PHRASE = /\b(news|press|wire) (agency|service)\b|\bnewswire\b/i;
const AGENCY_FULL_NAMES = new Set(["associated press", "agence france-presse", "agence france presse", "press association", "thomson reuters", "bloomberg news", "dow jones"]);
const AGENCY_NAMES = set(`
  reuters afp ap tass ria interfax xinhua bloomberg dpa efe ansa kyodo yonhap itar-tass ukrinform
  unian anadolu irna wafa pti ani bernama antara apa kcna sputnik ria-novosti pa upi aap cna
`);

/** Last words that make a capitalised name an organization ("Green Alliance", "Seaview Research"). */
export const ORG_TAILS = set(`
  alliance research union council partners consulting consultancy associates institute forum
  coalition network campaign trust group society analytics economics
`);

/** A named speaker's kind from its name, the speaker kind the quotes pass gave it, and its roles. */
export function kindOf(name: string, speakerKind: string, roles: string[]): SourceKind {
  const lower = name.toLowerCase();
  const words = lower.split(/\s+/);
  if (speakerKind === "group") return "group";
  if (AGENCY_NAMES.has(lower) || AGENCY_FULL_NAMES.has(lower) || AGENCY_PHRASE.test(lower)) return "agency";
  if (ORG_TAILS.has(words[words.length - 1]!)) return "organization";
  if (speakerKind === "person") return roles.some(isOfficialRole) ? "official" : "person";
  if (NEWS_OUTLETS.has(lower)) return "agency";
  return "organization";
}

export function isOfficialRole(role: string): boolean {
  const words = role.toLowerCase().split(/[\s,]+/);
  return words.some((w, i) => OFFICIAL_ROLES.has(w) || OFFICIAL_ROLES.has(`${w}-${words[i + 1] ?? ""}`));
}

/**
 * An unnamed group that speaks ("Ukrainian officials", "analysts",
 * "pro-Russian separatists"): a plural head noun, optionally qualified.
 * Singular roles ("the local mayor", "a spokesman") are not sources by name.
 */
export function groupName(role: string): string | null {
  const cleaned = role
    .replace(/^(but|and|yet|so|however|now|meanwhile|also)\s+/i, "")
    .replace(/^(the|some|many|several|other|most|few|a few|two|three|four)\s+/i, "")
    .replace(/\s+(of|for|from|at|in|on|with|who|that)\b.*$/i, "")
    .trim();
  const words = cleaned.split(/\s+/);
  if (!words.length || words.length > 4) return null;
  const head = words[words.length - 1]!.toLowerCase();
  if (!GROUP_NOUNS.has(head) && !/^(officials|sources|critics|analysts|experts|observers|insiders|aides|advisers|advisors|bloggers|economists|rebels|militants|insurgents|villagers|locals|volunteers|medics|rescuers|unions|troops)$/.test(head)) return null;
  // Pronoun-like qualifiers ("his aides", "their lawyers") name no group a reader can look up.
  if (/^(his|her|its|their|our|my|your|these|those)$/i.test(words[0]!)) return null;
  return cleaned;
}
