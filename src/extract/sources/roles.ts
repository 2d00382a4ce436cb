/**
 * The roles the text gives a named person where it names them in full:
 * title words in front ("Russian Defence Minister Sergei Shoigu", "Kremlin
 * spokesman Dmitry Peskov") and appositions on either side ("The governor of
 * the Luhansk region, Serhiy Gaidai, said"; "Viacheslav Shulga, an employee
 * at a pizzeria, said"). Used to tell officials from private people.
 */
import type { Block } from "../../types.ts";
import { ROLE_WORDS } from "../quotes/lexicon.ts";

// Unicode-property patterns live at module level: tsx (esbuild) compiles such a
// literal inside a function to `new RegExp(...)` on every call, a hot-path cost.
const UPPER_START = /^\p{Lu}/u;

const WORD_BEFORE = /([\p{L}.'\u2019-]+)\s+$/u;

export function rolesInText(blocks: Block[], name: string): string[] {
  const roles: string[] = [];
  for (const b of blocks) {
    let at = b.text.indexOf(name);
    while (at >= 0) {
      const before = b.text.slice(Math.max(0, at - 120), at);
      const after = b.text.slice(at + name.length, at + name.length + 120);
      const title = titleBefore(before);
      if (title) roles.push(title);
      // "The governor of the Luhansk region, Serhiy Gaidai": an apposition that ends right before the name.
      const lead = /(?:^|[.;:!?]\s|,\s)([^,.;:!?]{3,80}),\s*$/u.exec(before);
      if (lead && /^(the|a|an)\s/i.test(lead[1]!.trim())) roles.push(lead[1]!.trim());
      // "Serhiy Gaidai, the governor of ...,": an apposition right after it.
      const trail = /^,\s*((?:the|a|an|who is|who was)\s[^,.;:!?]{2,80})[,.]/iu.exec(after);
      if (trail) roles.push(trail[1]!);
      at = b.text.indexOf(name, at + name.length);
    }
    if (roles.length > 4) break;
  }
  return roles;
}

/** The run of title words right before a name ("Ukrainian Deputy Defence Minister"). */
function titleBefore(before: string): string | null {
  const words: string[] = [];
  let rest = before;
  for (let m = WORD_BEFORE.exec(rest); m && words.length < 6; m = WORD_BEFORE.exec(rest)) {
    const w = m[1]!;
    if (!(ROLE_WORDS.has(w.toLowerCase()) || UPPER_START.test(w))) break;
    words.unshift(w);
    rest = rest.slice(0, m.index);
  }
  return words.some((w) => ROLE_WORDS.has(w.toLowerCase())) ? words.join(" ") : null;
}
