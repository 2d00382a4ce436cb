/**
 * Attribution in one sentence: finds each cue ("said", "told Reuters",
 * "according to") and the phrase that names its speaker, in every position —
 * before the cue ("Mr X said"), after it ("said Mr X"), behind an apposition
 * ("The governor of the region, Serhiy Gaidai, said"; "Viacheslav Shulga, an
 * employee ..., said") — plus the reported clause for indirect speech.
 * Works on tokens where each quote is one token; never resolves names (see resolve.ts).
 */
import type { Token } from "../text/tokens.ts";
import {
  CLAUSE_ONLY_VERBS,
  CLAUSE_OPENERS,
  CUE_ADVERBS,
  CUE_PREPOSITIONS,
  CUE_VERBS,
  FINITE_HINTS,
  PRONOUNS,
  REPORTING_VERBS,
  ROLE_WORDS,
  PERSON_ROLE_NOUNS,
  GROUP_NOUNS,
  ORG_ANAPHORS,
  DOCUMENT_NOUNS,
  DEMONYMS,
  HONORIFICS,
  QUANTITIES,
  TIME_WORDS,
} from "./lexicon.ts";
import { capRunEnd, capRunStart, isCapWord, parseName } from "./names.ts";

// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call, a hot-path cost.
const POSSESSIVE_END = /\p{L}['\u2019]s?$/u;

export interface Subject {
  form: "name" | "pronoun" | "np";
  /** The words that name the speaker, as written (role words excluded for names). */
  words: string[];
  /** Role or appositive words around a name ("Kremlin spokesman", "an employee at a pizzeria"). */
  role: string | null;
  /** For an `np`: its head noun ("mayor", "ministry") and a capitalised object ("spokesman for Microsoft"). */
  head?: string;
  object?: string[];
  /** The determiner before an `np` ("the", "a"). */
  det?: string;
  /** The name stands before an apposition that lacks its closing comma ("X, founder of Y said"). */
  apposed?: boolean;
}

export interface Attribution {
  /** Index of the cue token. */
  at: number;
  verb: string;
  /** The cue as a phrase: "said", "told Reuters", "according to". */
  cue: string;
  subject: Subject;
  /** The speaker comes after the cue ("..., said Mr X"). */
  inverted: boolean;
  /** Token range [from, to) of the reported clause, when this is reported speech. */
  clause: [number, number] | null;
  /** A second part of the clause after a cue set in the middle of it. */
  clauseTail?: [number, number];
  /** Words after the cue that say how it was said ("in a statement", "on Facebook"). */
  tail: string;
  /** The outlet spoken to ("told Reuters" → Reuters). */
  outlet: string[] | null;
  /** This cue ends a sentence that a quote opens (`"...," he said`), or introduces one (`He said: "..."`). */
  quoteAttached: boolean;
}

const BOUNDARY_WORDS = new Set("according to and but or as while when after before because since although though if that which who whom where whereas so yet nor unless until than".split(" "));
const DETERMINERS = new Set("the a an his her its their this these those such our my your some".split(" "));
const PASSIVE = new Set("is was are were be been being".split(" "));
const PREPS = new Set("of for at from in with on by to behind".split(" "));

const SPEAKER_HEADS = new Set([...PERSON_ROLE_NOUNS, ...GROUP_NOUNS, ...ORG_ANAPHORS, ...DOCUMENT_NOUNS, ...ROLE_WORDS]);

const isPunct = (t: Token | undefined, chars = ",;:") => t !== undefined && t.kind === "punct" && chars.includes(t.text);
const DASHES = "-\u2013\u2014";
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word";

/** A lower-case finite verb in the five tokens before `i` ("His name is Tote King and ..."). */
function finiteBefore(tokens: Token[], i: number): boolean {
  for (let x = Math.max(0, i - 5); x < i; x++) {
    const t = tokens[x]!;
    if (t.kind === "word" && !t.cap && FINITE_HINTS.has(t.lower)) return true;
  }
  return false;
}

function isBoundary(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === "quote") return true;
  if (t.kind === "punct") return true;
  if (CUE_VERBS.has(t.lower) && !t.cap) return true; // "Mr Howard said the police had said"
  // "According to Mr Peston the prime minister said": a determiner right after a name starts a new phrase.
  if (DETERMINERS.has(t.lower) && i > 0 && isCapWord(tokens[i - 1]) && t.lower === "the") return false;
  // ("Laura Brownlees of Save the Children said": a body's name after "of" may hold "the".)
  if (isWord(tokens[i + 1]) && tokens[i + 1]!.lower === "the" && isCapWord(t) && i > 0 && !(/^(of|for|at|from)$/.test(tokens[i - 1]?.lower ?? "") && isCapWord(tokens[i + 2]))) return true;
  if (!BOUNDARY_WORDS.has(t.lower)) return false;
  // "and" inside "chairman and chief executive" or "Marks and Spencer" is not a boundary.
  if (t.lower === "and") {
    const a = tokens[i - 1];
    const b = tokens[i + 1];
    // ("His name is Tote King and Manuel Millan says ...": after a clause's verb, "and" joins clauses.)
    if (isWord(a) && isWord(b) && ((ROLE_WORDS.has(a.lower) && ROLE_WORDS.has(b.lower)) || (a.cap && b.cap && !finiteBefore(tokens, i)))) return false;
  }
  return true;
}

