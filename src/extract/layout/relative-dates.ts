/**
 * Relative dates in news prose, resolved against the article's date:
 * "yesterday", "on Tuesday", "late Monday", "last Friday", "next week",
 * "earlier this month", "last year", "three days ago".
 *
 * A bare weekday points back to its most recent occurrence on or before the
 * article date (news reports what happened: "said on Monday" in a Monday
 * story is that day), or forward when its clause speaks of the future
 * ("will meet on Friday"). Weeks start on Monday. Arithmetic is date-fns;
 * no string is ever handed to `new Date`.
 */
import { addDays, addMonths, addWeeks, addYears, getISODay, startOfMonth, startOfWeek, startOfYear, subDays, subMonths, subWeeks, subYears } from "date-fns";
import { formatIsoDay } from "./calendar.ts";

export interface RelativeDate {
  text: string;
  /** Character offset of the phrase in the searched text. */
  at: number;
  date: string;
  granularity: "day" | "week" | "month" | "year";
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

const PATTERN = new RegExp(
  [
    String.raw`(?<mod>\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Oo]n)\s+(?:on\s+)?)?\b(?<weekday>${WEEKDAYS.join("|")})(?:\s+(?:morning|afternoon|evening|night))?\b`,
    String.raw`\b(?<deictic>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b`,
    String.raw`\b(?<edge>(?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Tt]his|[Nn]ext)\s+(?<unit>week|month|year)\b`,
    String.raw`\b(?<count>\d{1,2}|${Object.keys(NUMBERS).join("|")})\s+(?<agoUnit>day|week|month|year)s?\s+ago\b`,
  ].join("|"),
  "g",
);

/** Named days that are not the weekday before them: "Black Friday", "Super Tuesday". */
const NAMED_DAY = /\b(?:Black|Cyber|Good|Easter|Super|Ash|Bloody|Holy|Maundy|Shrove|Whit|Palm|Blue|Giving|Mad|Manic)\s+$/;
/** Words that turn a clause towards the future. */
const FUTURE = /(?:\b(?:will|would|shall|(?:is|are|was|were) due|expected|plans?|planned|scheduled|set to|going to|is to|are to|next|upcoming)\b|'ll\b)/i;

export function findRelativeDates(text: string, articleDate: Date): RelativeDate[] {
  const found: RelativeDate[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const groups = match.groups ?? {};
    const at = match.index ?? 0;
    let resolved: { date: Date; granularity: RelativeDate["granularity"] } | null = null;
    if (groups.weekday) {
      if (!groups.mod && NAMED_DAY.test(text.slice(Math.max(0, at - 12), at))) continue;
      resolved = { date: weekday(groups.weekday, (groups.mod ?? "").trim().toLowerCase(), clauseBefore(text, at), articleDate), granularity: "day" };
    } else if (groups.deictic) {
      const word = groups.deictic.toLowerCase();
      resolved = { date: word === "yesterday" ? subDays(articleDate, 1) : word === "tomorrow" ? addDays(articleDate, 1) : articleDate, granularity: "day" };
    } else if (groups.edge && groups.unit) {
      resolved = period(groups.edge.toLowerCase(), groups.unit as "week" | "month" | "year", articleDate);
    } else if (groups.count && groups.agoUnit) {
      const n = NUMBERS[groups.count.toLowerCase()] ?? Number(groups.count);
      const unit = groups.agoUnit as "day" | "week" | "month" | "year";
      const back = { day: subDays, week: subWeeks, month: subMonths, year: subYears }[unit];
      resolved = { date: back(articleDate, n), granularity: unit };
    }
    if (resolved) found.push({ text: match[0], at, date: formatIsoDay(resolved.date), granularity: resolved.granularity });
  }
  return found;
}

/** The words of the sentence before `at`: where "will" or "next" would be. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "));
  return before.slice(start + 1);
}

function weekday(name: string, mod: string, clause: string, reference: Date): Date {
  const target = WEEKDAYS.indexOf(name) + 1; // ISO: Monday 1 … Sunday 7
  const today = getISODay(reference);
  const back = (today - target + 7) % 7; // days since the most recent one, 0 = today
  const ahead = (target - today + 7) % 7; // days to the next one, 0 = today
  if (mod === "last") return subDays(reference, back === 0 ? 7 : back);
  if (mod === "next") return addDays(reference, ahead === 0 ? 7 : ahead);
  if (mod === "this") return addDays(startOfWeek(reference, { weekStartsOn: 1 }), target - 1);
  return FUTURE.test(clause) ? addDays(reference, ahead) : subDays(reference, back);
}

function period(edge: string, unit: "week" | "month" | "year", reference: Date): { date: Date; granularity: "week" | "month" | "year" } {
  const start = { week: (d: Date) => startOfWeek(d, { weekStartsOn: 1 }), month: startOfMonth, year: startOfYear }[unit];
  const shift = { week: addWeeks, month: addMonths, year: addYears }[unit];
  const step = edge === "last" ? -1 : edge === "next" ? 1 : 0;
  return { date: start(shift(reference, step)), granularity: unit };
}
