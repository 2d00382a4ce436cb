/**
 * Calendar helpers shared by the dateline and dates extractors: month names
 * as newsrooms write them, ISO days built through date-fns patterns and
 * checked with `isValid` (never `new Date(someString)`, STYLE.md point 7),
 * dates in file names, and the year nearest to a reference day.
 *
 * Every date here is a local calendar day: parsed and formatted with the same
 * (local) zone, so no time-zone shift can move it.
 */
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";

const MONTHS: Record<string, number> = {
  jan: 1, january: 1,
  feb: 2, february: 2,
  mar: 3, march: 3,
  apr: 4, april: 4,
  may: 5,
  jun: 6, june: 6,
  jul: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

/** A month as written in datelines: "May", "Oct", "Oct.", "Sept.", "September". */
export const MONTH_PATTERN = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** The ISO day for year, month, day, or null when there is no such day (Feb 30). */
export function isoDay(year: number, month: number, day: number): string | null {
  const parsed = parse(`${year}-${month}-${day}`, "yyyy-M-d", new Date(2000, 0, 1));
  return isValid(parsed) && parsed.getFullYear() === year ? format(parsed, "yyyy-MM-dd") : null;
}

/** A date-fns Date for an ISO day string, or null when the string is not one. */
export function parseIsoDay(iso: string): Date | null {
  const parsed = parse(iso.slice(0, 10), "yyyy-MM-dd", new Date(2000, 0, 1));
  return /^\d{4}-\d{2}-\d{2}/.test(iso) && isValid(parsed) ? parsed : null;
}

export function formatIsoDay(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/**
 * The year that puts month/day nearest to the reference day: a "Dec 31"
 * dateline in a story filed on 2 January belongs to the year before.
 */
export function nearestYear(month: number, day: number, reference: Date): number | null {
  const year = reference.getFullYear();
  let best: { year: number; distance: number } | null = null;
  for (const candidate of [year - 1, year, year + 1]) {
    const iso = isoDay(candidate, month, day);
    const date = iso ? parseIsoDay(iso) : null;
    if (!date) continue;
    const distance = Math.abs(differenceInCalendarDays(date, reference));
    if (!best || distance < best.distance) best = { year: candidate, distance };
  }
  return best?.year ?? null;
}

/**
 * A date at the start of a file name: `2022-05-16-foo.txt`, `2022_05_16 foo`,
 * `20220516_foo.txt`, also inside folders (`2022/05/16/foo.txt` is not read:
 * only the base name counts, so a folder layout never invents a date).
 */
export function fileNameDate(relativePath: string): string | null {
  const base = relativePath.split("/").pop() ?? relativePath;
  const match = /^((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?!\d)/.exec(base);
  if (!match) return null;
  return isoDay(Number(match[1]), Number(match[3]), Number(match[4]));
}

/** Front-matter dates: an ISO day, or an ISO date-time whose day part is kept. */
export function frontMatterDay(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
