/**
 * One pass over an article's body blocks that finds every quote and every
 * attribution. `quotes` and `sources` both read it; it is computed once per
 * file (memoised on the vfile) so the two plugins stay in step.
 *
 * Reads: `blocks`, `captions`, `fragments`, `headline`, `dateline`, `datelineSpan`, `byline`.
 */
import type { VFile } from "vfile";
import type { Quote } from "../../record/schema.ts";
import type { Block } from "../../types.ts";
import { type QuoteFamily, type QuoteSpan, scanQuotes } from "../text/quote-marks.ts";
import { firstNames } from "../../gazetteer/index.ts";
import { fold } from "../../gazetteer/fold.ts";
import { storyBlocks } from "../layout/story.ts";
import { splitSentences } from "../text/sentences.ts";
import { type Token, tokenize } from "../text/tokens.ts";
import { type Attribution, type Subject, findAttributions, isNationality, subjectFrom } from "./attribution.ts";
import { classifyQuote } from "./kind.ts";
import { CHANNELS, DEMONYMS, DOCUMENT_NOUNS, HONORIFICS, FINITE_HINTS, GROUP_NOUNS, ORG_ANAPHORS, PERSON_ROLE_NOUNS, ROLE_WORDS } from "./lexicon.ts";
import { type ParsedName, type PersonEntry, Registry, capRunEnd, isCapWord, parseName } from "./names.ts";
import { Focus, type Speaker, roleHead, speaksAsPerson } from "./resolve.ts";

// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call, a hot-path cost.
const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]+$/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d&.-]+$/u;

export interface AttributionEvent {
  paragraph: number;
  speaker: Speaker;
  cue: string;
  channel: string | null;
  /** The outlet spoken to ("told Reuters"). */
  outlet: string | null;
}

export interface VerificationNote {
  name: string;
  note: string;
  paragraph: number;
}

export interface Analysis {
  quotes: Quote[];
  events: AttributionEvent[];
  notes: VerificationNote[];
  /** Every sentence of the story as tokens, for the sources pass to read without splitting again. */
  sentences: { tokens: Token[]; paragraph: number }[];
  /** The people the story names in full, for the sources pass to resolve short forms with. */
  registry: Registry;
  /**
   * Indirect quotes whose speaker the text gave only as a capitalised name ("Qwest Communications said
   * ..."), which may be a firm read as a person: the entity pass has the last word on those.
   */
  bareNameReports: Set<Quote>;
}

interface Sentence {
  block: Block;
  text: string;
  tokens: Token[];
  /** Ordinal of the block among body blocks, for "the previous paragraph". */
  ordinal: number;
}

interface Draft extends Quote {
  explicit: boolean;
  group: number | null;
  /** A reported clause whose speaker is only a capitalised name, with no role or title to show a person. */
  bareName?: boolean;
}

const cache = new WeakMap<VFile, Analysis>();

export function analyse(file: VFile): Analysis {
  let found = cache.get(file);
  if (!found) {
    found = run(file);
    cache.set(file, found);
  }
  return found;
}

