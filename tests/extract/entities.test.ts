import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { articleFromBytes } from "../../src/ingest/read-article.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { lookupPlace } from "../../src/gazetteer/index.ts";
import { fold } from "../../src/gazetteer/fold.ts";

const root = path.resolve("tests/fixtures/entities");

/** The part of the result a reviewer reads: names, aliases, roles, and a place's country. */
function extract(text: string) {
  const file = articleFromBytes(Buffer.from(text), "fixture.txt");
  runPipeline(file);
  return {
    people: (file.data.people ?? []).map((e) => ({ name: e.name, aliases: e.aliases, ...(e.roles ? { roles: e.roles } : {}) })),
    places: (file.data.places ?? []).map((p) => ({ name: p.name, aliases: p.aliases, country: p.country, located: p.lat !== null })),
    organizations: (file.data.organizations ?? []).map((e) => ({ name: e.name, aliases: e.aliases })),
  };
}

describe("entities", () => {
  for (const name of readdirSync(root).sort()) {
    it(`should ${name.replaceAll("-", " ")}`, () => {
      const dir = path.join(root, name);
      const actual = extract(readFileSync(path.join(dir, "input.txt"), "utf8"));
      const expectedPath = path.join(dir, "expected.json");
      if (process.env.UPDATE === "1" || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }

  it("should fold accents and apostrophes when looking names up", () => {
    assert.equal(fold("Lysychans’k"), fold("Lysychansk"));
    assert.equal(fold("Saint-Étienne"), "saint etienne");
    assert.equal(lookupPlace("Novoazovs'k")?.country, "UA");
  });

  it("should map news spellings to one canonical place with coordinates", () => {
    for (const [written, canonical] of [["Kiev", "Kyiv"], ["Severodonetsk", "Sievierodonetsk"], ["Donbass", "Donbas"], ["Izyum", "Izium"]] as const) {
      const place = lookupPlace(written);
      assert.equal(place?.name, canonical, written);
      assert.equal(place?.country, "UA", written);
      assert.equal(typeof place?.lat, "number", written);
    }
  });

  it("should not take a month, a weekday or a sentence opener for a town", () => {
    const { places } = extract("Police said on Monday that March was busy. Reading and Mission statements followed in May.");
    assert.deepEqual(places, []);
  });

  it("should name every quote speaker's entity with the speaker's string", () => {
    const file = articleFromBytes(Buffer.from('"We are ready," Mr Zelenskyy said.\nVolodymyr Zelenskyy spoke in Kyiv.\n'), "s.txt");
    runPipeline(file);
    for (const q of file.data.quotes ?? []) {
      if (!q.speaker) continue;
      const all = [...(file.data.people ?? []), ...(file.data.organizations ?? []), ...(file.data.places ?? [])];
      assert.ok(all.some((e) => e.name === q.speaker), `speaker ${q.speaker} is an entity`);
    }
  });
});

describe("titles made of English words", () => {
  it("should not read two words that are never a proper name as a person", () => {
    const { people } = extract("He starred in Jungle Fever and sang Redemption Song.\nTiger Woods won, and Doc Martin was shown.\n");
    const names = people.map((p) => p.name);
    assert.ok(!names.includes("Jungle Fever") && !names.includes("Redemption Song"), names.join());
    assert.ok(names.includes("Tiger Woods"), names.join());
  });
});
