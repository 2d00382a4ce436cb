/**
 * Sources from what the quotes pass found: every attribution event (named
 * speakers, organizations, unnamed groups), every quote speaker, and every
 * verification note ("Reuters could not independently verify ..."), merged
 * into one entry per name at the first paragraph that cites it.
 */
import type { VFile } from "vfile";
import type { Source } from "../../record/schema.ts";
import type { Analysis } from "../quotes/analyse.ts";
import { citedSources } from "./cited.ts";
import { groupName, kindOf } from "./kind.ts";
import { rolesInText } from "./roles.ts";

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

  for (const e of analysis.events) {
    const { name, kind, role } = e.speaker;
    if (name) add({ name, speakerKind: kind, channel: e.channel, paragraph: e.paragraph, roles: role ? [role] : [] });
    else if (role) {
      // An unnamed group speaks ("Ukrainian officials said"); a lone role ("the local mayor") names nobody.
      const group = groupName(role);
      if (group) add({ name: group, speakerKind: "group", channel: e.channel, paragraph: e.paragraph });
    }
  }
  for (const q of file.data.quotes ?? []) {
    if (q.speaker) add({ name: q.speaker, speakerKind: drafts.get(keyOf(q.speaker))?.speakerKind ?? "person", channel: null, paragraph: q.paragraph });
  }
  for (const n of analysis.notes) add({ name: n.name, speakerKind: "organization", channel: null, paragraph: n.paragraph, note: n.note, kind: "agency" });
  for (const c of citedSources(file)) add({ name: c.name, speakerKind: c.kind, channel: c.channel, paragraph: c.paragraph, kind: c.kind === "document" ? "document" : null });

  const blocks = file.data.blocks ?? [];
  const out: Source[] = [];
  for (const d of drafts.values()) {
    const roles = d.speakerKind === "person" ? [...d.roles, ...rolesInText(blocks, d.name)] : d.roles;
    const kind = d.kind ?? kindOf(d.name, d.speakerKind, roles);
    out.push({ name: d.name, kind, channel: d.channel, paragraph: d.paragraph, ...(d.note ? { note: d.note } : {}) });
  }
  return out.sort((a, b) => a.paragraph - b.paragraph);
}