const OPENING: Record<QuoteFamily, RegExp> = {
  double: /^["\u201c\u201e\u201d]/,
  single: /^['\u2018\u201a]/,
  guillemet: /^[\u00ab\u00bb]/,
  "single-guillemet": /^[\u2039\u203a]/,
};

/** Quote spans per block, with quotes that run over several paragraphs linked into groups. */
function scanBlocks(file: VFile, blocks: Block[]): { spans: QuoteSpan[][]; groupOf: Map<QuoteSpan, number> } {
  const spans: QuoteSpan[][] = [];
  const groupOf = new Map<QuoteSpan, number>();
  let carry: { family: QuoteFamily; group: number } | null = null;
  let groups = 0;
  blocks.forEach((block, i) => {
    let list = scanQuotes(block.text);
    if (list.some((x) => x.unclosed)) list = reopenFirstPerson(block.text, list);
    if (carry) {
      const c = carry;
      const first = list.find((s) => s.depth === 0);
      if (first && first.open === 0 && OPENING[c.family].test(block.text)) groupOf.set(first, c.group);
      else {
        // No opening mark: the quote may still run on into this paragraph up to a closing mark.
        const again = scanQuotes(block.text, c.family);
        const cont = again.find((s) => s.open === -1);
        if (cont && !cont.unclosed) {
          list = again;
          groupOf.set(cont, c.group);
        }
      }
    }
    spans.push(list);
    carry = null;
    const last = [...list].reverse().find((s) => s.depth === 0);
    if (last?.unclosed) {
      const next = blocks[i + 1];
      const group = groupOf.get(last) ?? groups++;
      groupOf.set(last, group);
      if (next && OPENING[last.family].test(next.text)) carry = { family: last.family, group };
      else if (next && scanQuotes(next.text, last.family).some((s) => s.open === -1 && !s.unclosed)) carry = { family: last.family, group };
      else if (last.open >= 0) {
        const place = pointAt(file, block, last.open);
        file.message("Quote is never closed; its text was kept to the end of the paragraph", { place, ruleId: "quote-unclosed", source: "clippings" });
      }
    }
  });
  return { spans, groupOf };
}

const REPORTS = /\b(?:said|says|told|added|adds|explained|insisted|according to)\b/;
/** The speaker's own voice: a reporter does not write "I", "me", "we" or "our". */
const FIRST_PERSON = /\b(?:I|me|my|we|We|us|our|Our|My)\b/;
const SENTENCE_BREAK = /[.!?]\s+(?=[A-Z0-9])/g;

/**
 * `"There have been no offers. No-one has come to me and said they want him. "If ...`: a quote whose
 * closing mark is missing is cut before a sentence that reports speech, but a sentence in the first
 * person ("come to me and said") is still the speaker's own: the quote runs on over it, to the next
 * sentence the reporter reports in, the next opening mark or the paragraph's end.
 */
function reopenFirstPerson(text: string, spans: QuoteSpan[]): QuoteSpan[] {
  const top = spans.filter((x) => x.depth === 0);
  for (const [i, span] of top.entries()) {
    if (!span.unclosed || span.open < 0) continue;
    const limit = top[i + 1]?.open ?? text.length;
    // (A cut at a stray closing mark of another family, `more.' The`, stands.)
    if (span.close >= limit - 1 || !/[.!?]/.test(text[span.close - 1] ?? "") || /['\u2019]/.test(text[span.close] ?? "")) continue;
    // (The scanner's cut sits right after the full stop, where the reported sentence's space begins.)
    let from = span.close;
    let end = limit;
    let cut = span.close;
    SENTENCE_BREAK.lastIndex = from;
    // Sentences of the cut part, one at a time: the first one in the reporter's voice ends the quote.
    for (;;) {
      const m = SENTENCE_BREAK.exec(text);
      const stop = m && m.index < limit ? m.index + 1 : limit;
      const sentence = text.slice(from, stop);
      if (REPORTS.test(sentence) && !FIRST_PERSON.test(sentence)) {
        end = cut;
        break;
      }
      if (stop >= limit || !m) break;
      cut = stop;
      from = m.index + m[0].length;
    }
    span.close = end;
  }
  return spans;
}

/**
 * The file position of character `at` of a block's text. Block text has its
 * line breaks and runs of spaces folded into one space, so the source is
 * walked alongside it.
 */
function pointAt(file: VFile, block: Block, at: number): { line: number; column: number } {
  const source = String(file.value ?? "");
  if (source.slice(block.offset, block.offset + block.text.length) === block.text) return { line: block.line, column: block.column + at };
  let line = block.line;
  let column = block.column;
  let i = block.offset;
  for (let k = 0; k < at && i < source.length; k++) {
    if (block.text[k] === " ") {
      while (i < source.length && /\s/.test(source[i]!)) {
        if (source[i] === "\n") [line, column] = [line + 1, 1];
        else column++;
        i++;
      }
    } else {
      i++;
      column++;
    }
  }
  return { line, column };
}

function run(file: VFile): Analysis {
  // The story's own words: no headline, byline, captions or fragments, and no dateline opening the lede.
  const blocks = storyBlocks(file);
  const { spans, groupOf } = scanBlocks(file, blocks);
  const sentences: Sentence[] = [];
  blocks.forEach((block, ordinal) => {
    const list = spans[ordinal]!;
    for (const r of splitSentences(block.text, list)) {
      // An unclosed quote that runs up to the opening mark starting this sentence belongs to the sentence before.
      const own = list.some((x) => x.unclosed && x.open < r.start && x.close === r.start) ? list.filter((x) => !(x.open < r.start && x.close <= r.start)) : list;
      sentences.push({ block, text: block.text, tokens: tokenize(block.text, r.start, r.end, own), ordinal });
    }
  });

  const registry = new Registry();
  const focus = new Focus(registry);
  for (const s of sentences) register(s.tokens, registry, focus);

  const drafts: Draft[] = [];
  const events: AttributionEvent[] = [];
  const notes: VerificationNote[] = [];
  let last: { speaker: Speaker; ordinal: number } | null = null;
  /** The previous sentence's block and first draft, when it ended with a quote. */
  let quoteEnded: { ordinal: number; from: number } | null = null;
  /** The previous sentence's drafts when it was one quote only, cut where the next quote opens. */
  let runOn: { ordinal: number; index: number; from: number; to: number; close: number } | null = null;
  /** The person whose reported clause the previous sentence held, for a bare continuation of it. */
  let reporting: { speaker: Speaker; ordinal: number; index: number } | null = null;
  /** The latest unnamed person who spoke ("said one London-based broker"), for an unplaced "he" or "she". */
  let lastRole: { speaker: Speaker; index: number } | null = null;

  /** The sentence that last opened with an organization's name, which a spokesperson in the next two may speak for. */
  let bodyAt = -1;
  for (const [index, s] of sentences.entries()) {
    if (index - bodyAt > 2) focus.mentionedOrg = null;
    const attrs = findAttributions(s.tokens);
    const from = drafts.length;
    // Each speaker is noted as soon as it is known, so a later "she said" in the sentence can mean her.
    const quoted = s.tokens.filter((t) => t.kind === "quote").map((t) => t.text).join(" ");
    const resolved = attrs.map((a) => {
      // Whom the words name in the third person is not who speaks them: a quote's, or a reported clause's
      // ("But before doing so, he insisted he still trusted Mr Blair": not Mr Blair).
      const named = a.quoteAttached ? quoted : a.clause && a.subject.form !== "name" ? clauseNames(s.tokens, a.clause) : "";
      let speaker = openingGroup(a, s.tokens) ?? focus.resolve(a.subject, named, a.verb) ?? unresolvedPronoun(a, sentences, index, registry, lastRole);
      // '"It was an easy decision," the 34-year-old told Norwich's website': an age stands for the person the
      // story named last, wherever in the sentence ("Norwich have signed midfielder Graham Stuart").
      if (speaker && !speaker.name && a.subject.det === "the" && AGED.test(speaker.role ?? "")) speaker = nearestPerson(sentences, index, registry, null, null) ?? speaker;
      if (speaker) {
        focus.noteSpeaker(speaker);
        // "Oxfam says in a report": a later "the report" is Oxfam's.
        if (a.tail) for (const w of a.tail.toLowerCase().split(" ")) if (DOCUMENT_NOUNS.has(w)) focus.noteDocument(w, speaker);
      }
      return { a, speaker };
    });
    // The latest person the story did not name ("one London-based broker"), for a "he" no name fits.
    for (const { speaker } of resolved) if (speaker && !speaker.name && speaker.kind === "role" && speaksAsPerson(speaker) && !/s$/.test(roleHead(speaker.role ?? ""))) lastRole = { speaker, index };
    // A person opening a sentence whose reported clause comes first ("Tony Blair has failed, Michael Howard
    // said") is spoken about, not the subject.
    const reportedFirst = resolved.some((r) => r.a.inverted || (r.a.clause !== null && r.a.clause[0] < r.a.at));
    const subject = reportedFirst ? undefined : (subjectPerson(s.tokens, registry, resolved.some((r) => r.speaker?.kind === "person")) ?? subjectByTitle(s.tokens, registry));
    if (!attrs.length) {
      const body = openingBody(s.tokens);
      if (body) [focus.mentionedOrg, bodyAt] = [body, index];
    }
    if (subject) {
      // The sentence's own subject outranks a speaker in a clause inside it ("Mr Howard denied Mr Yeo said ...").
      focus.notePerson(subject);
      // A person the story turns to is whom an unattributed quote after it belongs to.
      if (!attrs.length) last = { speaker: { name: subject.name, kind: "person", role: null }, ordinal: s.ordinal };
    }

    for (let qi = 0; qi < s.tokens.length; qi++) {
      const t = s.tokens[qi]!;
      if (t.kind !== "quote" || !t.span) continue;
      const kind = classifyQuote(s.tokens, qi, attrs);
      if (!kind) continue;
      const text = quoteText(s.text, t.span);
      if (!text) continue;
      const attached = nearestAttribution(s.tokens, qi, resolved);
      let speaker: Speaker | null = attached?.speaker ?? null;
      // "..., and the Refugee Council called Mr Bell's comments "reckless"": the one who judges, after the cue.
      let judgeCue: string | null = null;
      if (kind === "partial") {
        const judge = judgeBefore(s.tokens, qi, attached?.a.at ?? -1) ?? claimBefore(s.tokens, qi, attached?.a.at ?? -1);
        const who = judge ? focus.resolve(judge.subject) : null;
        if (who?.name) [speaker, judgeCue] = [who, judge!.verb];
      }
      const explicit = speaker !== null;
      // Quoted words in a sentence about a person are that person's ("X described it as "modest"").
      if (!speaker && kind === "partial" && subject) speaker = { name: subject.name, kind: "person", role: null };
      // A quote with no cue of its own continues the speaker of this or the previous paragraph.
      // ("Bob, in worldwide terms, is the greatest music star": words that name the person are not that person's.)
      if (!speaker && last && s.ordinal - last.ordinal <= 1 && !namesSpeaker(text, last.speaker)) speaker = last.speaker;
      if (kind === "direct" && speaker && speaksAsPerson(speaker)) reporting = { speaker, ordinal: s.ordinal, index };
      drafts.push({
        text,
        speaker: speaker?.name ?? null,
        kind,
        paragraph: s.block.index,
        cue: judgeCue ?? (explicit ? attached!.a.cue : null),
        role: speaker && !speaker.name ? speaker.role : null,
        explicit,
        group: groupOf.get(t.span) ?? null,
      });
    }

    for (const { a, speaker } of resolved) {
      if (!speaker) continue;
      // "Safin said he was trying to keep his temper": a lone name the story never gave in full, reporting
      // on "he" or "she", reads as a person's surname (a firm reports on "it"); the entity pass has the last word.
      // ("the Scot admitted he ...": a nationality is a description, not a surname.)
      const lone = a.subject.words[0] ?? "";
      const surname = a.clause !== null && speaker.kind === "organization" && a.subject.form === "name" && a.subject.words.length === 1 && !a.subject.role && /^(he|she)$/.test(s.tokens[a.clause[0]]?.lower ?? "") && !ALL_CAPS.test(lone) && !isNationality(lone.toLowerCase()) && !/^(scot|brit|briton|kiwi|aussie|yank|swede|dane|finn|pole|czech|turk|greek|thai|dutchman|frenchman|welshman|irishman|englishman|scotsman)s?$/i.test(lone) && s.tokens[a.at - 2]?.lower !== "the";
      // (He is then the person a "he" after him means: '"They are so used to me winning," he said'.)
      if (surname) focus.noteSpeaker({ name: speaker.name, kind: "person", role: speaker.role });
      if (a.clause && (speaksAsPerson(speaker) || surname) && !speaksForInstitution(speaker, s.tokens, a.clause)) {
        const [from, to] = a.clause;
        let text = s.text.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end).trim();
        if (a.clauseTail) text = `${text} ${s.text.slice(s.tokens[a.clauseTail[0]]!.start, s.tokens[a.clauseTail[1] - 1]!.end).trim()}`;
        // A clause that ends in a quote keeps the quote's closing mark, not the comma before it.
        text = text.replace(/,(["'\u2019\u201d])$/u, "$1");
        // ("(he once said there are two types of chancellor)": the bracket closes the reporter's aside.)
        if (text.endsWith(")") && !text.includes("(")) text = text.slice(0, -1).trimEnd();
        // ("A Labour source", "Health Secretary X", "Mr X": role words or a title show a person; "the Liverpool
        // Echo newspaper", "a survey by X" do not.)
        const head = a.subject.role ? roleHead(a.subject.role) : "";
        // ("Shipping analysts Keel Research": a plural role before one name makes the name a firm of them.)
        const plural = GROUP_NOUNS.has(head) && head.endsWith("s");
        const personal = !plural && (PERSON_ROLE_NOUNS.has(head) || ROLE_WORDS.has(head) || GROUP_NOUNS.has(head));
        const bareName = surname || (a.subject.form === "name" && !personal && !parseName(a.subject.words)?.gender);
        drafts.push({ text, speaker: speaker.name, kind: "indirect", paragraph: s.block.index, cue: a.cue, role: speaker.name ? null : speaker.role, explicit: true, group: null, bareName });
        reporting = { speaker, ordinal: s.ordinal, index };
      }
      events.push({ paragraph: s.block.index, speaker, cue: a.cue, channel: channelOf(a, s.tokens), outlet: a.outlet ? a.outlet.join(" ") : null });
      last = { speaker, ordinal: s.ordinal };
    }
    // `"... go against the movie?" Mr Kashyap's lawyer Mihir Desai said.`: a question or exclamation
    // ended the sentence, and the attribution is a sentence of its own.
    const own = resolved.length === 1 && quoteEnded?.ordinal === s.ordinal ? resolved[0]! : undefined;
    if (own?.speaker && bareAttribution(s.tokens, own.a)) {
      for (let d = quoteEnded!.from; d < from; d++) {
        const q = drafts[d]!;
        if (q.explicit || q.kind === "indirect") continue;
        Object.assign(q, { speaker: own.speaker.name, role: own.speaker.name ? null : own.speaker.role, cue: own.a.cue, explicit: true });
      }
    }
    // "Mr Howard said the plan would ... . The number of Welsh MPs would be set at ...": a bare sentence
    // in the same paragraph whose verb keeps the reported tense goes on with the same report.
    if (!attrs.length && reporting && reporting.index === index - 1 && reporting.ordinal === s.ordinal) {
      const span = continuedReport(s.tokens);
      if (span) {
        const { speaker } = reporting;
        const text = s.text.slice(s.tokens[span[0]]!.start, s.tokens[span[1] - 1]!.end).trim();
        drafts.push({ text, speaker: speaker.name, kind: "indirect", paragraph: s.block.index, cue: "continued", role: speaker.name ? null : speaker.role, explicit: true, group: null });
        reporting = { ...reporting, index };
      }
    }
    // `"When we did ... make-up. "In the HD version ... showed up," explains Mr Dean.`: a quote the scraper
    // merged into the next paragraph's, standing alone, is the speaker's whom that next quote's cue names.
    const opener = s.tokens[0];
    if (runOn && runOn.ordinal === s.ordinal && runOn.index === index - 1 && opener?.kind === "quote" && opener.span?.open === runOn.close) {
      const next = drafts[from];
      if (next?.explicit && next.kind === "direct") {
        for (let d = runOn.from; d < runOn.to; d++) if (!drafts[d]!.explicit) Object.assign(drafts[d]!, { speaker: next.speaker, role: next.role, cue: next.cue, explicit: true });
      }
    }
    const lone = s.tokens.length > 0 && s.tokens.every((t) => t.kind === "quote" || t.kind === "punct") && s.tokens.filter((t) => t.kind === "quote").length === 1;
    const run = lone ? s.tokens.find((t) => t.kind === "quote")!.span : undefined;
    runOn = run?.unclosed && drafts.length > from ? { ordinal: s.ordinal, index, from, to: drafts.length, close: run.close } : null;
    const end = s.tokens.findLast((t) => t.kind !== "punct");
    quoteEnded = end?.kind === "quote" ? { ordinal: s.ordinal, from } : null;
    const note = verificationNote(s, registry);
    if (note) notes.push(note);
  }

  // "She said her son told her he was innocent": a report inside another's reported clause is part of
  // that report, not one of its own.
  // (A named speaker of the inner report keeps it: "Ms Petrova said the minister, Mr Oduya, told her ...".)
  const inner = (d: Draft) =>
    d.kind === "indirect" && drafts.some((o) => o !== d && o.kind === "indirect" && o.paragraph === d.paragraph && o.text.length > d.text.length && o.text.includes(d.text) && (!d.speaker || d.speaker === o.speaker));
  if (drafts.some((d) => d.kind === "indirect" && inner(d))) drafts.splice(0, drafts.length, ...drafts.filter((d) => !inner(d)));
  // A quote over several paragraphs has one speaker: the one its attribution names.
  const bySpeaker = new Map<number, Draft>();
  for (const d of drafts) if (d.group !== null && (d.explicit || d.speaker) && !bySpeaker.get(d.group)?.explicit) bySpeaker.set(d.group, d);
  const bareNameReports = new Set<Quote>();
  const quotes: Quote[] = drafts.map(({ explicit, group, bareName, ...q }) => {
    const owner = group !== null && !explicit ? bySpeaker.get(group) : undefined;
    const quote = owner ? { ...q, speaker: owner.speaker, role: owner.role ?? null } : q;
    if (bareName) bareNameReports.add(quote);
    return quote;
  });
  return { quotes, events, notes, sentences: sentences.map((x) => ({ tokens: x.tokens, paragraph: x.block.index })), registry, bareNameReports };
}

/**
 * "Tony Woodley repeated his view ... He said investment ... was needed": a "he" or "she" the story's
 * focus could not place (the person was never a sentence's subject nor a speaker) means the first person
 * named in the nearest sentence before it that names one, in this paragraph or the one before, whose
 * gender the text does not contradict.
 * Owners ("Sir Alex Ferguson's side") are what a sentence is about, not who acts in it. When nobody is
 * named and the paragraph opens mid-sentence ("was delighted to be paired ..., although he admitted ..."),
 * the scraper dropped the name: the words are still someone's report, with no name.
 */
function unresolvedPronoun(a: Attribution, sentences: Sentence[], index: number, registry: Registry, lastRole: { speaker: Speaker; index: number } | null): Speaker | null {
  const p = a.subject.form === "pronoun" ? a.subject.words[0] : undefined;
  // "The British Chambers of Commerce welcomed the proposal. "...," it said.": the body that opened the
  // sentence before, in the same paragraph.
  if (p === "it") {
    const prev = sentences[index - 1];
    if (!prev || prev.ordinal !== sentences[index]!.ordinal) return null;
    const t = prev.tokens;
    const from = t[0]?.lower === "the" ? 1 : 0;
    if (!isCapWord(t[from])) return null;
    let end = capRunEnd(t, from);
    // ("The British Chambers of Commerce": a name may run on over "of".)
    while (t[end]?.lower === "of" && isCapWord(t[end + 1])) end = capRunEnd(t, end + 1);
    if (end - from < 2 || !isWord(t[end]) || t[end]!.cap) return null;
    const words = t.slice(from, end).map((x) => x.text);
    // A body's name: no person, place or country ("The British Chambers of Commerce" reads as none of them).
    const parsed = parseName(words);
    if (parsed && parsed.kind !== "organization") return null;
    return { name: parsed?.name ?? words.join(" "), kind: "organization", role: null };
  }
  if (p !== "he" && p !== "she") return null;
  const found = nearestPerson(sentences, index, registry, p === "he" ? "male" : "female", p);
  if (found) return found;
  const here = sentences[index]!;
  // '"...," said one London-based broker. He forecast ...': the unnamed person who spoke just before.
  if (lastRole && lastRole.index >= index - 2 && sentences[lastRole.index]!.ordinal >= here.ordinal - 1) return lastRole.speaker;
  return OPENS_MID_SENTENCE.test(here.block.text) ? { name: null, kind: "person", role: null } : null;
}

/**
 * The first person named in the nearest sentence before `index` that names one, in this paragraph or the one
 * before, whose gender does not contradict `want`; sentences that open with `skip` ("he") are about the same
 * person and are passed over.
 */
function nearestPerson(sentences: Sentence[], index: number, registry: Registry, want: "male" | "female" | null, skip: string | null): Speaker | null {
  const here = sentences[index]!;
  // Earlier sentences only: a "he" after a name in its own sentence sits in a clause about that person
  // ("Tony Blair has dismissed reports he told Gordon Brown he would quit").
  for (let k = index - 1; k >= 0 && sentences[k]!.ordinal >= here.ordinal - 1; k--) {
    const tokens = sentences[k]!.tokens;
    // "He reached that milestone when he overtook David Lloyd George": a sentence about the same "he"
    // names others; the person is further back.
    if (skip && tokens[0]?.lower === skip) continue;
    const stop = tokens.length;
    let found: PersonEntry | undefined;
    for (let i = 0; i < stop; i++) {
      if (!isCapWord(tokens[i])) continue;
      const end = Math.min(capRunEnd(tokens, i), stop);
      const last = tokens[end - 1]!.text;
      const owner = /['\u2019]s?$/u.test(last) || /^['\u2019]/u.test(tokens[end]?.text ?? "");
      const words = tokens.slice(i, end).map((t) => t.text);
      // ("Dr Fox": a title and a surname, even one that names a broadcaster too.)
      const titled = words.length === 2 && HONORIFICS.has(words[0]!.toLowerCase()) ? registry.lookup(words[1]!) : undefined;
      if (titled && !owner && !found && (!titled.gender || !want || titled.gender === want)) {
        found = titled;
        i = end - 1;
        continue;
      }
      const parsed = owner ? null : parseName(words);
      // ("Mr Allard, who heads ...": a title and a surname the story gave no first name to.)
      const entry = parsed && (parsed.kind === "person" || parsed.single) ? (registry.lookup(parsed.name) ?? (parsed.kind === "person" && parsed.gender ? { name: parsed.name, gender: parsed.gender, roles: [] } : undefined)) : undefined;
      // Only someone the text shows to be a person: a title, a first name or a role ("acting Opec secretary
      // general Adnan Shihab-Eldin"); "Nottingham Forest" is none.
      const person = entry && (entry.gender !== null || entry.roles.length > 0 || firstNames().has(fold(entry.name.split(" ")[0]!)));
      // The first person of the sentence, its subject most often ("Dr Fox was asked if ... Lord Archer ...").
      if (entry && person && (!entry.gender || !want || entry.gender === want) && !found) found = entry;
      i = end - 1;
    }
    if (found) return { name: found.name, kind: "person", role: null };
  }
  return null;
}

/** The capitalised words of a reported clause after a title ("Mr Blair"), for telling its speaker from whom it names. */
function clauseNames(tokens: Token[], clause: [number, number]): string {
  const out: string[] = [];
  for (let i = clause[0]; i < clause[1] - 1; i++) if (isWord(tokens[i]) && HONORIFICS.has(tokens[i]!.lower) && isCapWord(tokens[i + 1])) out.push(tokens[i + 1]!.text);
  return out.join(" ");
}

/**
 * "Business leaders had opposed the plan as they said it would be too costly": a "they" later in a
 * sentence that people open means them, before anyone named earlier.
 */
function openingGroup(a: Attribution, tokens: Token[]): Speaker | null {
  if (a.subject.form !== "pronoun" || a.subject.words[0] !== "they" || a.at < 3) return null;
  const head = tokens.slice(0, Math.min(4, a.at - 1)).findIndex((t) => t.kind === "word" && !t.cap && GROUP_NOUNS.has(t.lower) && !INSTITUTION_GROUPS.has(t.lower));
  if (head < 0 || !tokens.slice(0, head).every((t) => t.kind === "word")) return null;
  return { name: null, kind: "group", role: tokens.slice(0, head + 1).map((t) => t.text).join(" ") };
}

/** Groups that speak as an institution, not as people ("the police", "the authorities"). */
const INSTITUTION_GROUPS = new Set(["police", "authorities"]);

/** A paragraph whose first word is lower-case: the scraper cut its opening off. */
const OPENS_MID_SENTENCE = /^\p{Ll}/u;
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word";

/** A sentence that is only an attribution: a short subject, the cue and at most a few words after it ("Her lawyer John Fox said."). */
function bareAttribution(tokens: Token[], a: Attribution): boolean {
  if (a.clause || a.inverted || a.at > 8 || tokens.some((t) => t.kind === "quote")) return false;
  if (!tokens.slice(0, a.at).every((t) => t.kind === "word")) return false;
  // "... Mihir Desai said.", "... told the BBC on Monday." — not "Mr Milburn replied that they were not".
  const rest = tokens.slice(a.at + 1).filter((t) => t.kind === "word");
  return rest.length <= 5 && !rest.some((t) => t.lower === "that" || FINITE_HINTS.has(t.lower));
}

/**
 * "Ukrainian officials had said its forces staged ...": an unnamed group whose
 * clause calls the subject "its" speaks as the institution, not as people.
 */
function speaksForInstitution(speaker: Speaker, tokens: Token[], clause: [number, number]): boolean {
  if (speaker.name) return false;
  const first = tokens[clause[0]];
  return first?.kind === "word" && first.lower === "its";
}

function quoteText(text: string, span: QuoteSpan): string {
  return text
    .slice(span.open + 1, span.close)
    .trim()
    .replace(/[,;:\s]+$/u, "")
    .trim();
}

/** Registers every name the article gives in full, with the role words in front of it. */
function register(tokens: Token[], registry: Registry, focus: Focus): void {
  // "Said Williams: ...": an inverted cue opening the sentence, not a first name.
  const cueFirst = /^(said|says|added|adds)$/.test(tokens[0]?.lower ?? "") && isCapWord(tokens[1]) ? 1 : 0;
  for (let i = cueFirst; i < tokens.length; i++) {
    // "Ahmed 'Mido' Hossam": a nickname between a first name and a surname is another name of the person.
    const nick = tokens[i + 1];
    if (isCapWord(tokens[i]) && nick?.kind === "quote" && isCapWord(tokens[i + 2]) && !isCapWord(tokens[i - 1])) {
      const alias = nick.text.replace(/^['"\u2018\u201c]|['"\u2019\u201d]$/gu, "");
      const end = capRunEnd(tokens, i + 2);
      const person = CAPITALISED_WORD.test(alias) && end - i <= 3 ? parseName([tokens[i]!.text, ...tokens.slice(i + 2, end).map((t) => t.text)]) : null;
      if (person?.kind === "person") {
        registry.add(person);
        registry.alias(alias, person.name);
        i = end - 1;
        continue;
      }
    }
    if (!isCapWord(tokens[i]) || (isCapWord(tokens[i - 1]) && i > cueFirst)) continue;
    const end = capRunEnd(tokens, i);
    let r = i;
    while (r > cueFirst && r > i - 4 && tokens[r - 1]!.kind === "word" && (ROLE_WORDS.has(tokens[r - 1]!.lower) || PERSON_ROLE_NOUNS.has(tokens[r - 1]!.lower) || tokens[r - 1]!.cap)) r--;
    // "Cara Diemont of IT firm Dimension Data": the person before "of" is named in full too;
    // "Costas Kenteris and Katerina Thanou": so is each of two people joined by "and".
    let from = r;
    for (let j = i; j <= end; j++) {
      const w = tokens[j]?.lower;
      if (j < end && w !== "of" && w !== "at" && w !== "and") continue;
      if (j === end && from === r) break;
      const person = j - from >= 2 ? parseName(tokens.slice(from, j).map((t) => t.text)) : null;
      if (person?.kind === "person" && !person.single && !opensTitle(tokens, from, person)) registry.add(person);
      if (w !== "and") break;
      from = j + 1;
    }
    // "leader of the Commons Oliver Heald": the person is the last two names of the run.
    if (end - i >= 3 && tokens[i - 1]?.lower === "the" && tokens[i - 2]?.lower === "of") {
      const person = parseName(tokens.slice(end - 2, end).map((t) => t.text));
      if (person?.kind === "person") {
        registry.add(person);
        i = end - 1;
        continue;
      }
    }
    const words = tokens.slice(r, end).map((t) => t.text);
    const parsed = parseName(words) ?? parseName(tokens.slice(i, end).map((t) => t.text));
    // "The Final Diagnosis and In High Places followed": a capitalised "The" opens a title, not a person,
    // unless a role or a title of address follows it ("The Rev John Smith").
    if (parsed?.kind === "person" && !opensTitle(tokens, r, parsed)) registry.add(parsed);
    else if (parsed?.kind === "organization" && !(parsed.single && i === 0)) {
      focus.orgNames.push(parsed.name);
      // "research firm NPD Group": a later "the firm" is NPD Group.
      const kind = tokens[r - 1];
      if (kind?.kind === "word" && !kind.cap && ORG_ANAPHORS.has(kind.lower)) focus.orgByKind.set(kind.lower, parsed.name);
    }
    i = end - 1;
  }
}

/**
 * "The Final Diagnosis and In High Places followed": a capitalised "The" opens a title, not a
 * person, unless a role or a title of address follows it ("The Rev John Smith").
 */
function opensTitle(tokens: Token[], from: number, parsed: ParsedName): boolean {
  if (tokens[from]!.text === "The" && !parsed.role && !parsed.gender) return true;
  // "Mr Brown's Budget": one word owned after a possessive is a thing, not the rest of a name.
  if (!parsed.name.includes(" ")) return false;
  for (let k = from; k < tokens.length - 1 && k < from + 6; k++) {
    const t = tokens[k]!;
    if (!isCapWord(t)) break;
    const c = t.text.charCodeAt(t.text.length - 1);
    if (c !== 115 || !/['\u2019]s$/u.test(t.text)) continue; // ends in "s"
    if (!isCapWord(tokens[k + 1]) || isCapWord(tokens[k + 2])) return false;
    const owner = parseName(tokens.slice(from, k + 1).map((x) => x.text));
    return owner?.kind === "person" || owner?.gender != null;
  }
  return false;
}

/**
 * The person a sentence is about, when it opens with one ("Aviation analyst Nick Van den Brul
 * of BNP Paribas described ..."): what a later "he" or "she" most likely means.
 */
function subjectPerson(tokens: Token[], registry: Registry, speaks: boolean): PersonEntry | undefined {
  // "Writing in the Guardian newspaper, Mr Brown outlined ...": an opening participle phrase, then the subject.
  let first = 0;
  // ("As Tory leader Michael Howard kicked off his campaign, Charles Kennedy dismissed ...": so does a
  // subordinate clause; its person is not the sentence's subject.)
  if (tokens[0]?.kind === "word" && SUBORDINATORS.has(tokens[0].lower)) {
    const comma = tokens.findIndex((t, k) => k < 25 && t.kind === "punct" && t.text === ",");
    if (comma > 0) first = comma + 1;
  } else if (tokens[0]?.kind === "word" && tokens[0].cap && tokens[0].lower.endsWith("ing")) {
    const comma = tokens.findIndex((t, k) => k < 12 && t.kind === "punct" && t.text === ",");
    // ("Fighting it out for the award are Gawker, This Fish Needs a Bicycle, ...": a verb before the comma makes it a list.)
    if (comma > 0 && !tokens.slice(0, comma).some((t) => t.kind === "word" && FINITE_HINTS.has(t.lower))) first = comma + 1;
  }
  for (let i = first; i < tokens.length && i < first + 8; i++) {
    const t = tokens[i]!;
    if (isCapWord(t)) {
      const end = capRunEnd(tokens, i);
      // "Nick Van den Brul of BNP Paribas": the person is the part before "of".
      let cut = i + 1;
      while (cut < end && !/^(of|at|from|and)$/.test(tokens[cut]!.lower)) cut++;
      // "Forest manager Gary Megson": a capitalised word qualifying a role before a name is no one.
      let r = end;
      while (r < tokens.length && r < end + 3 && tokens[r]!.kind === "word" && !tokens[r]!.cap && (ROLE_WORDS.has(tokens[r]!.lower) || PERSON_ROLE_NOUNS.has(tokens[r]!.lower))) r++;
      if (r > end && isCapWord(tokens[r])) {
        i = r - 1;
        continue;
      }
      // "Cosby's lawyer, Walter M Phillips Jr, said": the owner of a role is not the subject.
      const owner = /['\u2019]s?$/u.test(tokens[end - 1]!.text) || /^['\u2019]$/u.test(tokens[end]?.text ?? "");
      if (owner && r > end) {
        i = r - 1;
        continue;
      }
      // "Strong Oscar contenders Million Dollar Baby ...": a capitalised run before a plural noun qualifies it.
      const next = tokens[end];
      if (next?.kind === "word" && !next.cap && (GROUP_NOUNS.has(next.lower) || /(nders|ters|ists)$/.test(next.lower))) return undefined;
      const parsed = parseName(tokens.slice(i, cut).map((x) => x.text));
      // ("The Attorney General, Lord Goldsmith, has ...": a title and a surname the story gave no first name to.)
      const titled = parsed?.kind === "person" && parsed.single && parsed.gender && HONORIFICS.has(tokens[i]!.lower) ? { name: parsed.name, gender: parsed.gender, roles: [] } : undefined;
      // ("Lesotho's currency": a country or place is nobody, even one that opens a name the story gave.)
      const entry = parsed?.kind === "person" || (parsed?.single && parsed.kind !== "country" && parsed.kind !== "place") ? (registry.lookup(parsed.name) ?? titled) : undefined;
      // "Matt Williams' side has shown little, but Johnson insisted ...": an owner is what the sentence is
      // about, but not who speaks in it.
      if (entry) return owner && speaks ? undefined : entry;
      i = end - 1;
      continue;
    }
    if (t.kind === "punct" && t.text === ",") continue; // "Her deputy, Mr Owen Price, praised ..."
    if (t.kind !== "word" || FINITE_HINTS.has(t.lower)) return undefined;
    // Lower-case words may only lead up to a role word right before the name ("home affairs spokesman Mark Oaten").
    if (!(isRoleWord(t.lower) || DEMONYMS.has(t.lower) || t.lower === "the")) {
      let j = i + 1;
      while (j < tokens.length && j < 8 && tokens[j]!.kind === "word" && !tokens[j]!.cap && !FINITE_HINTS.has(tokens[j]!.lower)) j++;
      const roleBefore = tokens[j - 1];
      if (!isCapWord(tokens[j]) || !roleBefore || !isRoleWord(roleBefore.lower)) return undefined;
      i = j - 1;
    }
  }
  return undefined;
}

/** Whether quoted words name `speaker` by first name or surname, as no one names themselves. */
function namesSpeaker(text: string, speaker: Speaker): boolean {
  if (!speaker.name || speaker.kind !== "person") return false;
  // ("If the teenage Michael Howard were applying to Cambridge today ...": a full name may be a joke about oneself.)
  if (speaker.name.includes(" ") && text.includes(speaker.name)) return false;
  const parts = speaker.name.split(" ").filter((w) => w.length > 2);
  if (!parts.length) return false;
  const words = text.split(NON_NAME).map((w) => w.replace(/['\u2019]s$/u, ""));
  // (An unclosed quote may have run over its own attribution: '"We played with heart, Reyes said after the match.')
  return words.some((w, i) => parts.includes(w) && !ATTRIBUTING.test(words[i + 1] ?? ""));
}
const NON_NAME = /[^\p{L}'\u2019-]+/u;
const ATTRIBUTING = /^(said|says|told|tells|added|adds|explained|insisted)$/;

/** "the 34-year-old", "the 47-year-old director". */
const AGED = /^(?:the )?\d+-year-old\b/;

/** Words that open a subordinate clause before a sentence's subject. */
const SUBORDINATORS = new Set(["as", "while", "when", "after", "before", "although", "though", "since", "because", "whereas", "once", "until"]);

/**
 * "The Department for Education and Skills would not comment ...": an organization's full name (two
 * words or more) opening a sentence and followed by its verb.
 */
function openingBody(tokens: Token[]): string | null {
  const from = tokens[0]?.lower === "the" ? 1 : 0;
  if (!isCapWord(tokens[from])) return null;
  let end = capRunEnd(tokens, from);
  while ((tokens[end]?.lower === "of" || tokens[end]?.lower === "for" || tokens[end]?.lower === "and") && isCapWord(tokens[end + 1])) end = capRunEnd(tokens, end + 1);
  const next = tokens[end];
  if (end - from < 2 || !isWord(next) || next.cap || !(FINITE_HINTS.has(next.lower) || /(ed|s)$/.test(next.lower))) return null;
  const parsed = parseName(tokens.slice(from, end).map((t) => t.text));
  return parsed?.kind === "organization" && !parsed.single ? parsed.name : null;
}

/**
 * "The chancellor is on a tour of Africa. But before doing so, he insisted ...": a sentence opened by
 * "the" and a title that one person of the story holds ("Chancellor Gordon Brown") is about that person,
 * whom a later "he" means.
 */
function subjectByTitle(tokens: Token[], registry: Registry): PersonEntry | undefined {
  if (tokens[0]?.lower !== "the") return undefined;
  let e = 1;
  while (e < 4 && tokens[e]?.kind === "word" && !tokens[e]!.cap && ROLE_WORDS.has(tokens[e]!.lower)) e++;
  const next = tokens[e];
  if (e === 1 || next?.kind !== "word" || !(FINITE_HINTS.has(next.lower) || /ed$/.test(next.lower))) return undefined;
  return registry.byRolePhrase(tokens.slice(1, e).map((t) => t.lower).join(" "));
}

/** "spokesman", "ex-wife", "co-founder". */
function isRoleWord(w: string): boolean {
  const bare = w.replace(/^(ex|co|vice|deputy|former)-/, "");
  return ROLE_WORDS.has(bare) || PERSON_ROLE_NOUNS.has(bare);
}

type Resolved = { a: Attribution; speaker: Speaker | null };

const JUDGING = /^(called|calls|branded|brands|dubbed|dubs|labelled|labeled|labels|described|describes|accused|condemned|criticised|criticized)$/;

/** The subject of a judging verb ("X called ...") a few words before quote `qi` and after token `after`. */
function judgeBefore(tokens: Token[], qi: number, after: number): { subject: Subject; verb: string } | null {
  for (let v = qi - 1; v > after && v >= qi - 6; v--) {
    const t = tokens[v]!;
    if (t.kind === "quote") return null;
    if (t.kind !== "word" || t.cap || !JUDGING.test(t.lower)) continue;
    let from = v;
    // ("The genre is in what Millan calls its "infant stage"": what the one after "what" calls it.)
    while (from > 0 && from > after + 1 && tokens[from - 1]!.kind === "word" && !/^(and|but|while|who|which|that|what)$/.test(tokens[from - 1]!.lower)) from--;
    if (from === v || from === 0) return null; // the sentence's own subject is found the usual way
    const subject = subjectFrom(tokens.slice(from, v));
    return subject ? { subject, verb: t.text } : null;
  }
  return null;
}

const CLAIM_NOUNS = /^(claim|claims|allegation|allegations|accusation|accusations|suggestion|suggestions|assertion|charge|charges|warning|warnings)$/;

/**
 * "a claim by Peter Hain that the Tory leader is acting like an "attack mongrel"", "Labour claims he had used
 * Mrs Dixon as a "human shield"": quoted words in what a named claim says are the claimant's.
 */
function claimBefore(tokens: Token[], qi: number, after: number): { subject: Subject; verb: string } | null {
  for (let v = qi - 1; v > after && v >= qi - 20; v--) {
    const t = tokens[v]!;
    if (t.kind === "quote" || (t.kind === "punct" && t.text !== ",")) return null;
    if (t.kind !== "word" || t.cap || !CLAIM_NOUNS.test(t.lower)) continue;
    // "a claim by Peter Hain that ...": the claimant after "by".
    if (tokens[v + 1]?.lower === "by" && isCapWord(tokens[v + 2])) {
      const end = capRunEnd(tokens, v + 2);
      const subject = subjectFrom(tokens.slice(v + 2, end));
      return subject ? { subject, verb: t.text } : null;
    }
    // "Labour claims he had ...", "Mr Hain's claim that ...": the claimant before the noun.
    if (isCapWord(tokens[v - 1]) && v - 1 > after) {
      const start = capRunStartOf(tokens, v - 1);
      const subject = subjectFrom(tokens.slice(start, v));
      return subject ? { subject, verb: t.text } : null;
    }
    return null;
  }
  return null;
}

function capRunStartOf(tokens: Token[], last: number): number {
  let i = last;
  while (i > 0 && isCapWord(tokens[i - 1])) i--;
  return i;
}

/**
 * The attribution a quote belongs to: its own trailing one (`"...," he said`), else the one
 * that introduces it (`Mr Blair said: "..." "..."`), else the sentence's.
 */
function nearestAttribution(tokens: Token[], qi: number, resolved: Resolved[]): Resolved | undefined {
  const withSpeaker = resolved.filter((r) => r.speaker);
  let nextQuote = qi + 1;
  while (nextQuote < tokens.length && tokens[nextQuote]!.kind !== "quote") nextQuote++;
  const after = withSpeaker.find((r) => r.a.at > qi && r.a.at < nextQuote && r.a.at - qi <= 12);
  if (after) return after;
  const before = [...withSpeaker].reverse().find((r) => r.a.at < qi && r.a.quoteAttached);
  if (before) {
    // Only quotes, commas and colons between the intro and this quote.
    let j = before.a.at + 1;
    while (j < qi && tokens[j]!.kind !== "quote") j++;
    const between = tokens.slice(j, qi);
    if (between.every((t) => t.kind === "quote" || (t.kind === "punct" && ",:;".includes(t.text)))) return before;
  }
  // Quoted words inside a reported clause belong to the cue nearest before them.
  return [...withSpeaker].reverse().find((r) => r.a.at < qi) ?? withSpeaker[0];
}

function channelOf(a: Attribution, tokens: Token[]): string | null {
  const around = [a.tail, a.subject.role ?? "", a.subject.words.join(" ")].join(" ");
  for (const [re, channel] of CHANNELS) if (re.test(around)) return channel;
  if (a.outlet) return "interview";
  const sentence = tokens.map((t) => t.text).join(" ");
  for (const [re, channel] of CHANNELS.slice(0, 5)) if (re.test(sentence)) return channel;
  return null;
}

const VERIFY = /\b(could not|couldn't|was unable to|were unable to|cannot|can't|has not been able to|have not been able to) (independently )?(verify|confirm)\b[^.]*/i;

/** "Reuters could not independently verify the situation on the ground." */
function verificationNote(s: Sentence, registry: Registry): VerificationNote | null {
  const text = s.text.slice(s.tokens[0]?.start ?? 0, s.tokens[s.tokens.length - 1]?.end ?? 0);
  if (!text.includes("verify") && !text.includes("confirm")) return null; // a cheap test before the regex
  const m = VERIFY.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index).trim().split(/\s+/);
  const words = before.slice(-4).filter((w) => UPPER_START.test(w));
  const parsed = words.length ? parseName(words) : null;
  if (!parsed || parsed.kind === "person" || parsed.kind === "place") return registry && parsed?.kind === "person" ? null : null;
  return { name: parsed.name, note: m[0].trim(), paragraph: s.block.index };
}

const CONTINUING_MODALS = new Set(["would", "could", "might", "should", "wouldn't", "couldn't"]);
const CONTINUING_LEADS = new Set(["and", "but", "so", "however", "also", "instead", "indeed", "moreover", "then"]);
const CONDITIONS = new Set(["if", "unless", "without", "once", "until", "when", "while", "although", "though"]);
const CONTINUING_PRONOUNS = new Set(["he", "she", "it", "they", "this", "that", "there", "we"]);
const CONTINUING_DETERMINERS = new Set(["the", "this", "these", "those", "such", "his", "her", "its", "their", "any", "some", "all", "most", "many", "no"]);

/**
 * The reported clause of a sentence with no cue that reads as more of the previous sentence's report:
 * an optional lead-in ("But", "However,") and condition ("if ..., "), then a pronoun or a short noun
 * phrase with no name in it, and "would", the report's tense ("But they would be more likely to ...",
 * "The plan would enable ..."). "The Department for Education would not comment" names someone else;
 * "could" and "might" are as often the reporter's own guess.
 */
function continuedReport(tokens: Token[]): [number, number] | null {
  if (tokens.some((t) => t.kind === "quote")) return null;
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === "punct") end--;
  if (end < 4 || tokens.slice(end).some((t) => t.text === "?" || t.text === "!")) return null;
  let i = 0;
  while (i < end && (CONTINUING_LEADS.has(tokens[i]!.lower) || (tokens[i]!.kind === "punct" && tokens[i]!.text === ","))) i++;
  const start = i;
  if (CONDITIONS.has(tokens[i]?.lower ?? "")) {
    const comma = tokens.findIndex((t, k) => k > i && t.kind === "punct" && t.text === ",");
    if (comma < 0 || comma - i > 14) return null;
    i = comma + 1;
  }
  const first = tokens[i];
  if (!first || first.kind !== "word") return null;
  let k = i + 1;
  const pronoun = CONTINUING_PRONOUNS.has(first.lower);
  // "Africa and climate change would also feature highly": things named, never a person ("Mr Brown would ...").
  const named = !pronoun && first.cap && !CONTINUING_DETERMINERS.has(first.lower) && !HONORIFICS.has(first.lower);
  if (named) {
    while (k < end && k - i <= 4 && tokens[k]!.kind === "word" && !CONTINUING_MODALS.has(tokens[k]!.lower) && !FINITE_HINTS.has(tokens[k]!.lower) && !/(ed|ly)$/.test(tokens[k]!.lower)) k++;
    const run = tokens.slice(i, k).filter((t) => t.cap).map((t) => t.text);
    if (tokens.slice(i, k).some((t) => HONORIFICS.has(t.lower)) || parseName(run)?.kind === "person") return null;
  } else if (!pronoun) {
    if (!CONTINUING_DETERMINERS.has(first.lower)) return null;
    while (k < end && k - i <= 4 && tokens[k]!.kind === "word" && !tokens[k]!.cap && !CONTINUING_MODALS.has(tokens[k]!.lower) && !FINITE_HINTS.has(tokens[k]!.lower) && !/(ed|ly)$/.test(tokens[k]!.lower)) k++;
  }
  const modal = tokens[k];
  if (!modal || !CONTINUING_MODALS.has(modal.lower) || k === i) return null;
  // Only "would" is surely the report's tense ("he could not find evidence" tells what he did).
  if (modal.lower !== "would" && modal.lower !== "wouldn't") return null;
  // "would not comment", "would not say": the reporter tells of silence.
  const after = tokens.slice(k + 1, k + 4).map((t) => t.lower);
  if (after.some((w) => /^(comment|say|confirm|elaborate|reveal|disclose|discuss|respond)$/.test(w))) return null;
  return [start, end];
}
