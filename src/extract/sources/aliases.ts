/**
 * Other spellings a source answers to, so a reader (and the archive pass)
 * can find "BA" under "British Airways" and "Zelensky" under "Zelenskyy":
 * the curated alias table's spellings, and the full organization name an
 * acronym stands for when the article spells it out.
 */
import { spellingsOf } from "../../gazetteer/index.ts";
import type { Block } from "../../types.ts";

// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call, a hot-path cost.
const SHORT_NAME = /^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u;

const FULL_NAME = /\b\p{Lu}[\p{L}&'-]*(?:\s+(?:of|and|for|the|&)?\s*\p{Lu}[\p{L}&'-]*){1,6}/gu;
const SMALL = new Set(["of", "and", "for", "the", "&"]);

export function aliasesOf(name: string, kind: string, blocks: Block[]): string[] {
  const entityKind = kind === "person" || kind === "official" ? "person" : "organization";
  const out = new Set(spellingsOf(entityKind, name));
  if (SHORT_NAME.test(name)) {
    const full = expandAcronym(name, blocks);
    if (full) for (const s of [full, ...spellingsOf("organization", full)]) out.add(s);
  }
  out.delete(name);
  return [...out];
}

/** The capitalised phrase in the article whose initials spell `acronym` ("British Airways" for "BA"). */
function expandAcronym(acronym: string, blocks: Block[]): string | undefined {
  for (const b of blocks) {
    for (const m of b.text.matchAll(FULL_NAME)) {
      const words = m[0].split(/\s+/).filter((w) => !SMALL.has(w.toLowerCase()));
      for (let i = 0; i + acronym.length <= words.length; i++) {
        const run = words.slice(i, i + acronym.length);
        if (run.map((w) => w[0]).join("") !== acronym.toUpperCase()) continue;
        // Rebuild the phrase as written, small words included ("Department of Trade and Industry").
        const first = m[0].indexOf(run[0]!);
        const last = m[0].lastIndexOf(run[run.length - 1]!);
        return m[0].slice(first, last + run[run.length - 1]!.length);
      }
    }
  }
  return undefined;
}
