/**
 * Citations the quote cues do not carry: a named person or organization whose
 * stance the story reports ("The National Audit Office praised ministers",
 * "Athletics Ireland have hinted that", "Microsoft thinks", "many experts,
 * including the World Bank, have pointed out"), subjects joined by "and"
 * ("both Plaid Cymru and the Liberal Democrats said"), the analysts behind
 * "according to technology analysts, TDG Research", and the organization a
 * cited person speaks for ("Cara Diemont of IT firm Dimension Data").
 * Countries and places are left out here: "Russia denies" is the state, and
 * the quotes pass already reports it when it speaks.
 */
import type { VFile } from "vfile";
import { CUE_VERBS, GROUP_NOUNS } from "../quotes/lexicon.ts";
import { ORG_TAILS, groupName } from "./kind.ts";
import { Registry, capRunEnd, capRunStart, isCapWord, parseName } from "../quotes/names.ts";
import { isNationality } from "../quotes/attribution.ts";
import type { Token } from "../text/tokens.ts";

// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call, a hot-path cost.
const ACRONYM_START = /^\p{Lu}{2,}/u;

export interface Cited {
  name: string;
  kind: "person" | "organization" | "group";
  channel: string | null;
  paragraph: number;
}

/** Verbs that report what someone thinks, judges or claims, beyond the speech cues. */
const STANCE_VERBS = new Set(
  `praised praises criticised criticises criticized criticizes accused accuses welcomed welcomes
  backed backs condemned condemns rejected rejects denied denies hinted hints indicated indicates
  believes believe thinks think warning predict predicts estimated estimates estimate forecast
  forecasts expects expect blamed blames disputed disputes dismissed dismisses questioned
  defended defends attacked attacks described describes calls described suggested suggests
  insist insist argue argues fears feared hopes hoped saying telling claimed`.split(/\s+/),
);
const AUXILIARIES = new Set("has have had is are was were also has also now repeatedly previously already again still both".split(" "));
const AFFILIATION = new Set(["of", "at", "from"]);
const PREPOSITIONS = new Set("in on at by for from with into of to over against about under between than as via".split(" "));

interface Sentence {
  tokens: Token[];
  paragraph: number;
}

export function citedSources(file: VFile, analysis: { sentences: Sentence[]; registry: Registry }, known: Iterable<string>): Cited[] {
  // The quotes pass registered every full name of the story; the sources found so far join them.
  const { sentences, registry } = analysis;
  for (const name of known) {
    const parsed = parseName(name.split(" "));
    if (parsed?.kind === "person") registry.add(parsed);
  }
  const midSentence = new Set<string>();
  for (const b of file.data.blocks ?? []) scanNames(b.text, midSentence);

  const out: Cited[] = [];
  for (const s of sentences) {
    const t = s.tokens;
    for (let k = 1; k < t.length; k++) {
      const verb = stanceAt(t, k);
      if (!verb) continue;
      let j = k - 1;
      while (j > 0 && t[j]!.kind === "word" && AUXILIARIES.has(t[j]!.lower)) j--;
      const group = groupBefore(t, j);
      if (group && CUE_VERBS.has(verb)) out.push({ name: group, kind: "group", channel: null, paragraph: s.paragraph });
      if (!isCapWord(t[j])) continue;
      const start = capRunStart(t, j + 1);
      const before = t[start - 1];
      if (before?.kind === "word" && PREPOSITIONS.has(before.lower)) continue;
      // "Aviation analyst Nick Van den Brul of BNP Paribas described ...": the person speaks, for the organization.
      const of = t.findIndex((x, i) => i > start && i < j && x.kind === "word" && AFFILIATION.has(x.lower));
      if (of > 0) {
        const person = resolve(t.slice(start, of), start === 0, registry, midSentence);
        const org = resolve(t.slice(of + 1, j + 1), false, registry, midSentence);
        if (person?.kind === "person") {
          out.push({ ...person, channel: null, paragraph: s.paragraph });
          if (org?.kind === "organization") out.push({ ...org, channel: null, paragraph: s.paragraph });
          continue;
        }
      }
      const first = resolve(t.slice(start, j + 1), start === 0, registry, midSentence);
      if (first) out.push({ ...first, channel: null, paragraph: s.paragraph });
      // "both Plaid Cymru and the Liberal Democrats said": the first subject of a pair speaks too.
      let a = start - 1;
      if (t[a]?.lower === "the") a--;
      if (first && t[a]?.lower === "and" && isCapWord(t[a - 1])) {
        const s0 = capRunStart(t, a);
        const other = resolve(t.slice(s0, a), s0 === 0 || t[s0 - 1]?.lower === "both", registry, midSentence);
        if (other) out.push({ ...other, channel: null, paragraph: s.paragraph });
      }
    }
    out.push(...accordingToAppositive(t, s.paragraph, registry, midSentence));
  }
  return out;
}

