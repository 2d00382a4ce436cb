import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import blocks from "../../src/extract/blocks.ts";
import topics from "../../src/extract/topics.ts";
import { classify } from "../../src/extract/topics/classify.ts";
import { articleFeatures, featuresOf } from "../../src/extract/topics/features.ts";
import { keyphrases } from "../../src/extract/topics/keyphrases.ts";
import { learnWeights } from "../../src/extract/topics/learn.ts";
import { buildTopicModel } from "../../src/extract/topics/model.ts";
import { stem, termsOf } from "../../src/extract/topics/terms.ts";
import parseArticle from "../../src/parse/index.ts";
import "../../src/types.ts";

const FIXTURES = new URL("../fixtures/topics/", import.meta.url);
const processor = unified().use(parseArticle).use(blocks).use(topics).freeze();
const model = buildTopicModel();

/** Runs only what the topics plugin needs: the text parser, blocks, topics. */
function run(text: string, path = "article.txt"): VFile {
  const file = new VFile({ path, value: text });
  file.data.frontMatter = {};
  processor.runSync(processor.parse(file) as Root, file);
  return file;
}

const tops = (file: VFile) => (file.data.topics ?? []).filter((t) => t.parent === null).map((t) => t.id);

describe("topics", () => {
  describe("fixtures (UPDATE=1 rewrites `topics` and `keyphrases`; `top` is the hand-set truth)", () => {
    for (const name of readdirSync(FIXTURES).sort()) {
      it(`should file ${name} under its expected top-level topic`, () => {
        const file = run(readFileSync(new URL(`${name}/input.txt`, FIXTURES), "utf8"));
        const expectedUrl = new URL(`${name}/expected.json`, FIXTURES);
        const expected = JSON.parse(readFileSync(expectedUrl, "utf8")) as { top: string; topics?: unknown; keyphrases?: unknown };
        const actual = { top: expected.top, topics: file.data.topics, keyphrases: file.data.keyphrases };
        if (process.env.UPDATE) writeFileSync(expectedUrl, `${JSON.stringify(actual, null, 2)}\n`);
        assert.equal(tops(file)[0], expected.top);
        if (!process.env.UPDATE) assert.deepEqual(actual, expected);
      });
    }
  });

  it("should put a war report under conflict, war and peace with a narrower armed-conflict topic", () => {
    const file = run(
      "Russian troops shelled the besieged city overnight as Ukrainian forces held the front line.\n" +
        "The defence ministry said artillery and missile strikes had killed three civilians.\n" +
        "Fighting continued around the steelworks, where soldiers refused to surrender.\n",
    );
    assert.equal(tops(file)[0], "medtop:16000000");
    const narrower = (file.data.topics ?? []).filter((t) => t.parent !== null);
    assert.ok(narrower.some((t) => t.id === "medtop:20000056"), JSON.stringify(narrower));
  });

  it("should rank topics by score and give every topic the IPTC scheme, a label and a parent in the vocabulary", () => {
    const file = run(readFileSync(new URL("central-bank/input.txt", FIXTURES), "utf8"));
    const list = file.data.topics ?? [];
    assert.ok(list.length >= 2);
    for (let i = 1; i < list.length; i++) assert.ok((list[i - 1]?.score ?? 0) >= (list[i]?.score ?? 0));
    for (const t of list) {
      assert.equal(t.scheme, "iptc-mediatopic");
      assert.ok(t.label.length > 0);
      assert.ok(t.score !== undefined && t.score > 0 && t.score <= 1);
      if (t.parent) assert.ok(model.concepts.has(t.parent), t.parent);
    }
    // A narrower topic sits under a top-level topic the article also has.
    for (const t of list.filter((x) => x.parent)) assert.ok(tops(file).includes(model.topOf.get(t.id) ?? ""), t.id);
  });

  it("should leave a text that names no topic untagged, and say so with a positioned warning", () => {
    const file = run("Hello there.\nIt is what it is.\n");
    assert.deepEqual(file.data.topics, []);
    const warning = file.messages.find((m) => m.ruleId === "topics-none");
    assert.ok(warning);
    assert.equal(warning.line, 1);
    assert.equal(warning.source, "clippings");
  });

  it("should not warn about a missing topic when front matter gives topics", () => {
    const file = new VFile({ path: "a.txt", value: "Hello there.\n" });
    file.data.frontMatter = { topics: ["local news"] };
    processor.runSync(processor.parse(file) as Root, file);
    assert.equal(file.messages.filter((m) => m.ruleId === "topics-none").length, 0);
  });

  it("should classify from word pairs across stop words, the way lexicon phrases are written", () => {
    assert.ok(featuresOf("Prisoners of war were exchanged").has("prison war"));
    assert.ok(featuresOf("the prisoner-of-war camp").has("prison war"));
    assert.equal(featuresOf("war. Prisoners").has("war prison"), false);
  });

  it("should stem singular and plural, and accented and plain spellings, to one term", () => {
    assert.equal(stem("elections"), stem("election"));
    assert.equal(stem("companies"), stem("company"));
    assert.equal(stem("exports"), stem("exported"));
    assert.deepEqual(termsOf("Café"), termsOf("cafe"));
    assert.deepEqual(termsOf("Zelenskyy’s"), termsOf("Zelenskyy's"));
  });

  it("should count the headline more than one body sentence", () => {
    const withHeadline = articleFeatures("Ceasefire agreed", ["Shares rose."]);
    assert.equal(withHeadline.get(stem("ceasefire")), 2);
    assert.equal(withHeadline.get(stem("shares")), 1);
  });

  it("should learn only term statistics: stems and stem pairs with a bounded weight each", () => {
    const doc = (label: string, text: string) => ({ label, features: featuresOf(text) });
    const docs = [
      ...Array.from({ length: 6 }, () => doc("medtop:15000000", "The striker scored a late goal for the club")),
      ...Array.from({ length: 6 }, () => doc("medtop:04000000", "Shares fell as the company reported a loss")),
    ];
    const learned = learnWeights(docs, { minDocs: 5 });
    assert.deepEqual(Object.keys(learned).sort(), ["medtop:04000000", "medtop:15000000"]);
    assert.ok((learned["medtop:15000000"]?.goal ?? 0) > 0);
    assert.equal(learned["medtop:15000000"]?.share, undefined);
    for (const weights of Object.values(learned)) {
      for (const [feature, w] of Object.entries(weights)) {
        assert.match(feature, /^[a-z'-]+( [a-z'-]+)?$/);
        assert.ok(w > 0 && w <= 1);
      }
    }
  });

  it("should let the lexicon alone (nothing learned) recognise topics outside the labelled corpus", () => {
    const lexicon = buildTopicModel({ learned: {} });
    const text = "Floods and a landslide killed 40 people after torrential rain; rescuers searched for survivors and the death toll rose.";
    assert.equal(classify(lexicon, featuresOf(text))[0]?.id, "medtop:03000000");
  });
});

