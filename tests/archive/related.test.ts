import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keyphraseKey, recurringKeyphrases, relatedArticles } from "../../src/archive/related.ts";
import type { ArticleRecord, Entity, Place, Topic } from "../../src/record/schema.ts";

const entity = (name: string): Entity => ({ id: name.toLowerCase().replace(/\W+/g, "-"), name, aliases: [], mentions: 1 });
const place = (name: string): Place => ({ ...entity(name), lat: null, lon: null, country: null });
const top = (id: string, label: string): Topic => ({ id, label, scheme: "iptc-mediatopic", score: 0.5, parent: null });
const WAR = top("medtop:16000000", "conflict, war and peace");
const ECONOMY = top("medtop:04000000", "economy, business and finance");

function record(id: string, parts: { people?: string[]; places?: string[]; orgs?: string[]; topics?: Topic[]; keyphrases?: string[] }): ArticleRecord {
  return {
    id,
    file: `${id}.txt`,
    title: id,
    date: null,
    dateline: null,
    byline: null,
    paragraphs: [],
    quotes: [],
    sources: [],
    captions: [],
    people: (parts.people ?? []).map(entity),
    places: (parts.places ?? []).map(place),
    organizations: (parts.orgs ?? []).map(entity),
    topics: parts.topics ?? [],
    warnings: [],
    provenance: {},
    meta: { url: null, source: null, image: null, caption: null, draft: false },
    keyphrases: parts.keyphrases ?? [],
    hash: id,
  };
}

const archive = [
  record("siege-ends", { people: ["Hanna Maliar"], places: ["Mariupol", "Ukraine"], topics: [WAR], keyphrases: ["Azovstal steelworks", "evacuation"] }),
  record("pows-deported", { places: ["Mariupol", "Ukraine", "Russia"], topics: [WAR], keyphrases: ["Azovstal steelworks", "prisoners of war"] }),
  record("front-line", { places: ["Kharkiv", "Ukraine"], topics: [WAR], keyphrases: ["counteroffensive"] }),
  record("grain-deal", { places: ["Odesa", "Ukraine"], topics: [ECONOMY], keyphrases: ["grain exports"] }),
  record("rate-rise", { places: ["Washington"], orgs: ["Federal Reserve"], topics: [ECONOMY], keyphrases: ["interest rates"] }),
];

describe("related articles", () => {
  const related = relatedArticles(archive);

  it("should rank first the article that shares a place, a topic and a key phrase", () => {
    assert.equal(related.get("siege-ends")?.[0]?.id, "pows-deported");
    assert.ok(related.get("siege-ends")?.[0]?.shared.includes("Azovstal steelworks"));
  });

  it("should never relate an article to itself, and list every record", () => {
    assert.equal(related.size, archive.length);
    for (const [id, list] of related) assert.ok(!list.some((r) => r.id === id));
  });

  it("should score a pair the same from either side, within [0, 1]", () => {
    for (const [id, list] of related) {
      for (const r of list) {
        assert.ok(r.score > 0 && r.score <= 1);
        assert.equal(related.get(r.id)?.find((x) => x.id === id)?.score, r.score);
      }
    }
  });

  it("should count a place every article shares for less than a rarer one", () => {
    // Ukraine alone relates the grain deal to the war stories only weakly.
    const grain = related.get("grain-deal") ?? [];
    assert.ok(grain.every((r) => r.score < (related.get("siege-ends")?.[0]?.score ?? 0)));
  });

  it("should leave an article that shares nothing without related articles", () => {
    const lonely = relatedArticles([...archive, record("lonely", { places: ["Atlantis"], keyphrases: ["sea serpent"] })]);
    assert.deepEqual(lonely.get("lonely"), []);
  });

  it("should respect the limit and the minimum score", () => {
    const one = relatedArticles(archive, { limit: 1 });
    for (const list of one.values()) assert.ok(list.length <= 1);
    const strict = relatedArticles(archive, { minScore: 0.99 });
    for (const list of strict.values()) assert.deepEqual(list, []);
  });
});

describe("recurring key phrases", () => {
  it("should list a key phrase that two articles share, whatever its case, with the articles in archive order", () => {
    const stories = recurringKeyphrases([...archive, record("late", { keyphrases: ["azovstal Steelworks"] })]);
    assert.equal(stories[0]?.phrase, "Azovstal steelworks");
    assert.deepEqual(stories[0]?.articles, ["siege-ends", "pows-deported", "late"]);
    assert.ok(!stories.some((s) => s.phrase === "counteroffensive"));
  });

  it("should key phrases by their stems so plural and singular meet", () => {
    assert.equal(keyphraseKey("grain exports"), keyphraseKey("Grain export"));
  });
});
