/**
 * The shapes of wire-service datelines, matched at the start of a block:
 *
 *   KYIV, Ukraine (AP) —            place, region, agency
 *   LONDON, May 3 (Reuters) -       place, date, agency
 *   Washington (AFP) –              title-case place, agency
 *   STAMFORD, Conn., Oct 20 -       place, region, date
 *   MOSCOW —                        capitals alone
 *   NEW YORK, Oct. 20, 2021 /PRNewswire/ --
 *   WASHINGTON/KYIV, May 3 (Reuters) -   places of a story filed from two cities
 *   (CNN) —                         agency alone
 *
 * A place in title case only counts with an agency or a date beside it:
 * "Mariupol — the city ..." opens many a body sentence, "MARIUPOL —" does not.
 * Pure functions; the dateline extractor decides where to look.
 */
import { MONTH_PATTERN, monthNumber } from "./calendar.ts";
import { placeTitleCase } from "./place-case.ts";

export interface DatelineMatch {
  /** The dateline as written, dash included ("KYIV, Ukraine (AP) —"). */
  raw: string;
  /** Characters of the block it takes, trailing space included: the body starts there. */
  length: number;
  /** Title-cased place with its region ("Kyiv, Ukraine"), null for "(CNN) —". */
  place: string | null;
  agency: string | null;
  /** The date as written ("May 3"), and its parts; year null when not written. */
  dateText: string | null;
  month: number | null;
  day: number | null;
  year: number | null;
}

const WORD = String.raw`(?:Mc)?\p{Lu}[\p{L}.'’\-]*`;
const PARTICLE = String.raw`(?:de|da|do|du|des|del|la|le|es|el|al|au|am|of|upon|sur)`;
const ONE_PLACE = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)?${WORD}){0,4}`;
/** Reuters joins the places of a story filed from two cities: "WASHINGTON/KYIV". */
const PLACE = String.raw`${ONE_PLACE}(?:\/${ONE_PLACE}){0,2}`;
const REGION = String.raw`\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}`;
const DATE = String.raw`(?:${MONTH_PATTERN}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_PATTERN}(?:,?\s+\d{4})?)`;
const AGENCY = String.raw`(?:\(\s*(?<agency>[\p{L}][\p{L}&.\- ]{0,30}?)\s*\)|\/\s*(?<wire>[\p{L}][\p{L}\- ]{1,30}?)\s*\/)`;
const DASH = String.raw`(?:—|–|―|-{1,2})`;

const WITH_PLACE = new RegExp(
  String.raw`^(?<place>${PLACE})(?<regions>(?:,\s+${REGION}){0,2}?)(?:,\s+(?<date>${DATE}))?\s*(?:${AGENCY})?\s*(?<dash>${DASH})(?:\s+|$|(?<=[—–―])(?=["“‘\p{Lu}]))`,
  "u",
);
/** The same forms standing alone on their own line, where the dash may be missing. */
const OWN_LINE = new RegExp(
  String.raw`^(?<place>${PLACE})(?<regions>(?:,\s+${REGION}){0,2}?)(?:,\s+(?<date>${DATE}))?\s*(?:${AGENCY})?\s*(?<dash>${DASH})?\s*$`,
  "u",
);
const AGENCY_ONLY = new RegExp(String.raw`^\(\s*(?<agency>\p{Lu}[\p{L}&.\- ]{0,20}?)\s*\)\s*(?<dash>${DASH})\s+`, "u");

/** What may follow a dateline inside a paragraph: the lede's first word. */
const LEDE_START = /^["“‘'(\p{Lu}\d]/u;

/** Words that open sentences in capitals but are never places. */
const NOT_PLACES = new Set(["UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "VIDEO", "LIVE", "NOTE", "EDITOR", "EDITORS", "CORRECTION", "PHOTO", "PHOTOS", "NATO", "OPEC", "FIFA", "UEFA", "NASA", "BBC", "CNN", "AP", "AFP", "IMF", "WHO", "FBI", "CIA", "EU", "UN", "US", "UK"]);

/** A dateline opening `text` (a block), or null. */
export function matchDateline(text: string): DatelineMatch | null {
  const own = OWN_LINE.exec(text);
  if (own?.groups && (own.groups.agency || own.groups.wire || own.groups.date || own.groups.dash)) {
    const found = build(own.groups, text.trim(), text.length);
    if (found) return found;
  }
  const inline = WITH_PLACE.exec(text);
  if (inline?.groups && LEDE_START.test(text.slice(inline[0].length))) {
    const found = build(inline.groups, inline[0].trim(), inline[0].length);
    if (found) return found;
  }
  const agencyOnly = AGENCY_ONLY.exec(text);
  if (agencyOnly?.groups && LEDE_START.test(text.slice(agencyOnly[0].length))) {
    return { raw: agencyOnly[0].trim(), length: agencyOnly[0].length, place: null, agency: agencyOnly.groups.agency ?? null, dateText: null, month: null, day: null, year: null };
  }
  return null;
}

function build(groups: Record<string, string | undefined>, raw: string, length: number): DatelineMatch | null {
  const place = groups.place ?? "";
  const agency = (groups.agency ?? groups.wire)?.trim() || null;
  const dateText = groups.date ?? null;
  const capitals = !/\p{Ll}/u.test(place.replace(/\bMc/g, "").replace(new RegExp(String.raw`\s${PARTICLE}\s`, "gu"), " "));
  // A title-case place needs an agency or a date to be a dateline at all.
  if (!capitals && !agency && !dateText) return null;
  if (capitals && place.replace(/[^\p{L}]/gu, "").length < 3 && !agency) return null;
  if (NOT_PLACES.has(place.split(/\s+/)[0] ?? "")) return null;
  if (agency && !/\p{Lu}/u.test(agency.charAt(0)) && agency.length > 4) return null;
  const regions = (groups.regions ?? "").replace(/^,\s*/, "");
  const full = regions ? `${place}, ${regions}` : place;
  const date = dateText ? dateParts(dateText) : { month: null, day: null, year: null };
  if (dateText && date.month === null) return null;
  return { raw, length, place: placeTitleCase(full), agency, dateText, ...date };
}

function dateParts(text: string): { month: number | null; day: number | null; year: number | null } {
  const words = text.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  let month: number | null = null;
  let day: number | null = null;
  let year: number | null = null;
  for (const w of words) {
    const number = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(w);
    if (number) {
      const n = Number(number[1]);
      if (number[1]!.length === 4) year = n;
      else day = n;
    } else month = monthNumber(w);
  }
  return { month, day, year };
}
