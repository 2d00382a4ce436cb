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
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { getISODay } from "date-fns/getISODay";
import { startOfMonth } from "date-fns/startOfMonth";
import { startOfWeek } from "date-fns/startOfWeek";
import { startOfYear } from "date-fns/startOfYear";
import { subDays } from "date-fns/subDays";
import { subMonths } from "date-fns/subMonths";
import { subWeeks } from "date-fns/subWeeks";
import { subYears } from "date-fns/subYears";
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

/**
 * The words every phrase hangs on; each hit is then read in its context. One
 * pass of a literal alternation keeps this cheap on long paragraphs.
 */
const KEYWORD = new RegExp(String.raw`\b(?:${WEEKDAYS.join("|")}|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|week|month|year|days?|weeks|months|years)\b`, "g");
const WEEKDAY_BEFORE = /\b([Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Oo]n)\s+(?:on\s+)?$/;
const PART_OF_DAY = /^\s+(?:morning|afternoon|evening|night)\b/;
const PERIOD_BEFORE = /\b((?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Tt]his|[Nn]ext)\s+$/;
const COUNT_BEFORE = new RegExp(String.raw`\b(\d{1,2}|${Object.keys(NUMBERS).join("|")})\s+$`, "i");
const AGO_AFTER = /^\s+ago\b/;
/** A weekday or "Today" naming a paper or a programme: "the Sunday Times", "the Today programme". */
const TITLE_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|People|Independent|Tribune|Observer|Sport|Night|League|programme|show|Programme|Show)\b/;

/** Named days that are not the weekday before them: "Black Friday", "Super Tuesday". */
const NAMED_DAY = /\b(?:Black|Cyber|Good|Easter|Super|Ash|Bloody|Holy|Maundy|Shrove|Whit|Palm|Blue|Giving|Mad|Manic)\s+$/;
/** Words that turn a clause towards the future. */
const FUTURE = /(?:\b(?:will|would|shall|(?:is|are|was|were) due|expected|plans?|planned|scheduled|set to|going to|is to|are to|next|upcoming)\b|'ll\b)/i;

export function findRelativeDates(text: string, articleDate: Date): RelativeDate[] {
  const found: RelativeDate[] = [];
  for (const hit of text.matchAll(KEYWORD)) {
    const word = hit[0];
    const at = hit.index ?? 0;
    const end = at + word.length;
    const before = text.slice(Math.max(0, at - 24), at);
    const after = text.slice(end, end + 12);
    const push = (start: number, stop: number, date: Date, granularity: RelativeDate["granularity"]) =>
      found.push({ text: text.slice(start, stop), at: start, date: formatIsoDay(date), granularity });

    if (TITLE_AFTER.test(after)) continue;
    // "Today", "Yesterday" capitalised mid-sentence are names (BBC Radio 4's Today).
    if (/^(?:Today|Tomorrow|Yesterday|Tonight)$/.test(word) && !/(?:^|[.!?]["”’]?\s+|["“‘]\s*)$/.test(before)) continue;
    if (WEEKDAYS.includes(word)) {
      const mod = WEEKDAY_BEFORE.exec(before);
      if (!mod && NAMED_DAY.test(before)) continue;
      const start = mod ? at - mod[0].length : at;
      const part = PART_OF_DAY.exec(after);
      push(start, end + (part?.[0].length ?? 0), weekday(word, (mod?.[1] ?? "").toLowerCase(), clauseBefore(text, at), articleDate), "day");
    } else if (/^(?:yesterday|today|tomorrow|tonight)$/i.test(word)) {
      const lower = word.toLowerCase();
      push(at, end, lower === "yesterday" ? subDays(articleDate, 1) : lower === "tomorrow" ? addDays(articleDate, 1) : articleDate, "day");
    } else if (AGO_AFTER.test(after)) {
      const count = COUNT_BEFORE.exec(before);
      if (!count?.[1]) continue;
      const n = NUMBERS[count[1].toLowerCase()] ?? Number(count[1]);
      const unit = word.replace(/s$/, "") as "day" | "week" | "month" | "year";
      const back = { day: subDays, week: subWeeks, month: subMonths, year: subYears }[unit];
      push(at - count[0].length, end + (AGO_AFTER.exec(after)?.[0].length ?? 0), back(articleDate, n), unit);
    } else if (word === "week" || word === "month" || word === "year") {
      const edge = PERIOD_BEFORE.exec(before);
      if (!edge?.[1]) continue;
      const resolved = period(edge[1].toLowerCase().replace(/\s+/g, " "), word, articleDate);
      push(at - edge[0].length, end, resolved.date, resolved.granularity);
    }
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
