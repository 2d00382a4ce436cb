/**
 * Dates on the site: records hold ISO `yyyy-MM-dd` days (or null), parsed with
 * a date-fns pattern and checked with isValid, never `new Date(someString)`,
 * and formatted in the archive's time zone (STYLE.md, point 7).
 */
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";

const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Intl formatters are costly to make and a site uses a handful: one per option set. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(language, options)));
  return f;
}

/** Parsed days, by their ISO text: date-fns' parse is slow, and an archive has a few thousand days at most. */
const days = new Map<string, number | null>();

/** The day an ISO date names, as a UTC midnight Date; null when absent or invalid. */
export function parseDay(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const day = iso.slice(0, 10);
  let time = days.get(day);
  if (time === undefined) {
    const parsed = parse(`${day} +00`, "yyyy-MM-dd x", REFERENCE);
    time = isValid(parsed) ? parsed.getTime() : null;
    if (days.size > 100_000) days.clear();
    days.set(day, time);
  }
  // A new Date each time: callers may keep or change it.
  return time === null ? null : new Date(time);
}

/** "16 May 2022", or "undated". A day has no time, so it is shown as written, labelled with the archive's zone. */
export function formatDay(iso: string | null | undefined, language: string): string {
  const day = parseDay(iso);
  if (!day) return "undated";
  return formatter(language, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);
}

/** "May 2022" for a yyyy-MM key. */
export function formatMonth(yearMonth: string, language: string): string {
  const day = parseDay(`${yearMonth}-01`);
  if (!day) return yearMonth;
  return formatter(language, { month: "long", year: "numeric", timeZone: "UTC" }).format(day);
}

/** Short name of a time zone at a day ("BST", "GMT+2"), for "16 May 2022 (BST)". */
export function zoneName(iso: string | null, timeZone: string, language: string): string {
  const day = parseDay(iso) ?? REFERENCE;
  // Noon, so the zone's daylight-saving state of that day is the one named.
  const noon = new Date(day.getTime() + 12 * 3600_000);
  const part = formatter(language, { timeZone, timeZoneName: "short" }).formatToParts(noon).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** RFC 3339 timestamp for feeds: the day at midnight in UTC. */
export function rfc3339(iso: string | null, fallback: string): string {
  const day = parseDay(iso);
  return day ? day.toISOString().replace(/\.\d{3}Z$/, "Z") : fallback;
}
