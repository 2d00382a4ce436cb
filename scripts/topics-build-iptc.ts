/**
 * Writes data/topics/iptc-mediatopics.json, the compact copy of the IPTC
 * Media Topics vocabulary the topics extractor loads: every concept that is
 * not retired, with its label, definition and parent.
 *
 *   npx tsx scripts/topics-build-iptc.ts [../shared/data/iptc-mediatopics.json]
 *
 * The vocabulary is CC BY 4.0, © IPTC (iptc.org); data/topics/SOURCE.md credits it.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface SkosConcept {
  qcode: string;
  prefLabel?: Record<string, string>;
  definition?: Record<string, string>;
  broader?: string[];
  retired?: string;
}

const input = process.argv[2] ?? "../shared/data/iptc-mediatopics.json";
const scheme = JSON.parse(readFileSync(input, "utf8")) as { dateReleased: string; conceptSet: SkosConcept[] };

/** "http://cv.iptc.org/newscodes/mediatopic/16000000" → "medtop:16000000". */
const qcode = (uri: string) => `medtop:${uri.slice(uri.lastIndexOf("/") + 1)}`;

const concepts = scheme.conceptSet
  .filter((c) => !c.retired && c.prefLabel?.["en-US"])
  .map((c) => ({
    id: c.qcode,
    label: c.prefLabel?.["en-US"] ?? c.qcode,
    parent: c.broader?.[0] ? qcode(c.broader[0]) : null,
    definition: c.definition?.["en-US"] ?? "",
  }));

const out = {
  $comment: `IPTC Media Topics (NewsCodes medtop), released ${scheme.dateReleased}; CC BY 4.0, (c) IPTC - International Press Telecommunications Council, https://iptc.org. Retired concepts left out. Built by scripts/topics-build-iptc.ts.`,
  concepts,
};
writeFileSync("data/topics/iptc-mediatopics.json", `{\n "$comment": ${JSON.stringify(out.$comment)},\n "concepts": [\n${concepts.map((c) => `  ${JSON.stringify(c)}`).join(",\n")}\n ]\n}\n`);
process.stdout.write(`wrote ${concepts.length} concepts to data/topics/iptc-mediatopics.json\n`);
