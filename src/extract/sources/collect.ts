/**
 * Sources from what the quotes pass found: every attribution event (named
 * speakers, organizations, unnamed groups), every quote speaker, and every
 * verification note ("Reuters could not independently verify ..."), merged
 * into one entry per name at the first paragraph that cites it.
 */
import type { VFile } from "vfile";
import type { Source } from "../../record/schema.ts";
import type { Analysis, AttributionEvent } from "../quotes/analyse.ts";
import type { Block } from "../../types.ts";
import { aliasesOf } from "./aliases.ts";
import { NEWS_OUTLETS, ROLE_WORDS } from "../quotes/lexicon.ts";
import { citedSources } from "./cited.ts";
import { groupName, kindOf } from "./kind.ts";
import { rolesInText } from "./roles.ts";

// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call, a hot-path cost.
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
const ROLE_OF_BODY = /^(?:of|from|at) (?:the )?(\p{Lu}[\p{L}&.'-]*(?: \p{Lu}[\p{L}&.'-]*){0,4})$/u;
const UPPER_START = /^\p{Lu}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const NAME_BEFORE_APPOSITION = /(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,2}), (?:the |a |an )?$/u;
const NAME_WORD_START = /^[\p{Lu}\d@#]/u;

interface Draft {
  name: string;
  speakerKind: string;
  channel: string | null;
  paragraph: number;
  roles: string[];
  note: string | null;
  /** A kind fixed by the rule that found it (a verification note names an agency). */
  kind: Source["kind"] | null;
}

export function collectSources(file: VFile, analysis: Analysis): Source[] {
  const drafts = new Map<string, Draft>();
  const keyOf = (name: string) => name.toLowerCase();
  const add = (d: Omit<Draft, "roles" | "note" | "kind"> & Partial<Pick<Draft, "roles" | "note" | "kind">>) => {
    const key = keyOf(d.name);
    const seen = drafts.get(key);
    if (!seen) {
      drafts.set(key, { ...d, roles: [...(d.roles ?? [])], note: d.note ?? null, kind: d.kind ?? null });
      return;
    }
    // The first paragraph that cites a source is where it enters the story.
    if (d.paragraph < seen.paragraph) {
      seen.paragraph = d.paragraph;
      if (d.channel) seen.channel = d.channel;
    }
    seen.channel ??= d.channel;
    seen.note ??= d.note ?? null;
    seen.kind ??= d.kind ?? null;
    if (seen.speakerKind !== "person" && d.speakerKind === "person") seen.speakerKind = "person";
    for (const r of d.roles ?? []) if (!seen.roles.includes(r)) seen.roles.push(r);
  };

  const blocks = file.data.blocks ?? [];
  // A name the attribution pass first met through a false cue is no source anywhere
  // (a later "they predicted" resolves back to it).
  const rejected = new Set<string>();
  const accepted = new Set<string>();
  for (const e of analysis.events) {
    const key = e.speaker.name ? keyOf(e.speaker.name) : null;
    if (key && !accepted.has(key) && (!isCue(e, blocks) || !isName(e.speaker.name!))) rejected.add(key);
    if (key && !rejected.has(key)) accepted.add(key);
  }
  const renamed = new Map<string, string | null>();
  for (const e of analysis.events) {
    if (!isCue(e, blocks) || (e.speaker.name && rejected.has(keyOf(e.speaker.name)))) continue;
    const { role } = e.speaker;
    const name = e.speaker.name ? personForRole(e.speaker.name, blocks[e.paragraph]?.text ?? "") : null;
    if (e.speaker.name && name !== e.speaker.name) renamed.set(keyOf(e.speaker.name), name);
    const kind = name !== e.speaker.name ? "person" : e.speaker.kind;
    // The outlet spoken to is cited too ("told the Financial Times", "in an interview with Radio 4").
    if (e.outlet && isOutlet(e.outlet)) add({ name: e.outlet, speakerKind: "organization", channel: "interview", paragraph: e.paragraph });
    // "Western officials said": the capitalised word qualifies a group, it names nobody.
    const group =
      name && !name.includes(" ") && role?.startsWith(`${name} `)
        ? groupName(role)
        : name && CAPITALISED_PLURAL.test(name) // "Rebels said": a sentence-opening plural is a group
          ? groupName(name.toLowerCase())
          : null;
    if (group) add({ name: group, speakerKind: "group", channel: e.channel, paragraph: e.paragraph });
    else if (name) {
      add({ name, speakerKind: kind, channel: e.channel, paragraph: e.paragraph, roles: role ? [role] : [] });
      // "Simon Wheatley, from Goldman Sachs, told Reuters": the organization a person speaks for.
      const org = kind === "person" && role ? ROLE_OF_BODY.exec(role) : null;
      if (org) add({ name: org[1]!, speakerKind: "organization", channel: null, paragraph: e.paragraph });
    } else if (role) {
      // An unnamed group speaks ("Ukrainian officials said"); a lone role ("the local mayor") names nobody.
      const group = groupName(role);
      if (group) add({ name: group, speakerKind: "group", channel: e.channel, paragraph: e.paragraph });
    }
  }
  for (const q of file.data.quotes ?? []) {
    // A quote with no cue of its own was given a speaker by context; that speaker is a
    // source only if some cue names them too (a sentence's opening words are no speaker).
    if (!q.speaker || rejected.has(keyOf(q.speaker)) || renamed.has(keyOf(q.speaker)) || (!q.cue && !accepted.has(keyOf(q.speaker)) && !namedTwice(q.speaker, blocks))) continue;
    if (q.speaker) add({ name: q.speaker, speakerKind: drafts.get(keyOf(q.speaker))?.speakerKind ?? "person", channel: null, paragraph: q.paragraph });
  }
  for (const n of analysis.notes) add({ name: n.name, speakerKind: "organization", channel: null, paragraph: n.paragraph, note: n.note, kind: "agency" });
  // "in an interview with the Financial Times": the outlet is cited even when the cue is "saying".
  for (const b of blocks) {
    if (!b.text.includes("interview with")) continue; // a cheap test before the regex
    for (const m of b.text.matchAll(INTERVIEW_WITH)) if (isOutlet(m[1]!)) add({ name: m[1]!, speakerKind: "organization", channel: "interview", paragraph: b.index });
  }
  // "The claims could not be independently verified": the agency whose dateline the story carries says so.
  const agency = file.data.dateline?.agency;
  if (agency) {
    const at = blocks.find((b) => (b.text.includes("verified") || b.text.includes("confirmed")) && PASSIVE_VERIFY.test(b.text));
    const m = at ? PASSIVE_VERIFY.exec(at.text) : null;
    if (at && m) add({ name: agency, speakerKind: "organization", channel: null, paragraph: at.index, note: m[0], kind: "agency" });
  }
  const known = [...drafts.values()].map((d) => d.name);
  for (const c of citedSources(file, analysis, known)) {
    if (rejected.has(keyOf(c.name)) || (c.kind === "group" && drafts.has(keyOf(c.name)))) continue;
    add({ name: c.name, speakerKind: c.kind, channel: c.channel, paragraph: c.paragraph });
  }

  mergeShortForms(drafts);
  const out: Source[] = [];
  for (const d of drafts.values()) {
    const roles = d.speakerKind === "person" ? [...d.roles, ...rolesInText(blocks, d.name)] : d.roles;
    const kind = d.kind ?? kindOf(d.name, d.speakerKind, roles);
    const aliases = kind === "group" ? [] : aliasesOf(d.name, kind, blocks);
    out.push({ name: d.name, kind, channel: d.channel, paragraph: d.paragraph, ...(d.note ? { note: d.note } : {}), ...(aliases.length ? { aliases } : {}) });
  }
  return out.sort((a, b) => a.paragraph - b.paragraph);
}

/**
 * Cues the attribution pass may take from a name or a participle: a capitalised
 * "States" inside "United States", or "suggested by" (the speaker follows "by").
 */
function isCue(e: AttributionEvent, blocks: Block[]): boolean {
  if (UPPER_START.test(e.cue) && !/^(said|says|told|added)$/i.test(e.cue)) return false;
  const name = e.speaker.name;
  if (!name) return true;
  if (e.speaker.kind !== "person" && !SPEECH.test(e.cue) && onlyOpensSentences(name, blocks)) return false;
  const text = blocks[e.paragraph]?.text ?? "";
  return !text.includes(`${name} ${e.cue.split(" ")[0]!} by `);
}

/** Media words: "told England to stop" is an order, "told the Financial Times" an interview. */
const MEDIA = /\b(newspaper|paper|times|post|journal|guardian|telegraph|herald|news|tv|television|radio|website|magazine|programme|show|channel|press|gazette|courier|chronicle|tribune|daily|weekly|mail|mirror|express|independent|observer|economist|bbc|sky|cnn|itv|reuters|agency|wire|online|today|hour|magazine)\b/i;
const isOutlet = (name: string) => MEDIA.test(name) || NEWS_OUTLETS.has(name.toLowerCase()) || NEWS_OUTLETS.has(name.split(" ")[0]!.toLowerCase());

/** The article names this speaker (by surname) more than once: a real character, not a sentence's opening words. */
function namedTwice(name: string, blocks: Block[]): boolean {
  const surname = name.split(" ").pop()!;
  let n = 0;
  for (const b of blocks) for (let at = b.text.indexOf(surname); at >= 0 && n < 2; at = b.text.indexOf(surname, at + 1)) n++;
  return n >= 2;
}

/** Cues that only speech takes: "Microsoft has said" names a speaker even at a sentence's start. */
const SPEECH = /^(said|says|say|told|tells|announced|announces|stated|states|wrote|writes|tweeted|posted|reported|reports|warned|warns|claimed|claims|insisted|insists|according to)\b/i;

/**
 * "Fighting continued ...": a lone title-case word that only ever opens a sentence is
 * an ordinary word, unless the article spells it out as an acronym ("Sepa").
 */
function onlyOpensSentences(name: string, blocks: Block[]): boolean {
  if (!CAPITALISED_WORD.test(name) || NEWS_OUTLETS.has(name.toLowerCase())) return false;
  for (const b of blocks) {
    for (let at = b.text.indexOf(name); at >= 0; at = b.text.indexOf(name, at + 1)) {
      const before = b.text.slice(Math.max(0, at - 3), at);
      if (at > 0 && !/[.!?:"\u201c\u201d]\s*$/u.test(before)) return false;
    }
  }
  return aliasesOf(name, "organization", blocks).length === 0;
}

/**
 * One entry per source: "General Staff" is the "Northland General Staff" named before it,
 * and "Rita Hollis of Baird Capital" is two sources already listed on their own.
 */
function mergeShortForms(drafts: Map<string, Draft>): void {
  const all = [...drafts.entries()];
  for (const [key, d] of all) {
    if (d.speakerKind === "person" || d.speakerKind === "group") continue;
    const longer = all.find(([k, o]) => k !== key && o.speakerKind !== "group" && k.endsWith(` ${key}`) && drafts.has(k));
    if (longer) {
      const [, o] = longer;
      if (d.paragraph < o.paragraph) o.paragraph = d.paragraph;
      o.channel ??= d.channel;
      o.note ??= d.note;
      drafts.delete(key);
      continue;
    }
    const of = / (?:of|at|from) /.exec(key);
    if (of && drafts.has(key.slice(0, of.index)) && drafts.has(key.slice(of.index + of[0].length))) drafts.delete(key);
  }
}

const INTERVIEW_WITH = /\b(?:an|an exclusive|a recent|a television|a radio) interview with (?:the )?(\p{Lu}[\p{L}&.'-]*(?: \p{Lu}[\p{L}&.'-]*){0,4})/gu;

/**
 * "Tony Lloyd, the Manchester Central MP, has pledged": a "name" that ends in a role word
 * is the role; the person is the name the apposition belongs to, when the text gives one.
 */
function personForRole(name: string, text: string): string | null {
  const last = name.split(" ").pop()!.toLowerCase();
  if (!ROLE_WORDS.has(last) || name.split(" ").length < 2) return name;
  const at = text.indexOf(name);
  const before = at > 0 ? text.slice(Math.max(0, at - 60), at) : "";
  const m = NAME_BEFORE_APPOSITION.exec(before);
  return m ? m[1]! : null;
}

const PASSIVE_VERIFY = /\b(?:could|can) ?not be (?:independently )?(?:verified|confirmed)\b[^.]*/i;

const CONNECTORS = new Set(["of", "and", "for", "the", "de", "van", "von", "der", "den", "al", "bin", "da", "di", "le", "la", "du", "&", "on"]);

/** A name has no ordinary lower-case words: "the Australian firm" is a description, not a name. */
function isName(name: string): boolean {
  return name.split(" ").every((w) => NAME_WORD_START.test(w) || CONNECTORS.has(w) || /^[a-z]+\.[a-z]/.test(w));
}
