/**
 * Who a subject phrase stands for: a full name from the article's registry
 * ("Mr Gaidai" → "Serhiy Gaidai"), the right earlier person for a pronoun
 * (by recency and the gender the text shows), the organization behind "the
 * ministry", or — for a role nobody is named in ("the local mayor") — no name
 * at all, only the role.
 */
import type { Subject } from "./attribution.ts";
import { GROUP_NOUNS, ORG_ANAPHORS, PERSON_ROLE_NOUNS } from "./lexicon.ts";
import { type Gender, type PersonEntry, type Registry, parseName } from "./names.ts";

export interface Speaker {
  /** Canonical name, or null when only a role is known. */
  name: string | null;
  kind: "person" | "organization" | "country" | "group" | "role";
  role: string | null;
}

/** What the article has been talking about, most recent last. */
export class Focus {
  people: PersonEntry[] = [];
  orgs: Speaker[] = [];
  /** Organizations named anywhere so far, for "the ministry" → "Russian Defence Ministry". */
  orgNames: string[] = [];

  constructor(readonly registry: Registry) {}

  notePerson(entry: PersonEntry): void {
    const i = this.people.indexOf(entry);
    if (i >= 0) this.people.splice(i, 1);
    this.people.push(entry);
  }

  noteSpeaker(s: Speaker): void {
    if (s.kind === "person" && s.name) {
      const entry = this.registry.lookup(s.name) ?? { name: s.name, gender: null, roles: [] };
      this.notePerson(entry);
    } else if (s.kind === "organization" || s.kind === "country" || s.kind === "group") {
      this.orgs.push(s);
    }
  }

  resolve(subject: Subject): Speaker | null {
    if (subject.form === "pronoun") return this.pronoun(subject.words[0]!);
    if (subject.form === "name") return this.name(subject.words, subject.role);
    return this.phrase(subject);
  }

  private pronoun(p: string): Speaker | null {
    if (p === "he" || p === "she") {
      const want: Gender = p === "he" ? "male" : "female";
      for (let i = this.people.length - 1; i >= 0; i--) {
        const e = this.people[i]!;
        if (e.gender && e.gender !== want) continue;
        // What the pronoun shows about the person holds for the rest of the article.
        e.gender ??= want;
        return { name: e.name, kind: "person", role: null };
      }
      return null;
    }
    if (p === "it" || p === "they") {
      for (let i = this.orgs.length - 1; i >= 0; i--) {
        const o = this.orgs[i]!;
        if (p === "it" && o.kind === "group") continue;
        return o;
      }
    }
    return null;
  }

  private name(words: string[], role: string | null): Speaker | null {
    const parsed = parseName(words);
    if (!parsed) return null;
    if (parsed.kind === "person" || (parsed.kind === "organization" && parsed.single)) {
      const entry = this.registry.lookup(parsed.name);
      if (entry && (parsed.kind === "person" || entry.name.split(" ").pop() === parsed.name)) {
        if (!entry.gender && parsed.gender) entry.gender = parsed.gender;
        return { name: entry.name, kind: "person", role: parsed.role ?? role };
      }
      if (parsed.kind === "person") return { name: parsed.name, kind: "person", role: parsed.role ?? role };
    }
    if (parsed.kind === "place") return null;
    return { name: parsed.name, kind: parsed.kind === "country" ? "country" : "organization", role };
  }

  private phrase(subject: Subject): Speaker | null {
    const head = subject.head ?? "";
    const text = subject.words.join(" ");
    if (subject.object && /^spokes|^representative/.test(head)) {
      const org = parseName(subject.object);
      if (org && org.kind !== "person") return { name: org.name, kind: "organization", role: text };
    }
    if (ORG_ANAPHORS.has(head)) {
      const named = [...this.orgNames].reverse().find((n) => n.toLowerCase().split(" ").includes(head));
      if (named) return { name: named, kind: "organization", role: null };
      if (subject.words.some((w) => /^\p{Lu}/u.test(w))) return { name: text, kind: "organization", role: null };
      const last = [...this.orgs].reverse().find((o) => o.kind === "organization" && o.name);
      if (last && (head === "firm" || head === "company" || head === "group")) return { name: last.name, kind: "organization", role: null };
      return { name: null, kind: "role", role: text };
    }
    if (PERSON_ROLE_NOUNS.has(head) || GROUP_NOUNS.has(head)) {
      const entry = this.registry.byRolePhrase(text);
      if (entry && !GROUP_NOUNS.has(head)) return { name: entry.name, kind: "person", role: text };
      // "the prime minister" in a story about one person with no other role is that person.
      const current = this.people[this.people.length - 1];
      if (subject.det === "the" && !GROUP_NOUNS.has(head) && current && !current.roles.length) return { name: current.name, kind: "person", role: text };
      return { name: null, kind: GROUP_NOUNS.has(head) ? "group" : "role", role: text };
    }
    return null;
  }
}