describe("keyphrases", () => {
  it("should find a phrase the article repeats and rank it above words used once", () => {
    const paragraphs = [
      "Grain exports from the port resumed on Monday after a deal was signed.",
      "Traders said grain exports would take months to recover.",
      "The first ship carried maize to Lebanon.",
    ];
    const found = keyphrases(null, paragraphs);
    assert.equal(found[0], "grain exports");
  });

  it("should keep a name inside a phrase but leave out bare names and the article's people", () => {
    const paragraphs = [
      "Fighters left the Azovstal steelworks on Monday, Hanna Maliar said.",
      "The Azovstal steelworks had been under siege for weeks, Hanna Maliar said.",
      "Buses took the fighters from the Azovstal steelworks to Olenivka.",
    ];
    const found = keyphrases(null, paragraphs, { exclude: ["Hanna Maliar"] });
    assert.ok(found.includes("Azovstal steelworks"), JSON.stringify(found));
    assert.ok(!found.some((k) => /Maliar|^Olenivka$/.test(k)), JSON.stringify(found));
  });

  it("should not end a key phrase with a verb", () => {
    const found = keyphrases(null, ["The missile struck a school.", "Another missile struck a school.", "A missile struck again."]);
    assert.ok(!found.some((k) => / struck$/.test(k)), JSON.stringify(found));
  });

  it("should give nothing for an empty article", () => {
    assert.deepEqual(keyphrases(null, []), []);
  });
});
