/**
 * Cues around a name that settle its kind after the lexicons have had their
 * say: an apposition that calls it a firm ("Rosneft, a Russian oil firm"), a
 * spokesman speaking for it ("a spokesman for Crossrail"), or a work's kind
 * before it ("the supernatural thriller Constantine", "animated fable The
 * Polar Express": a title, neither a town nor a body).
 */
import { factsOf } from "./facts.ts";
import { DEMONYMS } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";

/** Kinds of body an apposition may call a name. */
const BODY_KINDS = "firm|company|group|bank|maker|carrier|airline|retailer|broadcaster|website|site|operator|provider|label|studio|publisher|developer|chain|supermarket|insurer|reinsurer|lender|brewer|carmaker|conglomerate|agency|charity|organisation|organization|newspaper|magazine|tabloid|consultancy|manufacturer|distributor|supplier|utility|giant|outfit|business|firms";
/**
 * ", a Russian oil firm that ...", ", the internet firm.": up to four lower-case or
 * capitalised describing words, the kind, then the clause goes on or ends (not
 * "a company director", "the firm's boss").
 */
const APPOSED_BODY = new RegExp(`^,\\s+(?:a|an|the)\\s+((?:[A-Za-z][\\w’'-]*\\s+){0,4}?)(?:${BODY_KINDS})(?=[,.;:)]|\\s+(?:that|which|whose|in|with|based|owned|run|from|of|for|and|set|known|behind|specialising|specializing|founded|listed)\\b|$)`);
/** Words that make the kind no head of the apposition: "the godfather of the group". */
const NOT_DESCRIBING = new Set(["of", "for", "with", "at", "by", "in", "to", "and", "or", "the", "a", "an"]);
const LOWER_WORD = /^[a-z][\w’'-]*$/;
const ACRONYM = /^[A-Z]{2,4}$/;

/** "Photosig is an online community ...", "Sendo was the firm that ...": the same kinds after "is" or "was". */
const PREDICATED = /^\s+(?:is|was)(?=\s)/;

/** The name is followed by an apposition that calls it a body ("Rosneft, a Russian oil firm that ...", "X is a US firm which"). */
export function apposedBody(text: string, m: Mention): boolean {
  if (m.gapAfter !== "," && !(m.gapAfter === "" && (m.after[0] === "is" || m.after[0] === "was"))) return false;
  const last = m.tokens[m.tokens.length - 1] as string;
  const end = text.indexOf(last, m.at);
  if (end < 0) return false;
  let rest = text.slice(end + last.length, end + last.length + 90);
  const verb = PREDICATED.exec(rest);
  if (verb) rest = `,${rest.slice(verb[0].length)}`;
  const hit = APPOSED_BODY.exec(rest);
  if (!hit) return false;
  // Describing words are lower-case ("oil", "world's largest"), a nationality or a country's initials ("Russian", "UK"):
  // not a name of their own ("the Children With Leukaemia charity").
  const describing = (hit[1] as string).split(/\s+/).filter(Boolean);
  return describing.every((w) => !NOT_DESCRIBING.has(w) && (LOWER_WORD.test(w) || DEMONYMS.has(w.toLowerCase()) || ACRONYM.test(w)));
}

const SPOKES = /^spokes(?:man|woman|person)$/;
/** "a spokesman for Crossrail": whom a spokesman speaks for, when the name is no person's (no given name, surname or English word). */
export function spokesmanFor(m: Mention): boolean {
  if (m.gapBefore !== "" || m.tokens.length !== 1 || m.possessive) return false;
  const [b2, b1] = [m.before[m.before.length - 2] ?? "", m.before[m.before.length - 1] ?? ""];
  if (b1 !== "for" || !SPOKES.test(b2)) return false;
  const facts = factsOf(m.tokens[0] as string);
  return !facts.given && !facts.surname && !facts.common;
}

/** Kinds of body before "called" or "named": "a trade group called The Travel Partnership". */
const CALLED_KINDS = new Set(BODY_KINDS.split("|").concat(["body", "organisation", "organization", "union", "party", "band", "campaign", "charity", "association", "society", "startup", "start-up"]));
/** The text says what kind of body is called by the name: "a trade group called The Travel Partnership", "a firm named Sendo". */
export function calledBody(text: string, m: Mention): boolean {
  // The words before the name are at hand unless a leading "The" was cut from it (then they were dropped).
  if (m.before.length) {
    const b1 = m.before[m.before.length - 1] as string;
    return m.gapBefore === "" && (b1 === "called" || b1 === "named") && CALLED_KINDS.has(m.before[m.before.length - 2] ?? "");
  }
  const before = CALLED_BEFORE.exec(text.slice(Math.max(0, m.at - 40), m.at));
  return before !== null && CALLED_KINDS.has(before[1] as string);
}
const CALLED_BEFORE = /([a-z-]+) (?:called|named) (?:[Tt]he )?$/;

/** Kinds of work written just before a title: "the thriller Constantine", "animated fable The Polar Express". */
const WORK_KINDS = new Set(
  "film films movie movies thriller thrillers comedy comedies drama dramas fable epic blockbuster biopic documentary sitcom musical opera novel album single song track cartoon sequel remake romcom whodunnit".split(" "),
);

/** The word before a name, past a "The" that opens a title: "fable The Polar Express". */
const WORD_BEFORE = /([a-z]+) (?:[Tt]he )?$/;

/** "who played Chandler", "she plays Phoebe": the part an actor plays is a character, no town. */
const PLAYED = new Set(["played", "plays", "playing", "portrayed", "portrays", "portraying"]);
export function namesAPart(m: Mention): boolean {
  return !m.sport && m.tokens.length === 1 && m.gapBefore === "" && PLAYED.has(m.before[m.before.length - 1] ?? "");
}

/** A work's kind stands right before the name: the name is a title. */
export function namesAWork(text: string, m: Mention): boolean {
  if (m.before.length) return m.gapBefore === "" && WORK_KINDS.has(m.before[m.before.length - 1] as string);
  // "fable The Polar Express": the words before a cut "The" were dropped with it.
  if (!m.capitalThe && !m.article) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.at - 30), m.at));
  return before !== null && WORK_KINDS.has(before[1] as string);
}