export function findAttributions(tokens: Token[]): Attribution[] {
  const out: Attribution[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    if (t.lower === "according" && tokens[k + 1]?.lower === "to") {
      const a = accordingTo(tokens, k);
      if (a) out.push(a);
      continue;
    }
    // "the agency quoted Peoplesoft worker David Ogden as saying": the one quoted speaks.
    if (t.lower === "saying" && tokens[k - 1]?.lower === "as") {
      const q = tokens.slice(Math.max(0, k - 10), k).findLastIndex((x) => x.lower === "quoted" || x.lower === "quotes" || x.lower === "quoting");
      const at = q >= 0 ? Math.max(0, k - 10) + q : -1;
      // ("was quoted in a French newspaper as saying": a place of quotation is nobody quoted.)
      let subject = at >= 0 && at + 1 < k - 1 && !PREPS.has(tokens[at + 1]!.lower) ? subjectFrom(tokens.slice(at + 1, k - 1)) : null;
      // "Mr Grady was quoted as saying": the subject of the passive is the one quoted.
      // ("Anelka was quoted in a French newspaper as saying": where he was quoted may come between.)
      if (!subject && at >= 0 && at >= k - 8 && isWord(tokens[at - 1]) && PASSIVE.has(tokens[at - 1]!.lower) && tokens.slice(at + 1, k - 1).every(isWord) && (at === k - 2 || CUE_PREPOSITIONS.has(tokens[at + 1]!.lower))) {
        let j = at - 2;
        while (j >= 0 && isWord(tokens[j]) && CUE_ADVERBS.has(tokens[j]!.lower)) j--;
        subject = j >= 0 ? leftSubject(tokens, j) : null;
      }
      // "..., with Mr Dixon quoted as saying that ...": a name right before "quoted".
      if (!subject && at === k - 2 && isCapWord(tokens[at - 1])) {
        const named = subjectFrom(tokens.slice(capRunStart(tokens, at), at));
        if (named?.form === "name") subject = named;
      }
      if (subject) {
        const a: Attribution = { at: k, verb: "saying", cue: "quoted as saying", subject, inverted: false, clause: null, tail: "", outlet: null, quoteAttached: false };
        let m = k + 1;
        // "quoted as saying by the Interfax news agency: "..."": who quoted him is no part of the words.
        if (tokens[m]?.lower === "by") {
          let e = m + 1;
          while (e < tokens.length && e - m < 7 && isWord(tokens[e]) && tokens[e]!.lower !== "that") e++;
          if (isPunct(tokens[e], ":,") || tokens[e]?.kind === "quote" || tokens[e]?.lower === "that") m = e;
          // "..., minister Yuri Trutnev was quoted as saying by the Interfax news agency.": the words come first.
          else if (e >= sentenceEnd(tokens)) {
            const comma = tokens.slice(0, at).findLastIndex((x) => isPunct(x, ","));
            let from = 0;
            while (from < comma && ((isWord(tokens[from]) && LEAD_INS.has(tokens[from]!.lower)) || isPunct(tokens[from], ","))) from++;
            if (comma > 0 && tokens.slice(comma + 1, at).every(isWord) && !tokens.slice(0, comma).some((x) => x.kind === "quote") && isClause(tokens, from, comma, "said")) a.clause = [from, comma];
            out.push(a);
            continue;
          }
        }
        if (tokens[m]?.lower === "that") m++;
        if (tokens[m]?.kind === "quote" || (isPunct(tokens[m], ":,") && tokens[m + 1]?.kind === "quote") || tokens.slice(0, at).some((x) => x.kind === "quote")) a.quoteAttached = true;
        else {
          const end = clauseEnd(tokens, m);
          if (isClause(tokens, m, end, "said")) a.clause = [m, end];
        }
        out.push(a);
        continue;
      }
    }
    // "These developments lead some to suggest that ...", "prompted some charities to say the plans ...":
    // the people led or prompted to speak are its speakers.
    if (tokens[k - 1]?.lower === "to" && !t.cap && (REPORTING_VERBS.has(t.lower) || REPORTING_BASES.has(t.lower))) {
      const cause = tokens.slice(Math.max(0, k - 6), k - 1).findLastIndex((x) => isWord(x) && CAUSING.has(x.lower));
      const at = cause >= 0 ? Math.max(0, k - 6) + cause : -1;
      const lone = at === k - 3 && LONE_PEOPLE.has(tokens[at + 1]!.lower) ? tokens[at + 1]!.lower : "";
      const np: Subject | null = lone ? { form: "np", words: [lone], role: lone, head: lone } : at >= 0 && at + 1 < k - 1 && tokens.slice(at + 1, k - 1).every(isWord) ? subjectFrom(tokens.slice(at + 1, k - 1)) : null;
      const people = np && (np.form === "name" ? parseName(np.words)?.kind === "person" : np.head && (PERSON_ROLE_NOUNS.has(np.head) || GROUP_NOUNS.has(np.head) || (np.words.length === 1 && LONE_PEOPLE.has(np.head))));
      if (np && people) {
        const a: Attribution = { at: k, verb: t.lower, cue: t.text, subject: np, inverted: false, clause: null, tail: "", outlet: null, quoteAttached: false };
        let m = k + 1;
        if (tokens[m]?.lower === "that") m++;
        const end = clauseEnd(tokens, m);
        if (tokens[m]?.kind !== "quote" && isClause(tokens, m, end, "said")) a.clause = [m, end];
        out.push(a);
        continue;
      }
    }
    // "Mr Brown went on to say that ...": the speaker before "went on".
    if (!t.cap && /^(say|add|claim|argue|insist|warn|stress|suggest|predict|explain|tell)$/.test(t.lower) && tokens[k - 1]?.lower === "to" && tokens[k - 2]?.lower === "on" && /^(went|goes|go|going)$/.test(tokens[k - 3]?.lower ?? "")) {
      const a = cueAt(tokens, k - 3, 4);
      if (a) out.push(a);
      continue;
    }
    // "Ecologists are warning MSPs that ...", "he was insisting that ...": a cue in the progressive.
    if (!t.cap && /^(warning|saying|telling|claiming|arguing|insisting|predicting|suggesting|stressing)$/.test(t.lower) && /^(is|are|was|were|been)$/.test(tokens[k - 1]?.lower ?? "") && isWord(tokens[k - 2])) {
      const a = cueAt(tokens, k - 1, 2);
      // Only "... that ...": "was predicting a drop in ratings" and "are telling councils to find ..." report no clause.
      if (a && (a.quoteAttached || (a.clause && tokens[a.clause[0] - 1]?.lower === "that"))) {
        out.push(a);
        continue;
      }
    }
    // "pointed out that ...": a cue of two words.
    if ((t.lower === "pointed" || t.lower === "points") && tokens[k + 1]?.lower === "out" && !t.cap) {
      const a = cueAt(tokens, k, 2);
      if (a) out.push(a);
      continue;
    }
    // "analysts have raised concerns that ...", "voiced fears that ...".
    if (/^(raised|raise|voiced|voice|expressed|express)$/.test(t.lower) && /^(concerns?|fears?|doubts?|worries)$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "that") {
      const a = cueAt(tokens, k, 2);
      if (a) out.push(a);
      continue;
    }
    // "..., thinks Mr Dean.": verbs of opinion report a clause only when they follow it with their subject.
    // ("..., Mr Baez Silva estimated, pointing out ...": the same slot with the subject first.)
    if (OPINION_VERBS.has(t.lower) && !t.cap) {
      const after = isPunct(tokens[k - 1], ",") || tokens[k - 1]?.kind === "quote";
      const a = cueAt(tokens, k);
      if (a && ((after && a.inverted) || (a.clause && a.clause[1] <= k && a.subject.form === "name"))) out.push(a);
      continue;
    }
    // "The foreign secretary hit back by saying ...": the sentence's subject speaks.
    const bySaying = t.lower === "saying" && tokens[k - 1]?.lower === "by";
    // "..., with analysts saying that ...": the group right before the participle speaks.
    if (t.lower === "saying" && !bySaying && isWord(tokens[k - 1]) && !isPunct(tokens[k - 1], ",")) {
      const w = tokens.slice(Math.max(0, k - 6), k).findLastIndex((x) => x.lower === "with");
      const at = w >= 0 ? Math.max(0, k - 6) + w : -1;
      const np = at >= 0 && at + 1 < k ? subjectFrom(tokens.slice(at + 1, k)) : null;
      // ("with many saying it was "unjustified"": a lone quantity is people too.)
      if (np && (np.form === "name" ? parseName(np.words)?.kind === "person" : np.head && (PERSON_ROLE_NOUNS.has(np.head) || GROUP_NOUNS.has(np.head) || (np.words.length === 1 && LONE_PEOPLE.has(np.head))))) {
        const a = participle(tokens, k, np);
        if (a) out.push(a);
        continue;
      }
    }
    // "Jennifer Lopez cancelled an appearance ... saying she was too ill to fly": with no comma, only a
    // person opening the sentence, and not a document or message that says it ("a statement saying").
    if (t.lower === "saying" && !bySaying && isWord(tokens[k - 1]) && !tokens[k - 1]!.cap && !DOCUMENT_NOUNS.has(tokens[k - 1]!.lower) && !ORG_ANAPHORS.has(tokens[k - 1]!.lower) && k > 4) {
      const opening = openingSubject(tokens, k);
      const person = opening && (opening.form === "pronoun" ? /^(he|she)$/.test(opening.words[0]!) : opening.form === "name" && parseName(opening.words)?.kind === "person");
      if (opening && person && !tokens.slice(0, k).some((x) => x.kind === "quote" || (isWord(x) && !x.cap && CUE_VERBS.has(x.lower)))) {
        const a = participle(tokens, k, opening);
        if (a) out.push(a);
        continue;
      }
    }
    const commaQuote = tokens[k - 1]?.kind === "quote" && /,['"\u2019\u201d]$/u.test(tokens[k - 1]!.text);
    if (PARTICIPLE_CUES.has(t.lower) && (isPunct(tokens[k - 1], ",") || bySaying || commaQuote)) {
      // "..., the report said, adding that ...": the participle goes on with the cue before it.
      const a = participle(tokens, k, out[out.length - 1]?.subject);
      if (a) out.push(a);
      continue;
    }
    // "United States" is no cue; "Said Williams: ..." opening a sentence is one.
    const opening = k === 0 && /^(said|says|added|adds)$/.test(t.lower) && isCapWord(tokens[1]);
    if (!CUE_VERBS.has(t.lower) || (t.cap && !opening)) continue;
    const prev = tokens[k - 1];
    // "his comments", "Mr Bell's remarks": a noun after a possessive is what was said, not a cue.
    if (isWord(prev) && (PASSIVE.has(prev.lower) || DETERMINERS.has(prev.lower) || POSSESSIVE_END.test(prev.text) || /^\d[\d,.]*$/.test(prev.text))) continue;
    if ((t.lower === "said" || t.lower === "told") && tokens[k + 1]?.lower === "to") continue;
    // "will have the final say on his future", "had no say": a noun.
    if ((t.lower === "say" || t.lower === "says") && /^(no|any|more|final|greater|bigger|big|real|little|much|equal|fair|last|decisive)$/.test(tokens[k - 1]?.lower ?? "")) continue;
    // "all claims would be processed", "the reports were wrong": a noun before the sentence's verb, not a cue.
    if (t.lower.endsWith("s") && isWord(tokens[k + 1]) && FINITE_HINTS.has(tokens[k + 1]!.lower) && t.lower !== "says") continue;
    // "has declared herself fit", "described himself as ...": a verdict on oneself, not a reported clause.
    if (/^(himself|herself|themselves|itself|myself|ourselves)$/.test(tokens[k + 1]?.lower ?? "")) continue;
    // "insisted on finishing the race", "commented on having ...": what was insisted on, not a clause.
    if (/^(on|upon)$/.test(tokens[k + 1]?.lower ?? "") && isWord(tokens[k + 2]) && !tokens[k + 2]!.cap && /ing$/.test(tokens[k + 2]!.lower)) continue;
    // "agreed a deal", "agreed on a price": an agreement, not speech.
    if ((t.lower === "agreed" || t.lower === "agrees") && /^(a|an|the|on)$/.test(tokens[k + 1]?.lower ?? "")) continue;
    // "amid opposition claims he was too bullish": a noun after a preposition, not a verb.
    if ((t.lower === "claims" || t.lower === "claim") && tokens.slice(Math.max(0, k - 3), k).some((x) => isWord(x) && /^(amid|despite|over|following|after|about|against|denied|dismissed|rejected)$/.test(x.lower))) continue;
    // "recalled the experienced Stoica at centre": a player called back; only "recalled that ..." or a pronoun's clause is speech.
    // (`"...," Hailey later recalled.` is a cue: nothing follows it.)
    if (t.lower === "recalled" && isWord(tokens[k + 1]) && !/^(that|he|she|they|it|there|how|i|we)$/.test(tokens[k + 1]!.lower)) continue;
    // "urged the chancellor to admit he had ...": what he was asked to say, not what he said.
    if (tokens[k - 1]?.lower === "to" && /^(stress|admit|confirm|reveal)$/.test(t.lower)) continue;
    // "added his voice to ...", "added a second goal": something added, not words.
    if ((t.lower === "added" || t.lower === "adds") && /^(his|her|its|their|a|an)$/.test(tokens[k + 1]?.lower ?? "")) continue;
    // "Everitt added the conversion", "added a second try": points scored.
    if ((t.lower === "added" || t.lower === "adds") && tokens[k + 1]?.lower === "the" && /^(conversion|try|goal|penalty|points?|runs?|wicket|second|third|fourth|winner|equaliser)$/.test(tokens[k + 2]?.lower ?? "")) continue;
    // "member states needed to ...": a plural noun, not a cue (a cue "states" is followed by what is stated).
    if (t.lower === "states" && isWord(tokens[k + 1]) && (FINITE_HINTS.has(tokens[k + 1]!.lower) || /ed$/.test(tokens[k + 1]!.lower) || tokens[k + 1]!.cap)) continue;
    // "tells the story of", "told a tale": narration, not speech.
    // "had told the truth", "told lies": honesty, not speech.
    if (/^tell|^told/.test(t.lower) && (/^(story|stories|tale|tales|truth|lie|joke)$/.test(tokens[k + 2]?.lower ?? "") || /^(lies|jokes|stories)$/.test(tokens[k + 1]?.lower ?? ""))) continue;
    // "claims by the licensed trade", "reported by the BBC": a noun or a passive, the speaker follows "by".
    // ("said by video link" is a cue with its channel.)
    if (tokens[k + 1]?.lower === "by" && (DETERMINERS.has(tokens[k + 2]?.lower ?? "") || isCapWord(tokens[k + 2])) && !(tokens[k + 2]?.lower === "the" && tokens[k + 3]?.lower === "time")) continue;
    const a = cueAt(tokens, k);
    if (a) out.push(a);
  }
  return out;
}

function cueAt(tokens: Token[], k: number, width = 1): Attribution | null {
  const verb = tokens.slice(k, k + width).map((t) => t.lower).join(" ");
  // Skip adverbs between subject and verb ("Maliar meanwhile said").
  let j = k - 1;
  // ("Wardle did stress that ...": an auxiliary before the verb's plain form, too.)
  // ("Mr Straw last week said": a time too.)
  // ("Conti immediately told ...": any adverb in -ly.)
  while (j >= 0 && isWord(tokens[j]) && (CUE_ADVERBS.has(tokens[j]!.lower) || (!tokens[j]!.cap && tokens[j]!.lower.length > 4 && tokens[j]!.lower.endsWith("ly") && !LY_NOUNS.test(tokens[j]!.lower)) || (TIME_WORDS.has(tokens[j]!.lower) && !tokens[j]!.cap && /^(last|this|next|on|that)$/.test(tokens[j - 1]?.lower ?? "")) || (j === k - 1 && /^(did|does|do)$/.test(tokens[j]!.lower)))) j--;
  // "The Times on Monday said": a day after "on" is when, not part of the name.
  if (j >= 2 && isWord(tokens[j]) && tokens[j]!.cap && /day$/.test(tokens[j]!.lower) && TIME_WORDS.has(tokens[j]!.lower) && tokens[j - 1]?.lower === "on" && isWord(tokens[j - 2])) j -= 2;
  // "would not say how ...", "Neither Mr Howard nor Mr Letwin would say exactly how ...": nothing was said.
  if (isWord(tokens[j]) && /^(not|never|cannot|didn't|wouldn't|couldn't|won't|doesn't|don't)$/.test(tokens[j]!.lower)) return null;
  if (tokens[0]?.lower === "neither" && j < k && tokens.slice(0, k).some((x) => x.lower === "nor")) return null;
  // "Brett Lock of gay group OutRage! said": an exclamation mark that is part of a name.
  if (j === k - 1 && isPunct(tokens[j], "!") && isCapWord(tokens[j - 1]) && tokens[j]!.start === tokens[j - 1]!.end) j--;
  const before = tokens[j];
  const afterQuoteOrComma = j < 0 || before!.kind === "quote" || isPunct(before, ",");

  let subject: Subject | null = null;
  let inverted = false;
  if (afterQuoteOrComma && verb !== "told" && verb !== "tells") {
    subject = rightSubject(tokens, k);
    if (subject) inverted = true;
  }
  // "AOL backed the price cuts but said ...": a second verb of the sentence's subject.
  // ("only to be confined and told he would ...": a passive, nobody's cue.)
  const passive = (verb === "told" || verb === "tells") && /ed$/.test(tokens[j - 1]?.lower ?? "") && tokens.slice(Math.max(0, j - 4), j - 1).some((x) => isWord(x) && PASSIVE.has(x.lower));
  const coordinated = !subject && !passive && isWord(before) && (before.lower === "and" || before.lower === "but");
  if (coordinated) {
    subject = openingSubject(tokens, j);
    // A second verb whose subject is not found has none to the left of "and" either.
    if (!subject) return null;
  }
  let viaAppositive = false;
  if (!subject && j >= 0 && before!.kind !== "quote") {
    // "Lord Bingham - a senior law lord - said": dashes set off an apposition as commas do.
    viaAppositive = isPunct(before, ",") || isPunct(before, DASHES);
    subject = viaAppositive ? appositive(tokens, j) : leftSubject(tokens, j);
  }
  if (!subject) return null;

  const a: Attribution = { at: k, verb, cue: tokens.slice(k, k + width).map((t) => t.text).join(" "), subject, inverted, clause: null, tail: "", outlet: null, quoteAttached: false };
  let m = k + width;
  if (inverted) m = skipSubject(tokens, k + 1);
  // "..., said Stuart Hensel of the Economist Intelligence Unit.": the speaker's body goes with him.
  if (inverted && isWord(tokens[m]) && /^(of|from|at|for)$/.test(tokens[m]!.lower)) {
    let e = m + 1;
    while (e < tokens.length && e - m < 9 && isWord(tokens[e]) && !FINITE_HINTS.has(tokens[e]!.lower)) e++;
    if (e >= sentenceEnd(tokens) || isPunct(tokens[e], ",;")) m = e;
  }
  if (!inverted && (verb === "told" || verb === "tells")) {
    const obj = objectOf(tokens, m);
    // "told a lunch for business leaders in Leeds that ...", "told an audience of 500 farmers that ...":
    // everything up to the "that" is whom he told.
    const that = audienceBeforeThat(tokens, obj?.end ?? m);
    if (obj || that > m) {
      const words = tokens.slice(m, that > m ? that : obj!.end).map((t) => t.text);
      a.outlet = obj?.cap ? obj.words : null;
      a.cue = `${tokens[k]!.text} ${words.join(" ")}`;
      m = that > m ? that : obj!.end;
    }
    // "The manager told the company to disguise an invoice ...": an order, not a report (as "urged ... to").
    let o = m;
    while (o < m + 5 && isWord(tokens[o]) && tokens[o]!.lower !== "to" && !FINITE_HINTS.has(tokens[o]!.lower) && !CLAUSE_OPENERS.has(tokens[o]!.lower === "the" && o === m ? "" : tokens[o]!.lower)) o++;
    if (tokens[o]?.lower === "to" && isWord(tokens[o + 1]) && !tokens[o + 1]!.cap && !DETERMINERS.has(tokens[o + 1]!.lower) && !/(ed|ing|s)$/.test(tokens[o + 1]!.lower)) return a;
  }
  // "admitted to jurors he was ...", "explained to reporters that ...": whom it was said to.
  if (!inverted && verb !== "told" && verb !== "tells" && tokens[m]?.lower === "to") {
    let e = m + 1;
    while (e < m + 5 && isWord(tokens[e]) && !/^(that|he|she|they|we|i)$/.test(tokens[e]!.lower) && !/ing$/.test(tokens[e]!.lower) && !FINITE_HINTS.has(tokens[e]!.lower)) e++;
    if (e > m + 1 && isWord(tokens[e]) && /^(that|he|she|they|we|i)$/.test(tokens[e]!.lower)) m = e;
  }
  // "The DJ admitted, however, that ...": a sentence adverb set off by commas.
  if (!inverted && isPunct(tokens[m], ",") && isWord(tokens[m + 1]) && SET_OFF_ADVERBS.has(tokens[m + 1]!.lower) && isPunct(tokens[m + 2], ",") && isWord(tokens[m + 3])) m += 3;
  // "warned Mr Ebbers that ...", "promised her that ...": whom it was said to, before "that".
  if (!inverted && verb !== "told" && verb !== "tells" && isWord(tokens[m]) && tokens[m]!.lower !== "that") {
    // ("warned the BBC that ...": a name after "the" too.)
    const named = tokens[m]!.lower === "the" && isCapWord(tokens[m + 1]) ? m + 1 : m;
    const object = /^(him|her|them|us|me|you)$/.test(tokens[m]!.lower) ? m + 1 : isCapWord(tokens[named]) ? capRunEnd(tokens, named) : m;
    // ("warned Tony Blair on 7 March 2003 that ...": when may come between.)
    const that = object > m ? skipAdverbials(tokens, object) : m;
    if (object > m && object - m <= 4 && that - object <= 6 && tokens[that]?.lower === "that" && isWord(tokens[that + 1])) m = that;
    // ("reminded voters that ...", "assured the markets that ...": a common noun for whom it was said to.)
    else if (object === m && OBJECT_CUES.has(verb)) {
      let e = m;
      while (e < m + 3 && isWord(tokens[e]) && !tokens[e]!.cap && tokens[e]!.lower !== "that" && !FINITE_HINTS.has(tokens[e]!.lower) && !(tokens[e]!.lower in PRONOUNS) && !CUE_VERBS.has(tokens[e]!.lower)) e++;
      if (e > m && tokens[e]?.lower === "that" && isWord(tokens[e + 1])) m = e;
    }
  }
  const tailStart = m;
  m = skipAdverbials(tokens, m);
  // "For instance, said Mr Makower, credit cards are rare ...": the clause follows the inverted cue.
  if (inverted && isPunct(tokens[m], ",") && j >= 0 && j <= 3 && REPORTING_VERBS.has(verb) && !tokens.slice(0, k).some((t) => t.kind === "quote")) {
    const end = clauseEnd(tokens, m + 1);
    if (isClause(tokens, m + 1, end, "said")) {
      a.clause = [m + 1, end];
      return a;
    }
  }
  a.tail = tokens
    .slice(tailStart, m)
    .map((t) => t.text)
    .join(" ");

  // Where does the attribution sit relative to the sentence's quotes?
  // `"...," his wife, Sheila, said`: the subject phrase starts before the apposition.
  const clauseStart = viaAppositive ? appositiveStart(tokens, j) : subject.apposed ? appositiveStart(tokens, j + 1) : subjectStart(tokens, j);
  // A quote ends right before the attribution (`"...," he said` / `"...", said X`).
  const lead = tokens[clauseStart - 1];
  // ("called the term "outrageous" and said ...": a second verb, not an attribution of that quote.)
  const leadAt = lead?.kind === "quote" ? clauseStart - 1 : isPunct(lead, ",") && tokens[clauseStart - 2]?.kind === "quote" ? clauseStart - 2 : -1;
  // ('Describing him as "a good person", his mother said she feared ...': a quote inside an opening phrase of
  // the reporter's, after words of its own, is not what the cue attributes.)
  const opensPhrase = leadAt > 0 && !tokens.slice(0, leadAt).some((x) => x.kind === "quote" || isPunct(x, ".:")) && isWord(tokens[0]) && tokens[0]!.cap && /ing$/.test(tokens[0]!.lower);
  const leadQuote = !(coordinated && subject) && leadAt >= 0 && !opensPhrase;
  const next = tokens[m];
  // ('said "substantial progress" had been made since 1997': quoted words that are the subject of a clause
  // going on after them are part of the reported clause, not a quote the cue introduces.)
  const quoteLed = next?.kind === "quote" && !inverted && isWord(tokens[m + 1]) && FINITE_HINTS.has(tokens[m + 1]!.lower) && !/[,.!?:;]['"\u2019\u201d]*$/u.test(next.text);
  const introducesQuote = (next?.kind === "quote" && !quoteLed) || (isPunct(next, ":,") && tokens[m + 1]?.kind === "quote");
  a.quoteAttached = introducesQuote || leadQuote || (inverted && tokens.slice(0, k).some((t) => t.kind === "quote"));

  if (!REPORTING_VERBS.has(verb) && !OPINION_VERBS.has(verb) && width === 1) return a;
  // "As Liberal Democrat leader Charles Kennedy claimed, for most families the distinction ... is meaningless":
  // the clause follows the comma after an "As X said" opening.
  const asOpening = clauseStart > 0 && isWord(tokens[clauseStart - 1]) && tokens[clauseStart - 1]!.lower === "as" && tokens.slice(0, clauseStart - 1).every((x) => isWord(x) && LEAD_INS.has(x.lower));
  if (asOpening && !inverted && !a.quoteAttached && isPunct(tokens[m], ",")) {
    const end = clauseEnd(tokens, m + 1);
    // (It may open with a phrase of its own: "for most families the distinction ... is ...".)
    if (isClause(tokens, m + 1, end, "said") || (end - m > 4 && tokens.slice(m + 1, end).some((x) => isWord(x) && FINITE_HINTS.has(x.lower)))) a.clause = [m + 1, end];
    return a;
  }
  // "Proposals which critics claim allow euthanasia ... were not a ploy": the cue sits in a relative clause
  // whose object came before it; what follows is no reported clause.
  // ("North Korea, which he said had a terrible rights record": the relative clause's own verb follows the cue.)
  const which = isWord(tokens[clauseStart - 1]) && /^(which|who)$/.test(tokens[clauseStart - 1]!.lower);
  const relative =
    (which && tokens[clauseStart - 1]!.lower === "which" && isWord(tokens[m]) && !tokens[m]!.cap && tokens[m]!.lower !== "that" && !CLAUSE_OPENERS.has(tokens[m]!.lower)) ||
    (which && isWord(tokens[k + width]) && FINITE_HINTS.has(tokens[k + width]!.lower));
  // Reported clause after the cue: "X said (that) ...".
  // "Mr Howard denied Mr Yeo ... said the plans "stink"", "dismissed claims he told Mr Brown he would quit":
  // a report the sentence denies is nobody's reported speech.
  // (Not "X denied the claims but said ...": a second verb of X's.)
  for (let d = k - 1; d >= 0 && d >= k - 12; d--) {
    const x = tokens[d]!;
    // (Nor "That charge was denied by Mr Mandelson, who said ...": a relative clause's own cue.)
    const after = tokens[d + 1];
    const coordinated = isWord(x) && /^(and|but|while|although)$/.test(x.lower) && isWord(after) && !after.cap && (CUE_VERBS.has(after.lower) || SPEAKER_ACTS.has(after.lower) || FINITE_HINTS.has(after.lower));
    if (x.kind === "quote" || isPunct(x, ".;:") || coordinated || (isWord(x) && /^(who|which)$/.test(x.lower))) break;
    if (isWord(x) && !x.cap && DENIALS.test(x.lower)) return a;
  }
  if (!inverted && !a.quoteAttached && !relative) {
    let c = m;
    const that = tokens[c]?.lower === "that";
    if (that) c++;
    // "admitted that, had he still been a backbencher, he would ...": the clause opens after the comma.
    if (that && isPunct(tokens[c], ",") && isWord(tokens[c + 1])) c++;
    let end = clauseEnd(tokens, c);
    // "Mr Bell, who added that the plan was flawed, left early": the relative clause ends at its comma.
    if (isWord(before) && before.lower === "who") {
      const comma = tokens.slice(c, end).findIndex((x) => isPunct(x, ","));
      if (comma > 0) end = c + comma;
    }
    // ("acknowledged that much change in the dance world ...": after a picky cue, "that" may be a determiner.)
    const determiner = that && /^(much|many|kind|sort|type|level|amount|point|idea|view|decision|figure|message|part)$/.test(tokens[c]?.lower ?? "");
    if (isClause(tokens, c, end, that && !determiner ? "said" : verb)) {
      a.clause = [c, end];
      return a;
    }
  }
  // Reported clause before the cue: "..., she said." / "..., said the firm."
  // ("Formerly one of Mr Brown's aides, Ed Balls hinted at a giveaway": a cue with its own object
  // after a preposition says nothing of the phrase before it.)
  const objectAfter = !inverted && isWord(tokens[k + width]) && /^(at|of|against|about)$/.test(tokens[k + width]!.lower);
  const tailEnds = !objectAfter && (m >= sentenceEnd(tokens) || isPunct(tokens[m], ",;"));
  if (tailEnds) {
    let comma = inverted ? j : clauseStart - 1;
    // `Mr X's plan was a "bossy, interfering" one," he added`: the comma sits inside the quote that ends the clause.
    const quoteComma =
      !inverted &&
      tokens[comma]?.kind === "quote" &&
      isWord(tokens[comma - 1]) &&
      /,\s*['"\u2019\u201d]$/u.test(tokens[comma]!.text) &&
      // `X added: "...," she said` is a quote with two cues, not a clause.
      !tokens.slice(0, comma).some((t) => isPunct(t, ":") || (isWord(t) && !t.cap && CUE_VERBS.has(t.lower)));
    if (quoteComma) comma++;
    if (comma > 0 && (quoteComma || isPunct(tokens[comma], ","))) {
      let s = 0;
      while (s < comma && ((isWord(tokens[s]) && LEAD_INS.has(tokens[s]!.lower)) || isPunct(tokens[s], ","))) s++;
      // "The Tories, he said, can cut crime ...": the cue splits the subject from the rest of the clause.
      const split = clauseAround(tokens, s, comma, m);
      // "For the BBC, revenue ... will be of little interest, said Mr Whalley": an opening phrase, then the clause.
      const inner = tokens.slice(s, comma).findIndex((x) => isPunct(x, ","));
      const opened = !split && isWord(tokens[s]) && inner > 1 && inner < 12 && isClause(tokens, s + inner + 1, comma, "said");
      // "Now, he said, the gaming world rivals ...", "Currently, he said, search sites did not ...": an
      // adverb before the cue, the clause after it.
      const adverb = tokens.slice(s, comma);
      // ("Already, he said, ...", "By contrast, he said, ...": any short opening phrase with no name or verb.)
      const opener =
        !split &&
        comma - s <= 3 &&
        // ("For BT Retail, she said, ...": a phrase opened by a preposition may hold a name.)
        adverb.every((x) => isWord(x) && (x === adverb[0] || !x.cap || PREPS.has(adverb[0]!.lower)) && !FINITE_HINTS.has(x.lower) && !(x.lower in PRONOUNS)) &&
        !DETERMINERS.has(adverb[0]?.lower ?? "") &&
        (adverb.length <= 1 || !isCapWord(adverb[1]) || PREPS.has(adverb[0]!.lower));
      if (opened) a.clause = [s, comma];
      else if (opener && isPunct(tokens[m], ",") && !inverted) {
        const end = clauseEnd(tokens, m + 1);
        if (isWord(tokens[m + 1]) && isClause(tokens, m + 1, end, "said")) {
          // "As a result, they say, Italy's ...": a phrase of its own is part of what they say; an adverb is not.
          if (adverb.length >= 2 && !/ly$/.test(adverb[adverb.length - 1]!.lower)) [a.clause, a.clauseTail] = [[s, comma], [m + 1, end]];
          else a.clause = [m + 1, end];
        }
      } else if (split) {
        a.clause = split.head;
        a.clauseTail = split.tail;
      } else if (tokens[s]?.kind !== "quote" && isClause(tokens, s, comma, "said")) {
        a.clause = [s, comma];
        // "..., she says, from just over 5% in 2003 to a record 13.3%": the sentence goes on after the cue.
        const end = clauseEnd(tokens, m + 1);
        // (Quoted words inside it stay: "are calling 'on the move' using ...".)
        if (isPunct(tokens[m], ",") && end > m + 1 && tokens[m + 1]!.kind !== "quote" && !tokens.slice(m + 1, end).some((t) => t.kind === "quote" && /^["\u201c\u201d]/u.test(t.text))) {
          const next = tokens[m + 1]!;
          // "..., said Paul Smith, president of X": after an inverted cue, an apposition, not more of the clause.
          const finite = tokens.slice(m + 1, end).some((t) => isWord(t) && FINITE_HINTS.has(t.lower));
          if (!(isWord(next) && /ing$/.test(next.lower)) && (!inverted || finite)) a.clauseTail = [m + 1, end];
        }
      }
    }
  }
  return a;
}

/**
 * "The Tories, he said, can cut crime": a short subject before the cue and a
 * predicate after it, which begins lower-case and holds a verb.
 */
function clauseAround(tokens: Token[], s: number, comma: number, m: number): { head: [number, number]; tail: [number, number] } | null {
  const head = tokens.slice(s, comma);
  if (!head.length || head.length > 5 || !head.every(isWord) || !isPunct(tokens[m], ",")) return null;
  const first = tokens[m + 1];
  if (!isWord(first) || first.cap) return null;
  const end = clauseEnd(tokens, m + 1);
  const tail = tokens.slice(m + 1, end);
  if (tail.length < 3 || tail.some((t) => t.kind === "quote" && tail.indexOf(t) === 0)) return null;
  if (!(FINITE_HINTS.has(first.lower) || /(ed|s)$/.test(first.lower) || CUE_ADVERBS.has(first.lower))) return null;
  return { head: [s, comma], tail: [m + 1, end] };
}

/** First token of the clause that holds the subject ending at `j`. */
function subjectStart(tokens: Token[], j: number): number {
  let s = j;
  while (s - 1 >= 0 && !isBoundary(tokens, s - 1)) s--;
  return Math.max(s, 0);
}

function leftSubject(tokens: Token[], j: number): Subject | null {
  const t = tokens[j]!;
  if (t.kind !== "word") return null;
  if (t.lower in PRONOUNS) return { form: "pronoun", words: [t.lower], role: null };
  // "It has had vocal critics who say ...": the speakers are the noun before "who".
  if (t.lower === "who" && j > 0 && isWord(tokens[j - 1])) return leftSubject(tokens, j - 1);
  // "..., said Mr Fitzpatrick, who added that ...": the name before the comma.
  // Only a cue that reports speech ("who added that ..."), not "who wrote the biography".
  if (t.lower === "who" && isPunct(tokens[j - 1], ",") && isCapWord(tokens[j - 2]) && (/^(said|says|added|adds)$/.test(tokens[j + 1]?.lower ?? "") || tokens[j + 2]?.lower === "that")) {
    return subjectFrom(tokens.slice(capRunStart(tokens, j - 1), j - 1));
  }
  // "Mr Galloway, who on Thursday won £150,000 in damages from the Daily Telegraph said ...": a relative
  // clause that lacks its closing comma; the person named before "who" speaks.
  const who = unclosedRelative(tokens, j);
  if (who) return who;
  // "on Monday said": a time phrase before the cue.
  let s = subjectStart(tokens, j);
  // "A senior barrister who has resigned in protest says ...": the one the relative clause describes.
  // ("The 28-year-old host who also presents Stars In Their Eyes said": a present verb right after "who".)
  const presentVerb = tokens.slice(s, Math.min(j, s + 2)).some((x) => isWord(x) && !x.cap && /[^s]s$/.test(x.lower) && !CUE_ADVERBS.has(x.lower));
  if (isWord(tokens[s - 1]) && tokens[s - 1]!.lower === "who" && isWord(tokens[s - 2]) && (presentVerb || tokens.slice(s, j).some((x) => isWord(x) && !x.cap && (FINITE_HINTS.has(x.lower) || /ed$/.test(x.lower))))) {
    return leftSubject(tokens, s - 1);
  }
  // "Mr Galloway, who on Thursday won £150,000 in damages from the Daily Telegraph said ...": a relative
  // clause that lacks its closing comma; the person named before "who" speaks.
  // "It has had vocal critics": the subject is the phrase after the sentence's own verb.
  const finite = tokens.slice(s, j).findLastIndex((x) => isWord(x) && !x.cap && FINITE_HINTS.has(x.lower));
  if (finite >= 0) s += finite + 1;
  // "In his New Year message the Liberal Democrat leader said": the subject starts at the last "the"
  // after an opening prepositional phrase.
  if (isWord(tokens[s]) && (PREPS.has(tokens[s]!.lower) || CUE_PREPOSITIONS.has(tokens[s]!.lower))) {
    const the = tokens.slice(s + 1, j).findLastIndex((x) => isWord(x) && (x.lower === "the" || x.lower === "a"));
    if (the >= 0) s = s + 1 + the;
  }
  const subject = subjectFrom(tokens.slice(s, j + 1));
  // "Chris Panayis, managing director of ISP Freedom2surf said", "Colin Asplin, Blackpool Hotel Association
  // said": an apposition missing its closing comma; the person named first speaks.
  const orgName = subject?.form === "name" && parseName(subject.words)?.kind === "organization";
  // ("Mark Serwotka, from the PCS union said": the apposition may open with "from" or "of".)
  const via = isWord(tokens[s - 1]) && /^(from|of|at)$/.test(tokens[s - 1]!.lower) && isPunct(tokens[s - 2], ",") ? s - 1 : s;
  if (subject && (subject.form === "np" || orgName) && via > 1 && isPunct(tokens[via - 1], ",") && (orgName || !tokens[s]!.cap || via < s)) {
    const s0 = subjectStart(tokens, via - 2);
    const named = subjectFrom(tokens.slice(s0, via - 1));
    // "They were charged under ... the Public Order Act, police said": a clause before the comma, not a name.
    const clause = tokens.slice(s0, via - 1).some((x) => isWord(x) && FINITE_HINTS.has(x.lower));
    // `"...", Rabbi Marvin Hier, founder of ... the Simon Wiesenthal Center said`: the name may follow a quote too.
    const afterQuote = tokens[s0 - 1]?.kind === "quote" || (isPunct(tokens[s0 - 1], ",") && tokens[s0 - 2]?.kind === "quote");
    const opens = s0 === 0 || afterQuote || (isWord(tokens[s0 - 1]) && LEAD_INS.has(tokens[s0 - 1]!.lower) && (s0 === 1 || isPunct(tokens[s0 - 2], ",;")));
    if (named?.form === "name" && opens && !clause && parseName(named.words)?.kind === "person") {
      return { ...named, role: orgName ? subject.words.join(" ") : subject.role, apposed: true };
    }
  }
  return subject;
}

/** The person before ", who ..." when the relative clause runs up to the cue at `j + 1` with no comma closing it. */
function unclosedRelative(tokens: Token[], j: number): Subject | null {
  let verb = false;
  for (let w = j; w > 1 && w > j - 25; w--) {
    const x = tokens[w]!;
    // ("£150,000": a comma inside a number.)
    const inNumber = isPunct(x, ",") && /^\d/.test(tokens[w - 1]?.text ?? "") && /^\d/.test(tokens[w + 1]?.text ?? "");
    if (x.kind === "quote" || (isPunct(x, ",;:()") && !inNumber)) return null;
    if (!isWord(x)) continue;
    if (!x.cap && CUE_VERBS.has(x.lower)) return null;
    if (!x.cap && (FINITE_HINTS.has(x.lower) || IRREGULAR_PAST.has(x.lower) || /ed$/.test(x.lower))) verb = true;
    if (x.lower !== "who") continue;
    if (!verb || !isPunct(tokens[w - 1], ",") || !isCapWord(tokens[w - 2])) return null;
    const named = subjectFrom(tokens.slice(capRunStart(tokens, w - 1), w - 1));
    return named?.form === "name" && parseName(named.words)?.kind === "person" ? named : null;
  }
  return null;
}

/** Reads a subject phrase: a name (with role words before it) or a noun phrase ("the local mayor"). */
export function subjectFrom(whole: Token[]): Subject | null {
  // "However a spokesman pointed out", "Earlier Tony Blair said": a sentence adverb is no part of the subject.
  let lead = 0;
  while (lead < whole.length - 1 && isWord(whole[lead]) && OPENING_ADVERBS.has(whole[lead]!.lower)) lead++;
  const span = lead ? whole.slice(lead) : whole;
  if (!span.length) return null;
  const n = span.length;
  // "the Dutchman said", "the American added": a nationality standing for a person, not a name.
  if (n === 2 && span[0]!.lower === "the" && isCapWord(span[1]) && isNationality(span[1]!.lower)) {
    const head = span[1]!.lower;
    return { form: "np", det: "the", words: [head], role: head, head };
  }
  // "The DJ admitted ...": a capitalised role after "the" is a role, not a name.
  if (n === 2 && span[0]!.lower === "the" && isCapWord(span[1]) && (ROLE_WORDS.has(span[1]!.lower) || PERSON_ROLE_NOUNS.has(span[1]!.lower)) && !HONORIFICS.has(span[1]!.lower)) {
    const head = span[1]!.lower;
    return { form: "np", det: "the", words: ["the", head], role: `the ${head}`, head };
  }
  // "Cara Diemont of IT firm Dimension Data": a person named before "of", "from" or "at" is the subject
  // (so is "Mr Hirsch from Retail Banking Research": a title marks a surname).
  for (let p = 1; p < n - 1; p++) {
    const w = span[p]!;
    if (!isWord(w) || (w.lower !== "of" && w.lower !== "from" && w.lower !== "at") || !isCapWord(span[p - 1])) continue;
    const start = capRunStart(span, p);
    const parsed = parseName(span.slice(start, p).map((t) => t.text));
    if (parsed?.kind === "person" && (!parsed.single || (parsed.gender !== null && HONORIFICS.has(span[start]!.lower))) && (start === 0 || DETERMINERS.has(span[start - 1]!.lower) || isWord(span[start - 1]))) {
      const roleWords = span.slice(0, start).filter((t) => !(t.kind === "word" && DETERMINERS.has(t.lower)));
      const after = span.slice(p).map((t) => t.text).join(" ");
      return { form: "name", words: span.slice(start, p).map((t) => t.text), role: [roleWords.map((t) => t.text).join(" "), after].filter(Boolean).join(" ") };
    }
    break;
  }
  if (isCapWord(span[n - 1])) {
    const start = capRunStart(span, n);
    const prep = span[start - 1];
    // "On top of the relief deal with Tanzania Mr Brown said": a title of address starts the name.
    const run = span.slice(start).map((t) => t.text);
    const title = run.findIndex((w, x) => x > 0 && x < run.length - 1 && HONORIFICS.has(w.toLowerCase()));
    if (title > 0 && !ROLE_WORDS.has(run[title - 1]!.toLowerCase()) && !PERSON_ROLE_NOUNS.has(run[title - 1]!.toLowerCase())) return { form: "name", words: run.slice(title), role: null };
    // "(detainee 'A') in Woodhill Prison said": a place, not who speaks.
    if (start === 1 && isWord(prep) && /^(in|at|near|inside|outside)$/.test(prep.lower)) return null;
    // "one of the brothers behind the Falic Group": people described by the body they belong to speak.
    const described = isWord(prep) && DETERMINERS.has(prep.lower) && isWord(span[start - 2]) && /^(behind|at|from|of)$/.test(span[start - 2]!.lower) && isWord(span[start - 3]) && !span[start - 3]!.cap && PERSON_ROLE_NOUNS.has(span[start - 3]!.lower) &&
      parseName(span.slice(start).map((t) => t.text))?.kind === "organization";
    if (!(isWord(prep) && PREPS.has(prep.lower) && start - 1 > 0) && !described) {
      let words = span.slice(start).map((t) => t.text);
      // "Shadow leader of the Commons Oliver Heald": the body ends where the person's two names begin.
      if (words.length >= 3 && prep?.lower === "the" && span[start - 2]?.lower === "of" && parseName(words.slice(-2))?.kind === "person") {
        const roleWords = span.slice(0, n - 2).filter((t) => !(t.kind === "word" && DETERMINERS.has(t.lower) && t.lower !== "the"));
        words = words.slice(-2);
        return { form: "name", words, role: roleWords.map((t) => t.text).join(" ") };
      }
      const roleWords = span.slice(0, start).filter((t) => !(t.kind === "word" && DETERMINERS.has(t.lower)));
      return { form: "name", words, role: roleWords.length ? roleWords.map((t) => t.text).join(" ") : null };
    }
  }
  for (let end = n; end > 0; end--) {
    if (!isCapWord(span[end - 1]) || isCapWord(span[end])) continue;
    const start = capRunStart(span, end);
    const after = span[end];
    if (end < n && !(isWord(after) && (after.lower === "of" || after.lower === "from" || after.lower === "at"))) break;
    const words = span.slice(start, end).map((t) => t.text);
    const parsed = parseName(words);
    // "a spokesman for Acme Shipping": what follows "for" is whom the speaker speaks for;
    // "detainee 'A' in Woodhill Prison": where the speaker is.
    const forWhom = isWord(span[start - 1]) && /^(for|in|near|inside|outside)$/.test(span[start - 1]!.lower);
    if (parsed?.kind === "person" && (!parsed.single || parsed.role) && !forWhom) {
      const roleWords = span.slice(0, start).filter((t) => !(t.kind === "word" && DETERMINERS.has(t.lower)));
      return { form: "name", words, role: roleWords.length ? roleWords.map((t) => t.text).join(" ") : null };
    }
    end = start;
  }
  let i = 0;
  const det = span[0];
  if (isWord(det) && DETERMINERS.has(det.lower)) i = 1;
  if (isCapWord(span[i])) {
    const end = capRunEnd(span, i);
    const rest = span.slice(end);
    const words = span.slice(i, end).map((t) => t.text);
    // "the TASS report", "The Russian Defence Ministry in Moscow": the capitalised part names the speaker,
    // unless it only qualifies a lower-case head ("the Ukrainian military").
    const headIsNoun = rest.length > 0 && isWord(rest[0]) && !PREPS.has(rest[0]!.lower) && !rest[0]!.cap;
    if (!headIsNoun || isDocumentHead(rest)) return { form: "name", words, role: rest.length ? rest.map((t) => t.text).join(" ") : null };
  }
  // A noun phrase: its head is the last word before "of", "for", "that" ...
  const words = span.slice(i).filter(isWord);
  if (!words.length || words.length > 12) return null;
  let h = 0;
  while (h + 1 < words.length && !PREPS.has(words[h + 1]!.lower) && !BOUNDARY_WORDS.has(words[h + 1]!.lower)) h++;
  // "a number of investors", "most of the shareholders": the people counted.
  if (QUANTITIES.test(words[h]!.lower) && words[h + 1]?.lower === "of" && h + 2 < words.length) {
    h += 2;
    if (DETERMINERS.has(words[h]!.lower) && h + 1 < words.length) h++;
    while (h + 1 < words.length && !PREPS.has(words[h + 1]!.lower) && !BOUNDARY_WORDS.has(words[h + 1]!.lower)) h++;
  }
  // "36 people accused in connection with the blasts": a participle after the noun is no head.
  while (h > 0 && /ed$/.test(words[h]!.lower) && !words[h]!.cap && (PERSON_ROLE_NOUNS.has(words[h - 1]!.lower) || GROUP_NOUNS.has(words[h - 1]!.lower))) h--;
  const head = words[h]!.lower;
  const afterHead = words[h + 1];
  const object = afterHead && (afterHead.lower === "for" || afterHead.lower === "of") ? capObject(words, h + 2) : undefined;
  return {
    form: "np",
    ...(i === 1 ? { det: det!.lower } : {}),
    words: words.map((t) => t.text),
    role: words.map((t) => t.text).join(" "),
    head,
    ...(object ? { object } : {}),
  };
}

const OPENING_ADVERBS = new Set("however but and meanwhile yet so still also now later earlier even".split(" "));

/** "american", "dutchman", "irishwoman", "scotsman". */
export function isNationality(w: string): boolean {
  // A noun for one person ("the German", "the Israeli"), not a country's adjective ("the French", "the US").
  if (DEMONYMS.has(w)) return /(an|i)$/.test(w);
  const stem = /^(.+?)(man|woman)$/.exec(w)?.[1];
  return stem !== undefined && (DEMONYMS.has(stem) || /^(scots|ulster|yorkshire|lancashire|cornish|manx|kiwi)$/.test(stem));
}

function isDocumentHead(rest: Token[]): boolean {
  const w = rest[0]?.lower;
  return w === "report" || w === "statement" || w === "agency" || w === "newspaper" || w === "news" || w === "website";
}

function capObject(words: Token[], from: number): string[] | undefined {
  let i = from;
  if (isWord(words[i]) && DETERMINERS.has(words[i]!.lower)) i++;
  const end = capRunEnd(words, i);
  return end > i ? words.slice(i, end).map((t) => t.text) : undefined;
}

/** "The governor of the Luhansk region, Serhiy Gaidai, said" / "Viacheslav Shulga, an employee ..., said". */
function appositive(tokens: Token[], comma: number): Subject | null {
  const q = strayComma(tokens, comma);
  if (q >= 0) return subjectFrom(tokens.slice(q + 1, comma));
  const sep = isPunct(tokens[comma], DASHES) ? DASHES : ",";
  let p = comma - 1;
  while (p >= 0 && !isPunct(tokens[p], sep === "," ? ",;:" : DASHES + ",;:")) p--;
  // "The men's solicitor Matthew Knight, said that ...": a stray comma after a name opening the sentence.
  if (p < 0 && sep === "," && comma <= 8 && tokens.slice(0, comma).every(isWord)) {
    const named = subjectFrom(tokens.slice(0, comma));
    return named?.form === "name" && parseName(named.words)?.kind === "person" ? named : null;
  }
  if (p < 0 || !isPunct(tokens[p], sep)) return null;
  // "The Making Decisions Alliance, which includes the Alzheimer's Society, Age Concern, Mencap and the National
  // Autistic Society, said": commas of a list inside a relative clause; the subject is before "which".
  if (sep === ",") {
    let w = p;
    while (w > 1 && w > comma - 30 && isPunct(tokens[w], ",") && (isCapWord(tokens[w + 1]) || tokens[w + 1]?.lower === "the")) {
      let v = w - 1;
      while (v >= 0 && !isPunct(tokens[v], ",;:") && tokens[v]!.kind !== "quote") v--;
      if (v < 0 || !isPunct(tokens[v], ",")) break;
      w = v;
    }
    if (w < p && isWord(tokens[w + 1]) && /^(which|who)$/.test(tokens[w + 1]!.lower)) return appositive(tokens, w) ?? subjectFrom(tokens.slice(subjectStart(tokens, w - 1), w));
  }
  const seg1 = tokens.slice(p + 1, comma);
  const s0 = subjectStart(tokens, p - 1);
  const seg0 = tokens.slice(s0, p);
  if (!seg1.length || !seg0.length) return null;
  // "Mr Mubanga, 32, from Wembley, London, said": an age and an address are asides; the name is before them.
  const aside = (seg1.length === 1 && /^\d{1,3}$/.test(seg1[0]!.text)) || (isWord(seg1[0]) && /^(from|of)$/.test(seg1[0].lower) && seg1.length <= 5) || (isWord(seg0[0]) && seg0[0].lower === "from");
  if (sep === "," && aside) {
    const inner = appositive(tokens, p);
    if (inner?.form === "name") return inner;
  }
  // "... of CB Richard Ellis - an international real estate company - told": the dashes describe the firm.
  if (sep !== "," && isWord(seg0[0]) && PREPS.has(seg0[0].lower)) return null;
  if (seg1.length === 1 && CUE_ADVERBS.has(seg1[0]!.lower)) return subjectFrom(seg0);
  // "Lord Nicholls of Birkenhead, in his ruling, said": an adverbial, not an apposition.
  if (isWord(seg1[0]) && /^(in|at|on|during|speaking|writing|asked|when|after)$/.test(seg1[0].lower)) return subjectFrom(seg0);
  // "Tony Lloyd, the Manchester Central MP, whose constituency ..., has pledged": past the relative clause.
  if (isWord(seg1[0]) && /^(who|whose|which)$/.test(seg1[0].lower)) return appositive(tokens, p) ?? subjectFrom(seg0);
  const allCaps = seg1.every((t) => isCapWord(t) || (t.kind === "word" && ["de", "van", "von", "al", "bin"].includes(t.lower)));
  if (allCaps) {
    // "his wife, Sheila,": the possessive stays with the role, for whose wife she is.
    const role = seg0.filter((t) => !(t.kind === "word" && DETERMINERS.has(t.lower) && !(t === seg0[0] && /^(his|her)$/.test(t.lower))));
    return { form: "name", words: seg1.map((t) => t.text), role: role.map((t) => t.text).join(" ") || null };
  }
  const subj = subjectFrom(seg0);
  // "Looking further ahead in the year, the MDA's chairman Mike Short, has predicted": an opening phrase,
  // then the speaker with a stray comma.
  // (Not "The South Yorkshire company, led by chief executive Gerry Spindler, said": the body speaks.)
  const openingPhrase = isWord(seg0[0]) && s0 === 0 && (/ing$/.test(seg0[0].lower) || PREPS.has(seg0[0].lower) || CUE_PREPOSITIONS.has(seg0[0].lower));
  // ("But the chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned": a role, then
  // the person who holds it.)
  const roleFirst = subj?.form === "np" && subj.head !== undefined && (ROLE_WORDS.has(subj.head) || PERSON_ROLE_NOUNS.has(subj.head)) && isCapWord(seg1[0]);
  if (subj?.form !== "name" && (openingPhrase || roleFirst) && sep === "," && seg1.every(isWord) && !/(ed|ing)$/.test(seg1[0]!.lower)) {
    const named = subjectFrom(seg1);
    if (named?.form === "name" && parseName(named.words)?.kind === "person") return roleFirst ? { ...named, role: subj!.role } : named;
  }
  if (!subj || subj.form !== "name") return subj && subj.form === "np" ? subj : null;
  return { ...subj, role: seg1.map((t) => t.text).join(" ") };
}

/**
 * `"...," Kirsten Pfeifer from the Consumer Electronics Association, told ...`: a stray comma after a
 * speaker named right after a quote. The quote's index, or -1.
 */
function strayComma(tokens: Token[], comma: number): number {
  let p = comma - 1;
  while (p >= 0 && comma - p <= 10 && tokens[p]!.kind === "word") p--;
  if (p < 0 || tokens[p]!.kind !== "quote" || !isCapWord(tokens[p + 1])) return -1;
  const named = subjectFrom(tokens.slice(p + 1, comma));
  return named?.form === "name" && parseName(named.words)?.kind === "person" ? p : -1;
}

/** First token of the phrase an apposition ending at `comma` belongs to ("his wife, Sheila,"). */
function appositiveStart(tokens: Token[], comma: number): number {
  const q = strayComma(tokens, comma);
  if (q >= 0) return q + 1;
  let p = comma - 1;
  while (p >= 0 && !isPunct(tokens[p], ",;:")) p--;
  return p > 0 ? subjectStart(tokens, p - 1) : subjectStart(tokens, comma);
}

/** "..., said Robert Sinche, head of ..." / "..., says chairman Richard Parsons." / "said the firm". */
function rightSubject(tokens: Token[], k: number): Subject | null {
  let i = k + 1;
  const t = tokens[i];
  if (!isWord(t)) return null;
  if (t.lower in PRONOUNS && t.lower !== "it") {
    // ("..., has said he would not ...": the pronoun opens the reported clause.)
    const next = tokens[i + 1];
    if (isWord(next) && FINITE_HINTS.has(next.lower)) return null;
    return endsPhrase(tokens, i + 1) ? { form: "pronoun", words: [t.lower], role: null } : null;
  }
  const start = i;
  while (i < tokens.length && isWord(tokens[i]) && !PREPS.has(tokens[i]!.lower) && !BOUNDARY_WORDS.has(tokens[i]!.lower) && !FINITE_HINTS.has(tokens[i]!.lower) && i - start < 8) {
    const w = tokens[i]!;
    // ("..., says Lord Goldsmith warned Tony Blair ...": a cue verb ends the name; it is the clause's.)
    if (i > start && !w.cap && (CUE_ADVERBS.has(w.lower) || TIME_WORDS.has(w.lower) || /ly$|wards$/.test(w.lower) || CUE_VERBS.has(w.lower))) break;
    i++;
  }
  // "..., said the chairman of the Commons education select committee, Labour MP Barry Sheerman.":
  // a role with its "of" phrase, then the name in apposition.
  if (i > start && isWord(tokens[i]) && /^(of|for|at)$/.test(tokens[i]!.lower) && SPEAKER_HEADS.has(tokens[i - 1]!.lower)) {
    let j = i + 1;
    while (j < tokens.length && j - i < 12 && isWord(tokens[j])) j++;
    if (isPunct(tokens[j], ",") && isCapWord(tokens[j + 1])) {
      const s0 = j + 1;
      let e = s0;
      while (e < tokens.length && isWord(tokens[e]) && e - s0 < 6) e++;
      const named = e > s0 && endsPhrase(tokens, e) ? subjectFrom(tokens.slice(s0, e)) : null;
      if (named?.form === "name") return { ...named, role: tokens.slice(start, j).map((x) => x.text).join(" ") };
    }
    if (j > i + 1 && endsPhrase(tokens, j)) return subjectFrom(tokens.slice(start, j));
  }
  // `"...," said the director behind JFK, Platoon and Born on the Fourth of July.`: a speaker noun and
  // what describes it, up to the sentence's end with no verb of its own.
  if (i > start && isWord(tokens[i]) && /^(behind|from|with|in)$/.test(tokens[i]!.lower) && SPEAKER_HEADS.has(tokens[i - 1]!.lower) && !isCapWord(tokens[i - 1])) {
    const end = sentenceEnd(tokens);
    const rest = tokens.slice(i, end);
    if (rest.length <= 16 && rest.every((x) => (isWord(x) && (x.cap || !(FINITE_HINTS.has(x.lower) || CUE_VERBS.has(x.lower)))) || isPunct(x, ","))) {
      const subj = subjectFrom(tokens.slice(start, i));
      if (subj) return { ...subj, role: tokens.slice(start, end).map((x) => x.text).join(" ") };
    }
  }
  if (i === start || !endsPhrase(tokens, i)) return null;
  // "Parry, speaking to BBC Sport, also admits Gerrard, who has been linked with Chelsea, will have the final
  // say": the name opens the reported clause, whose verb follows the relative clause.
  // (`"...," said Jack Straw, who along with the Cabinet, will back a "yes" vote`: after a quote, the cue is inverted.)
  if (isPunct(tokens[i], ",") && /^(who|which)$/.test(tokens[i + 1]?.lower ?? "") && !tokens.slice(0, k).some((x) => x.kind === "quote")) {
    let c = i + 2;
    while (c < tokens.length && c - i < 20 && !isPunct(tokens[c], ",.;:")) c++;
    if (isPunct(tokens[c], ",") && isWord(tokens[c + 1]) && FINITE_HINTS.has(tokens[c + 1]!.lower)) return null;
  }
  // "Campese, a veteran, said full-back Jason Robinson would be ...": a clause's subject, not an inverted speaker.
  if (isWord(tokens[i]) && FINITE_HINTS.has(tokens[i]!.lower)) return null;
  // A phrase after the cue names a speaker only if it ends in a name or a speaker noun ("said the firm").
  const lastWord = tokens[i - 1]!;
  if (!lastWord.cap && !SPEAKER_HEADS.has(lastWord.lower)) return null;
  const span = tokens.slice(start, i);
  const subj = subjectFrom(span);
  if (!subj) return null;
  // "said the firm's chief executive, John Smith": the name after the comma wins.
  if (subj.form === "np" && isPunct(tokens[i], ",") && isCapWord(tokens[i + 1])) {
    const end = capRunEnd(tokens, i + 1);
    // "said his wife, Sheila": the possessive stays with the role, for whose wife she is.
    const role = subj.det === "his" || subj.det === "her" ? `${subj.det} ${subj.role}` : subj.role;
    if (endsPhrase(tokens, end)) return { form: "name", words: tokens.slice(i + 1, end).map((x) => x.text), role };
  }
  if (subj.form === "name" && isPunct(tokens[i], ",")) {
    const end = sentenceEnd(tokens);
    const appos = tokens.slice(i + 1, end);
    if (appos.length && !appos[0]!.cap) return { ...subj, role: [subj.role, appos.map((x) => x.text).join(" ")].filter(Boolean).join(", ") };
  }
  return subj;
}

/** Can a subject phrase end before token i (sentence end, comma, a quote, or an adverbial)? */
function endsPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.kind === "quote" || isPunct(t, ",.;:!?")) return true;
  if (t.kind === "word" && (t.lower === "of" || t.lower === "from" || t.lower === "at") && isCapWord(tokens[i - 1])) return true;
  return t.kind === "word" && (CUE_PREPOSITIONS.has(t.lower) || TIME_WORDS.has(t.lower) || CUE_ADVERBS.has(t.lower) || t.lower === "afterwards" || t.lower === "tonight");
}

function skipSubject(tokens: Token[], i: number): number {
  while (i < tokens.length && isWord(tokens[i]) && !PREPS.has(tokens[i]!.lower) && !TIME_WORDS.has(tokens[i]!.lower)) i++;
  return i;
}

/** The object of "told": "Reuters", "the BBC", "the BBC's Today programme", "reporters". */
function objectOf(tokens: Token[], i: number): { words: string[]; end: number; cap: boolean } | null {
  // "told them he had not left", "told her the substance was ...": a pronoun spoken to ("told her husband" is not one).
  const p = tokens[i];
  const after = tokens[i + 1];
  if (isWord(p) && !p.cap && isWord(after) && (/^(me|him|us|them|you)$/.test(p.lower) || (p.lower === "her" && (after.cap || /^(the|that|a|an|he|she|it|they|we|there|this)$/.test(after.lower))))) {
    return { words: [p.text], end: i + 1, cap: false };
  }
  let j = i;
  if (isWord(tokens[j]) && DETERMINERS.has(tokens[j]!.lower)) j++;
  let capEnd = capRunEnd(tokens, j);
  // "told the Sunday Times Mr Campbell would ...": the outlet ends before a title of address.
  for (let h = j + 1; h < capEnd; h++) if (HONORIFICS.has(tokens[h]!.lower)) capEnd = h;
  // "BBC Radio 4's Today programme": a number inside an outlet's name.
  while (capEnd > j && isWord(tokens[capEnd]) && /^\d/.test(tokens[capEnd]!.text)) capEnd = capRunEnd(tokens, capEnd + 1) > capEnd + 1 ? capRunEnd(tokens, capEnd + 1) : capEnd + 1;
  // "told a CBI dinner in London": a named audience.
  if (capEnd > j && isWord(tokens[capEnd]) && AUDIENCE.test(tokens[capEnd]!.lower) && !OUTLET_NOUNS.has(tokens[capEnd]!.lower)) {
    const end = audienceEnd(tokens, capEnd + 1);
    return { words: tokens.slice(i, end).map((t) => t.text), end, cap: false };
  }
  // "told the Commons foreign affairs committee": lower-case words up to the body told belong to it.
  if (capEnd > j) {
    let a = capEnd;
    while (a < capEnd + 3 && isWord(tokens[a]) && !tokens[a]!.cap && !AUDIENCE.test(tokens[a]!.lower) && !CLAUSE_OPENERS.has(tokens[a]!.lower) && !FINITE_HINTS.has(tokens[a]!.lower)) a++;
    if (a > capEnd && isWord(tokens[a]) && AUDIENCE.test(tokens[a]!.lower)) {
      const end = audienceEnd(tokens, a + 1);
      return { words: tokens.slice(i, end).map((t) => t.text), end, cap: false };
    }
  }
  if (capEnd > j) {
    let end = capEnd;
    const words = tokens.slice(j, capEnd).map((t) => t.text.replace(/['\u2019]s$/u, ""));
    // "the BBC's Today programme"
    if (tokens.slice(j, capEnd).some((t) => /['\u2019]s$/u.test(t.text))) {
      while (end < tokens.length && isWord(tokens[end]) && (tokens[end]!.cap || OUTLET_NOUNS.has(tokens[end]!.lower)) && end - capEnd < 4) end++;
    }
    while (end < tokens.length && isWord(tokens[end]) && OUTLET_NOUNS.has(tokens[end]!.lower)) end++;
    // "told Labour supporters he's back": people a name qualifies.
    if (end === capEnd && isWord(tokens[end]) && !tokens[end]!.cap && /s$/.test(tokens[end]!.lower) && (GROUP_NOUNS.has(tokens[end]!.lower) || PERSON_ROLE_NOUNS.has(tokens[end]!.lower))) {
      return { words: tokens.slice(i, end + 1).map((t) => t.text), end: end + 1, cap: false };
    }
    // "US TV network Fox News": the outlet's name after its kind (not "... news agency Contrack's withdrawal").
    if (end > capEnd && isCapWord(tokens[end]) && !/['\u2019]s?$/u.test(tokens[end]!.text)) {
      let named = capRunEnd(tokens, end);
      // "Fox News on Sunday": a day after the name is when, not part of it.
      const on = tokens.slice(end, named).findIndex((t) => t.lower === "on");
      if (on > 0 && TIME_WORDS.has(tokens[end + on + 1]?.lower ?? "")) named = end + on;
      return { words: tokens.slice(end, named).map((t) => t.text), end: named, cap: true };
    }
    return { words, end, cap: true };
  }
  // "told a news conference", "told the committee": an audience, not the start of the clause.
  if (j > i) {
    let e = j;
    while (e < j + 3 && isWord(tokens[e]) && !tokens[e]!.cap && !AUDIENCE.test(tokens[e]!.lower)) e++;
    // Only before what was told: `"...," he told the court.` keeps its quote a quote.
    if (isWord(tokens[e]) && AUDIENCE.test(tokens[e]!.lower) && isWord(tokens[e + 1])) {
      const end = audienceEnd(tokens, e + 1);
      return { words: tokens.slice(i, end).map((t) => t.text), end, cap: false };
    }
  }
  const w = tokens[j];
  if (isWord(w) && /s$/.test(w.lower) && !FINITE_HINTS.has(w.lower) && !CLAUSE_OPENERS.has(w.lower)) return { words: [w.text], end: j + 1, cap: false };

  // "..., Mr Howard told the paper.": a short object that ends the sentence.
  if (j > i) {
    let e = j;
    while (e < j + 3 && isWord(tokens[e]) && !tokens[e]!.cap) e++;
    if (e > j && e >= sentenceEnd(tokens)) return { words: tokens.slice(i, e).map((t) => t.text), end: e, cap: false };
  }
  return null;
}

/** After an audience, where its place or party ends: "a CBI dinner in London | the economy was ...". */
function audienceEnd(tokens: Token[], end: number): number {
  while (isWord(tokens[end]) && /^(in|of|for|at|on)$/.test(tokens[end]!.lower)) {
    let w = end + 1;
    if (isWord(tokens[w]) && /^(the|a|an)$/.test(tokens[w]!.lower)) w++;
    const first = w;
    while (isWord(tokens[w]) && w - first < 4 && !CLAUSE_OPENERS.has(tokens[w]!.lower) && !FINITE_HINTS.has(tokens[w]!.lower)) w++;
    if (w === first || !isWord(tokens[w])) break;
    end = w;
  }
  return end;
}

/** The "that" after the object of "told" (at most ten plain words after `i`), or -1. */
function audienceBeforeThat(tokens: Token[], i: number): number {
  for (let j = i; j < Math.min(tokens.length, i + 10); j++) {
    const t = tokens[j]!;
    if (!isWord(t)) return -1;
    if (t.lower === "that") return j;
    if (FINITE_HINTS.has(t.lower) || CUE_VERBS.has(t.lower) || BOUNDARY_WORDS.has(t.lower) || /ed$/.test(t.lower)) return -1;
  }
  return -1;
}

/** Skips "in a statement", "on Facebook Monday", "late on Tuesday", "by video link" after a cue. */
function skipAdverbials(tokens: Token[], i: number): number {
  for (;;) {
    const t = tokens[i];
    if (!isWord(t)) return i;
    // "warned two weeks ago that ...", "said a year ago".
    if (/^(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|some)$/.test(t.lower) && /^(days?|weeks?|months?|years?)$/.test(tokens[i + 1]?.lower ?? "") && tokens[i + 2]?.lower === "ago") {
      i += 3;
      continue;
    }
    if (TIME_WORDS.has(t.lower) || CUE_ADVERBS.has(t.lower) || (/ly$/.test(t.lower) && !t.cap && !CLAUSE_OPENERS.has(t.lower))) {
      i++;
      continue;
    }
    if (!CUE_PREPOSITIONS.has(t.lower) || t.lower === "that") return i;
    // "said this week ...", "said last year ...": a time; "say this year's festival will ..." opens the clause.
    if (t.lower === "this" || t.lower === "last") {
      if (!isWord(tokens[i + 1]) || !TIME_WORDS.has(tokens[i + 1]!.lower)) return i;
      i += 2;
      continue;
    }
    // "said by the time universities dealt with pupils, it was too late": a clause of time opens the report.
    if (t.lower === "by" && tokens[i + 1]?.lower === "the" && tokens[i + 2]?.lower === "time") return i;
    let j = i + 1;
    if (isWord(tokens[j]) && (DETERMINERS.has(tokens[j]!.lower) || tokens[j]!.lower === "an")) j++;
    const first = j;
    while (isWord(tokens[j]) && (j === first || !CLAUSE_OPENERS.has(tokens[j]!.lower)) && tokens[j]!.lower !== "that" && !FINITE_HINTS.has(tokens[j]!.lower) && j - first < 6) j++;
    if (j === first) return i;
    i = j;
  }
}

/** Verbs that pass judgement on words or people ("called it reckless", "branded him a liar"). */
const JUDGING_VERBS = new Set(["called", "branded", "dubbed", "labelled", "labeled", "described", "accused", "condemned", "criticised", "criticized", "attacked"]);
const AUDIENCE = /^(conference|briefing|meeting|rally|audience|crowd|lunch|luncheon|dinner|breakfast|reception|banquet|delegates|congregation|symposium|workshop|summit|forum|hearing|committee|inquiry|court|jury|tribunal|parliament|congress|assembly|convention|seminar|gathering|programme|newspaper|paper|website|agency|broadcaster|magazine|station|channel)$/;
const OUTLET_NOUNS = new Set(["programme", "show", "radio", "news", "website", "newspaper", "channel", "magazine", "podcast", "network", "station", "agency"]);
const LEAD_INS = new Set("but and so yet however meanwhile still also now".split(" "));
/** Participles that open the reporter's own comment after a reported clause (", adding that ..."). */
const TRAILERS = /^(adding|saying|calling|predicting|urging|insisting|arguing|branding|describing|noting|warning|claiming|citing|according)$/;

/** What a speaker does besides the report ("... and offered his congratulations", "... but refused to ..."). */
const SPEAKER_ACTS = new Set(["called", "urged", "asked", "offered", "praised", "welcomed", "denied", "refused", "declined", "vowed", "promised", "pledged", "dismissed", "rejected", "accused", "criticised", "criticized", "attacked", "condemned", "branded", "described", "defended", "apologised", "apologized", "thanked", "appealed", "challenged", "questioned", "backed", "conceded", "agreed", "hinted", "went"]);

/** Where a reported clause starting at `from` ends: at the sentence end or before ", adding ...". */
function clauseEnd(tokens: Token[], from: number): number {
  const end = sentenceEnd(tokens);
  for (let i = from + 1; i < end - 1; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    // ", adding that ...", "branding them ..."
    // (", according to the ministerial code" is part of what was said; ", according to Reuters" is not.)
    if (isPunct(t, ",") && isWord(next) && TRAILERS.test(next.lower) && !(next.lower === "according" && tokens[i + 3]?.lower === "the" && isWord(tokens[i + 4]) && !tokens[i + 4]!.cap)) return i;
    // ('... sounded "very neutral" and "balanced," adding it would ...': the comma inside the quote's marks.)
    if (t.kind === "quote" && /,['"\u2019\u201d]$/u.test(t.text) && isWord(next) && TRAILERS.test(next.lower) && next.lower !== "according") return i + 1;
    // "she took the drug to combat narcolepsy, but she now takes full responsibility": the reporter's own
    // present after a backshifted report.
    if (isWord(t) && t.lower === "but" && isWord(next) && /^(he|she|they)$/.test(next.lower) && presentAfter(tokens, i + 2) && tokens.slice(from, i).some((x) => isWord(x) && !x.cap && BACKSHIFTED.has(x.lower))) {
      return isPunct(tokens[i - 1], ",") ? i - 1 : i;
    }
    // ("more customers are calling ..." is the clause's own verb.)
    if (isWord(t) && /^(branding|calling|describing)$/.test(t.lower) && i - from >= 4 && !PASSIVE.has(tokens[i - 1]?.lower ?? "") && !PREPS.has(tokens[i - 1]?.lower ?? "")) return i;
    // "... and said ...", "... but did not believe ...", "... and dismissed them ..."
    // ("... should be carried out quickly and could even be implemented ..." goes on: a modal after "and".)
    // A second verb of the clause's subject goes on too ("Verizon is bigger, has fewer debts and has built ...",
    // "he had held talks with Lacroix, and wished to retain him"); only another act of the speaker's ends it.
    if (isWord(t) && (t.lower === "and" || t.lower === "but") && isWord(next) && !next.cap && (CUE_VERBS.has(next.lower) || SPEAKER_ACTS.has(next.lower) || /^(did|does|do)$/.test(next.lower))) {
      return isPunct(tokens[i - 1], ",") ? i - 1 : i;
    }
    // "..., and the Refugee Council called his comments ...": another speaker's verb starts a new sentence part.
    // ("... and handheld computers called E-slates": a thing named, no one who judges.)
    if (isWord(t) && (t.lower === "and" || t.lower === "but" || t.lower === "while") && tokens.slice(i + 1, i + 5).some((x, o) => isWord(x) && !x.cap && (REPORTING_VERBS.has(x.lower) || judges(tokens, i + 1 + o)) && !FINITE_HINTS.has(x.lower))) {
      return isPunct(tokens[i - 1], ",") ? i - 1 : i;
    }
    // "..., he insisted England were ...": another attribution starts.
    // ("the new arrangements, revealed in a Commons written statement, would ...": a participle, not a cue.)
    const participleAside = isWord(next) && /ed$/.test(next.lower) && isWord(tokens[i + 2]) && (PREPS.has(tokens[i + 2]!.lower) || CUE_PREPOSITIONS.has(tokens[i + 2]!.lower));
    if (isPunct(t, ",") && !participleAside && tokens.slice(i + 1, i + 4).some((x) => isWord(x) && !x.cap && CUE_VERBS.has(x.lower))) return i;
    // "told Radio 4's Today programme: "...""
    if (isPunct(t, ":") && next.kind === "quote") return i;
  }
  return end;
}

/** Past forms that show a clause is reported in the past ("she took", "he had"). */
const BACKSHIFTED = new Set([..."was were had would could did".split(" "), ...IRREGULAR_PAST_WORDS()]);
function IRREGULAR_PAST_WORDS(): string[] {
  return "took won lost fell rose made saw went found gave got came left kept held told thought knew grew began ran paid sold bought brought meant led became felt".split(" ");
}

/** A verb in the present right at `at`, after an optional "now", "still" or "also" ("now takes", "is", "has"). */
function presentAfter(tokens: Token[], at: number): boolean {
  let i = at;
  if (isWord(tokens[i]) && /^(now|still|also|insists|says)$/.test(tokens[i]!.lower)) i++;
  const v = tokens[i];
  if (!isWord(v) || v.cap) return false;
  return /^(is|are|has|have|does|do)$/.test(v.lower) || (/[^s]s$/.test(v.lower) && !FINITE_HINTS.has(v.lower) && v.lower.length > 3);
}

function sentenceEnd(tokens: Token[]): number {
  let end = tokens.length;
  while (end > 0 && isPunct(tokens[end - 1], ".!?;:")) end--;
  return end;
}

/** A judging verb with someone who judges before it, not a participle naming a thing ("computers called E-slates"). */
function judges(tokens: Token[], at: number): boolean {
  const x = tokens[at]!;
  if (!JUDGING_VERBS.has(x.lower)) return false;
  const before = tokens[at - 1];
  return !(isCapWord(tokens[at + 1]) && isWord(before) && !before.cap && !PERSON_ROLE_NOUNS.has(before.lower) && !GROUP_NOUNS.has(before.lower) && !(before.lower in PRONOUNS));
}

/** Does tokens[from, to) read as a clause of reported speech (enough words, a verb for picky cues)? */
function isClause(tokens: Token[], from: number, to: number, verb: string): boolean {
  if (tokens[from]?.kind === "punct") return false;
  const words = tokens.slice(from, to).filter((t) => t.kind !== "punct");
  // (A quote is one token but may hold the rest of the clause: 'progress "on the ... side is accelerating"'.)
  if (words.length < 3 && !(words.length === 2 && words[0]!.kind === "word" && words[1]!.kind === "quote" && words[1]!.text.split(" ").length >= 3)) return false;
  const first = words[0]!;
  if (first.kind === "quote" && words.length < 4) return false;
  // ("no one had exerted pressure" is a clause.)
  const noOne = first.lower === "no" && (/^(one|longer|further|more)$/.test(words[1]?.lower ?? "") || (words[1]?.kind === "word" && !/^(to|comment|more|thanks)$/.test(words[1]!.lower) && words.slice(2).some((x) => FINITE_HINTS.has(x.lower))));
  // "told the chancellor at a dinner hosted by ...": a participle that goes on describing the audience.
  if (first.kind === "word" && !first.cap && /ed$/.test(first.lower) && words[1]?.lower === "by") return false;
  if (!noOne && ["to", "for", "of", "with", "about", "against", "over", "on", "goodbye", "so", "nothing", "yes", "no", "thanks", "sorry", "adding", "citing"].includes(first.lower)) return false;
  // ("declared as 'Cantona Day'": a label, not a clause; "said as many as 500 ..." is one.)
  if (first.lower === "as" && !/^(said|says|say|told|tells|added|adds)$/.test(verb)) return false;
  // "the choices he says are facing Britain": a relative clause whose subject came before the cue.
  // ("had he still been a backbencher, he would ...": a condition, not a relative clause.)
  // ("says being made an MBE underlines ...": a gerund opens a clause.)
  if (first.kind === "word" && !first.cap && FINITE_HINTS.has(first.lower) && first.lower !== "being" && from > 0 && !((words[1]?.lower ?? "") in PRONOUNS)) return false;
  // ("red tape" and "hundred" hold no verb.)
  if (CLAUSE_ONLY_VERBS.has(verb)) {
    // "promised more such parties ... - despite problems after the event, which ended in chaos": a verb
    // inside a relative clause or after a dash belongs to another clause.
    // ("the law, which the EU says is needed ..., is little more than ...": the main verb after it counts.)
    let relative = false;
    let dashed = false;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind === "punct") {
        // A dash opens an aside ("- despite problems after the event, ...") and a second one closes it.
        if (DASHES.includes(t.text)) dashed = !dashed;
        if (t.text === "," || DASHES.includes(t.text)) relative = dashed;
        continue;
      }
      if (i > from && /^(which|who|whom|whose)$/.test(t.lower)) relative = true;
      // ("the score for a musical based on a novel, called Thou Shalt Not": participles that name or place a thing.)
      if (!relative && !NAMING_PARTICIPLES.has(t.lower) && (FINITE_HINTS.has(t.lower) || IRREGULAR_PAST.has(t.lower) || (/ed$/.test(t.lower) && t.lower.length > 3 && !/^(need|speed|seed|feed|indeed|hundred|breed|greed|bleed)$/.test(t.lower)))) return true;
    }
    return false;
  }
  return true;
}

/** Verbs of opinion that report a clause only when set after it: "The market will recover, thinks Mr Dean." */
/** Participles that describe a noun rather than act as a clause's verb. */
const NAMING_PARTICIPLES = new Set("based called named entitled titled dubbed owned nicknamed".split(" "));
/** Common past forms without "-ed" ("the cause easily won him over"). */
const IRREGULAR_PAST = new Set("won lost fell rose took made saw went found gave got came left kept held told thought knew grew began ran paid sold bought brought meant led became felt".split(" "));
/** Plain forms of the reporting verbs ("suggest" for "suggests"), built once. */
const REPORTING_BASES = new Set([...REPORTING_VERBS].filter((w) => w.endsWith("s")).map((w) => w.slice(0, -1)));
/** Words that cause someone to speak ("led some to suggest", "prompted the minister to say"). */
const CAUSING = new Set(["lead", "leads", "led", "leading", "prompt", "prompts", "prompted", "prompting", "force", "forced", "caused", "causing"]);
/** Quantities that stand alone for people ("with many saying ..."). */
const LONE_PEOPLE = new Set(["many", "some", "most", "several", "others", "few", "both", "all"]);
/** Sentence adverbs set off by commas right after a cue ("admitted, however, that"). */
const SET_OFF_ADVERBS = new Set(["however", "though", "nevertheless", "nonetheless", "meanwhile", "also", "therefore", "too", "again", "instead"]);

/** Verbs of denial: what they govern was not said. */
const DENIALS = /^(denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes)$/;

/** Nouns in -ly that may stand right before a cue as its subject ("the family said"). */
const LY_NOUNS = /^(family|assembly|rally|ally|supply|reply|monopoly|anomaly|bully|belly|jelly|folly|homily|butterfly|dragonfly|lily|oligopoly|firefly|ugly)$/;

/** Cues that name whom they were said to before "that" ("warned investors that", "reminded voters that"). */
const OBJECT_CUES = new Set("warned warns reminded reminds assured assures informed informs alerted alerts promised promises convinced persuaded advised cautioned notified urged".split(" "));

const OPINION_VERBS = new Set(["thinks", "believes", "reckons", "feels", "estimated", "estimates", "reckoned", "believed", "thought"]);

const PARTICIPLE_CUES = new Set(["saying", "telling", "adding", "insisting", "warning", "arguing", "claiming"]);

/** The subject a sentence opens with ("Later, Dr Gibbons praised ..." → Dr Gibbons), before token `k`. */
function openingSubject(tokens: Token[], k: number): Subject | null {
  // Skip an opening adverb ("Later,") or phrase ("But in an interview with the Financial Times,").
  let from = isPunct(tokens[1], ",") && tokens[0]?.kind === "word" ? 2 : 0;
  if (!from) {
    let p = isWord(tokens[0]) && OPENING_ADVERBS.has(tokens[0]!.lower) ? 1 : 0;
    if (isWord(tokens[p]) && (PREPS.has(tokens[p]!.lower) || CUE_PREPOSITIONS.has(tokens[p]!.lower))) {
      while (p < k && p < 14 && isWord(tokens[p])) p++;
      if (isPunct(tokens[p], ",") && p + 1 < k) from = p + 1;
    }
    // ("But many Labour backbenchers ... have said": an opening "But" is no part of the subject.)
    else if (p === 1 && isWord(tokens[1])) from = 1;
  }
  // "He refused to comment ..., saying", "In an upbeat report, he ... but insisted".
  const first = tokens[from];
  if (isWord(first) && first.lower in PRONOUNS && first.lower !== "it" && from < k) return { form: "pronoun", words: [first.lower], role: null };
  let e = from;
  const roleLike = (w: string) => {
    const bare = w.replace(/^(co|vice|deputy|ex|acting)-/, "");
    return ROLE_WORDS.has(bare) || PERSON_ROLE_NOUNS.has(bare) || DETERMINERS.has(w) || GROUP_NOUNS.has(w);
  };
  // ("Jaynes' lawyer David Oblon": a possessive mark after a name goes on to the role.)
  const possessiveMark = (x: number) => tokens[x]!.kind === "punct" && /^['\u2019]$/u.test(tokens[x]!.text) && isCapWord(tokens[x - 1]);
  while (e < k && ((tokens[e]!.kind === "word" && (tokens[e]!.cap || roleLike(tokens[e]!.lower))) || possessiveMark(e))) e++;
  // "Mr Blair this week defended": the time phrase is no part of the subject.
  while (e > from + 1 && isWord(tokens[e - 1]) && DETERMINERS.has(tokens[e - 1]!.lower) && isWord(tokens[e]) && TIME_WORDS.has(tokens[e]!.lower)) e--;
  // "The tobacco companies denied ...": a noun phrase after "The", up to its verb.
  if (e === from + 1 && isWord(tokens[from]) && tokens[from]!.lower === "the") {
    while (e < k && e < from + 5 && isWord(tokens[e]) && !tokens[e]!.cap && !FINITE_HINTS.has(tokens[e]!.lower) && !CUE_VERBS.has(tokens[e]!.lower) && !/ed$/.test(tokens[e]!.lower)) e++;
  }
  // "A number of large MCI shareholders expressed unhappiness ..., saying": a noun phrase up to its verb.
  if (e === from || (e === from + 1 && isWord(tokens[from]) && DETERMINERS.has(tokens[from]!.lower))) {
    let v = from;
    while (v < k && v - from < 8 && isWord(tokens[v]) && !(v > from && !tokens[v]!.cap && (FINITE_HINTS.has(tokens[v]!.lower) || /ed$/.test(tokens[v]!.lower)))) v++;
    const np = v > from + 1 && v < k && isWord(tokens[v]) ? subjectFrom(tokens.slice(from, v)) : null;
    if (np?.form === "np" && np.head && (PERSON_ROLE_NOUNS.has(np.head) || GROUP_NOUNS.has(np.head))) return np;
  }
  if (e === from) return null;
  // "The SNP's Holyrood leader, Nicola Sturgeon, welcomed ...": the name in apposition is the subject.
  let c = from;
  while (c < k && c - from < 10 && isWord(tokens[c]) && !FINITE_HINTS.has(tokens[c]!.lower) && !CUE_VERBS.has(tokens[c]!.lower)) c++;
  if (c > from && isPunct(tokens[c], ",") && isCapWord(tokens[c + 1])) {
    const end = capRunEnd(tokens, c + 1, k);
    const words = tokens.slice(c + 1, end).map((t) => t.text);
    // ("Lord Bach, Minister for Defence Procurement, said": a title in apposition, not a name.)
    if (isPunct(tokens[end], ",") && !ROLE_WORDS.has(words[0]!.toLowerCase()) && parseName(words)?.kind === "person") {
      const role = tokens.slice(from, c).filter((t) => !DETERMINERS.has(t.lower));
      return { form: "name", words, role: role.map((t) => t.text).join(" ") || null };
    }
  }
  return subjectFrom(tokens.slice(from, e));
}

/** "Telecom analysts Ovum welcomed the move, saying BT had ...": the sentence's subject speaks. */
function participle(tokens: Token[], k: number, previous: Subject | undefined): Attribution | null {
  const subject = previous ?? openingSubject(tokens, k);
  if (!subject) return null;
  const verb = tokens[k]!.lower;
  const a: Attribution = { at: k, verb, cue: tokens[k]!.text, subject, inverted: false, clause: null, tail: "", outlet: null, quoteAttached: false };
  let m = k + 1;
  if (verb === "telling") {
    const obj = objectOf(tokens, m);
    if (obj) m = obj.end;
  }
  if (tokens[m]?.lower === "that") m++;
  if (tokens[m]?.kind === "quote" || (isPunct(tokens[m], ":,") && tokens[m + 1]?.kind === "quote")) {
    a.quoteAttached = true;
    return a;
  }
  const end = clauseEnd(tokens, m);
  // ("users saying the actor's name": a short object with no verb is what was said aloud, not a report.)
  const short = end - m <= 4 && !tokens.slice(m, end).some((x) => isWord(x) && (FINITE_HINTS.has(x.lower) || /ed$/.test(x.lower)));
  if (!short && isClause(tokens, m, end, "said")) a.clause = [m, end];
  return a;
}

function accordingTo(tokens: Token[], k: number): Attribution | null {
  let i = k + 2;
  const start = i;
  while (i < tokens.length && isWord(tokens[i]) && i - start < 10) i++;
  const subject = subjectFrom(tokens.slice(start, i));
  if (!subject) return null;
  const a: Attribution = { at: k, verb: "according", cue: "according to", subject, inverted: true, clause: null, tail: "", outlet: null, quoteAttached: false };
  // "According to X, ..." names a source; annotators do not count it as reported speech, so no clause.
  a.quoteAttached = tokens.some((t) => t.kind === "quote");
  return a;
}
