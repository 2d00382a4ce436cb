import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeEntities } from "../../src/archive/entities.ts";
import type { ArticleRecord, Entity } from "../../src/record/schema.ts";

const person = (name: string, aliases: string[] = [], mentions = 1): Entity => ({ id: name.toLowerCase().replaceAll(" ", "-"), name, aliases, mentions });

function record(id: string, people: Entity[], places: string[] = [], speaker: string | null = null): ArticleRecord {
  return {
    id, file: `${id}.txt`, title: id, date: null, dateline: null, byline: null, paragraphs: [],
    quotes: speaker ? [{ text: "x", speaker, kind: "direct", paragraph: 0, cue: "said" }] : [],
    sources: speaker ? [{ name: speaker, kind: "person", channel: null, paragraph: 0 }] : [],
    captions: [], people,
    places: places.map((p) => ({ ...person(p), lat: null, lon: null, country: null })),
    organizations: [], topics: [], warnings: [], provenance: {},
    meta: { url: null, source: null, image: null, caption: null, draft: false }, hash: "",
  };
}

describe("archive entities", () => {
  it("should merge spellings of one person across articles under one canonical name and id", () => {
    const records = [
      record("a", [person("Volodymyr Zelenskyy", ["Mr Zelenskyy"], 3)], [], "Volodymyr Zelenskyy"),
      record("b", [person("Volodymyr Zelensky", ["Zelensky"], 2)], [], "Volodymyr Zelensky"),
    ];
    const index = mergeEntities(records);
    assert.equal(index.people.length, 1);
    assert.equal(index.people[0]?.name, "Volodymyr Zelenskyy");
    assert.equal(index.people[0]?.articles, 2);
    assert.equal(index.people[0]?.mentions, 5);
    assert.equal(records[1]?.people[0]?.name, "Volodymyr Zelenskyy");
    assert.equal(records[1]?.people[0]?.id, index.people[0]?.id);
    assert.ok(records[1]?.people[0]?.aliases.includes("Volodymyr Zelensky"));
    assert.equal(records[1]?.quotes[0]?.speaker, "Volodymyr Zelenskyy");
    assert.equal(records[1]?.sources[0]?.name, "Volodymyr Zelenskyy");
  });

  it("should keep two people of one family apart though both are called Mrs or Mr by the surname", () => {
    const records = [
      record("a", [person("Anwen Tallis", ["Mrs Tallis"], 2)]),
      record("b", [person("Gareth Tallis", ["Mr Tallis", "Mrs Tallis"], 3)]),
    ];
    const index = mergeEntities(records);
    assert.deepEqual(index.people.map((p) => p.name).sort(), ["Anwen Tallis", "Gareth Tallis"]);
  });

  it("should finish when a one-word name has an honorific alias that joins nothing", () => {
    const records = [record("a", [person("Tallis", ["Lady Tallis"], 2)]), record("b", [person("Anwen Tallis", [], 1)])];
    const index = mergeEntities(records);
    assert.ok(index.people.length >= 1);
  });

  it("should name a person by the full name most mentioned, not a rare longer misreading", () => {
    const records = [
      record("a", [person("Gareth Tallis", ["Tallis"], 9)]),
      record("b", [person("Earlier Gareth Tallis", ["Gareth Tallis"], 1)]),
    ];
    const index = mergeEntities(records);
    assert.equal(index.people.length, 1);
    assert.equal(index.people[0]?.name, "Gareth Tallis");
  });

  it("should merge place spellings the alias table lists", () => {
    const records = [record("a", [], ["Kiev"]), record("b", [], ["Kyiv"])];
    const index = mergeEntities(records);
    assert.deepEqual(index.places.map((p) => [p.name, p.articles]), [["Kyiv", 2]]);
  });

  it("should join a bare surname to the only full name that ends with it", () => {
    const records = [record("a", [person("Gordon Brown")]), record("b", [person("Brown")])];
    assert.deepEqual(mergeEntities(records).people.map((p) => p.name), ["Gordon Brown"]);
  });

  it("should keep two people apart when a bare surname could be either", () => {
    const records = [record("a", [person("Gordon Brown")]), record("b", [person("Nick Brown")]), record("c", [person("Brown")])];
    assert.equal(mergeEntities(records).people.length, 3);
  });
});