/** Words that qualify a group noun ("industry analysts", "Western officials", "senior diplomats"). */
const MODIFIER = /^(\p{Lu}[\p{L}-]*|senior|junior|local|industry|technology|market|city|security|military|government|health|independent|international|foreign|western|eastern|regional|party|campaign|aid|rights|opposition|\p{L}+(?:al|ian|ean|ese|ish|ic|ern))$/u;

/** An unnamed group ending at token `j` ("Analysts", "Western officials"), named by its words. */
function groupBefore(t: Token[], j: number): string | null {
  const head = t[j];
  if (head?.kind !== "word" || !GROUP_NOUNS.has(head.lower)) return null;
  let i = j;
  while (i > 0 && i > j - 2 && t[i - 1]!.kind === "word" && MODIFIER.test(t[i - 1]!.text) && !PREPOSITIONS.has(t[i - 1]!.lower)) i--;
  // A group after a preposition ("the views of analysts said") is not the subject.
  const before = t[i - 1];
  if (before?.kind === "word" && (PREPOSITIONS.has(before.lower) || /^(his|her|its|their|our|my|your)$/.test(before.lower))) return null;
  const words = t.slice(i, j + 1).map((x) => x.text);
  if (i === 0 && words.length === 1) words[0] = words[0]!.toLowerCase();
  return groupName(words.join(" "));
}

/** The stance verb at `k` ("praised", "pointed out", "is warning"), or null. */
function stanceAt(t: Token[], k: number): string | null {
  const w = t[k]!;
  if (w.kind !== "word" || w.cap) return null;
  if (w.lower === "pointed" && t[k + 1]?.lower === "out") return "pointed out";
  if (w.lower === "hit" && t[k + 1]?.lower === "back") return "hit back";
  if (STANCE_VERBS.has(w.lower) || CUE_VERBS.has(w.lower)) {
    // "suggested by", "backed by": a participle, the speaker follows.
    if (t[k + 1]?.lower === "by") return null;
    // "tells the story of": narration, not a stance.
    if (/^(story|stories|tale|tales)$/.test(t[k + 2]?.lower ?? "")) return null;
    return w.lower;
  }
  return null;
}

/** A capitalised run as a person (full name from the registry) or an organization; never a place. */
function resolve(run: Token[], atStart: boolean, registry: Registry, midSentence: Set<string>): Omit<Cited, "channel" | "paragraph"> | null {
  const words = run.map((x) => x.text);
  // "the Dutchman said": a nationality standing for a person the quotes pass already named.
  if (words.length === 1 && isNationality(words[0]!.toLowerCase())) return null;
  const parsed = parseName(words);
  if (!parsed || parsed.kind === "country" || parsed.kind === "place") return null;
  if (ORG_TAILS.has(parsed.name.split(" ").pop()!.toLowerCase())) return { name: parsed.name, kind: "organization" };
  if (parsed.kind === "person" || parsed.single) {
    const entry = registry.lookup(parsed.name);
    if (entry && (parsed.kind === "person" || entry.name.split(" ").pop() === parsed.name)) return { name: entry.name, kind: "person" };
    if (parsed.kind === "person") {
      if (parsed.single) return null;
      return { name: parsed.name, kind: ORG_TAILS.has(parsed.name.split(" ").pop()!.toLowerCase()) ? "organization" : "person" };
    }
  }
  // A lone capitalised word opening a sentence is only a name if the article capitalises it elsewhere too.
  if (parsed.single && atStart && !ACRONYM_START.test(parsed.name) && !midSentence.has(parsed.name)) return null;
  return { name: parsed.name, kind: "organization" };
}

/** "According to technology analysts, TDG Research, ...": the name in apposition cites. */
function accordingToAppositive(t: Token[], paragraph: number, registry: Registry, midSentence: Set<string>): Cited[] {
  for (let k = 0; k + 1 < t.length; k++) {
    if (t[k]!.lower !== "according" || t[k + 1]!.lower !== "to") continue;
    let c = k + 2;
    while (c < t.length && c < k + 8 && t[c]!.kind === "word" && !t[c]!.cap) c++;
    if (c === k + 2 || t[c]?.text !== ",") continue;
    const end = capRunEnd(t, c + 1);
    if (end === c + 1 || t[end]?.text !== ",") continue;
    const r = resolve(t.slice(c + 1, end), false, registry, midSentence);
    if (r) return [{ ...r, channel: null, paragraph }];
  }
  return [];
}

const CAP_WORD = /\p{Lu}[\p{L}\p{M}'\u2019-]*/gu;

/** Notes the capitalised words that stand mid-sentence: names, not sentence openers. */
function scanNames(text: string, midSentence: Set<string>): void {
  for (const m of text.matchAll(CAP_WORD)) {
    if (m.index > 0 && !/[.!?:"\u201c\u201d]\s*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) midSentence.add(m[0]);
  }
}
