/**
 * entities — people, places and organizations mentioned in the article.
 *
 * Candidates are capitalised chunks (src/extract/entities/mentions.ts),
 * classified with curated lexicons and the gazetteer (classify.ts), then
 * grouped so each person, place and organization is one entity (group.ts).
 * Every quote speaker and every person or organization source is an entity
 * under the very same name string, so records link up.
 *
 * Reads: `blocks`, `captions`, `frontMatter`, `quotes`, `sources`.
 * Writes: `file.data.people`, `file.data.places`, `file.data.organizations`.
 * Rule ids: `entity-kind-conflict` (a name read both as place and as organization).
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { fold } from "../gazetteer/fold.ts";
import type { Entity, Place } from "../record/schema.ts";
import "../types.ts";
import { type Candidate, classify } from "./entities/classify.ts";
import { type Group, groupCandidates, toEntity, toPlace } from "./entities/group.ts";
import { findMentions } from "./entities/mentions.ts";
import { reconcileNames } from "./entities/speakers.ts";

export default function entities() {
  return (_tree: Root, file: VFile) => {
    const candidates: Candidate[] = [];
    for (const block of file.data.blocks ?? []) {
      let previous: Candidate | undefined;
      for (const m of findMentions(block.text, block.index)) {
        // A name listed right after a place is a place too, when it can be one.
        if (previous?.kind === "place" && /^(?:,|,?\s*and|,?\s*or)$/.test(m.sincePrevious.trim())) m.listedAfterPlace = true;
        const c = classify(m);
        if (c) candidates.push(c);
        previous = c;
      }
    }
    const groups = groupCandidates(candidates);
    const people: Entity[] = [];
    const places: Place[] = [];
    const organizations: Entity[] = [];
    for (const g of order(groups)) {
      if (g.kind === "person") people.push(toEntity(g));
      else if (g.kind === "place") places.push(toPlace(g));
      else organizations.push(toEntity(g));
    }
    reconcileNames(file, { people, places, organizations });
    file.data.people = people;
    file.data.places = places;
    file.data.organizations = organizations;
  };
}

/** Most mentioned first, then by first appearance: the order a reader scans an entity list in. */
function order(groups: Group[]): Group[] {
  const pos = (g: Group) => g.first.mention.block * 100_000 + g.first.mention.at;
  return [...groups].sort((a, b) => b.mentions - a.mentions || pos(a) - pos(b));
}

export const sameName = (a: string, b: string) => fold(a) === fold(b);
