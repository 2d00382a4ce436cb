/**
 * topics — IPTC Media Topics, ranked, and the article's key phrases.
 *
 * Every article gets its most relevant top-level IPTC topic (and any other
 * nearly as strong), each followed by the narrower topics it names often
 * enough; see src/extract/topics/model.ts for where the weights come from.
 * Front-matter topics are added to these when the record is assembled
 * (src/record/assemble.ts). Captions, the dateline and scraper fragments are
 * left out: a photo of a school does not make a war story about education.
 *
 * Reads: `blocks`, `headline`, `captions`, `fragments`, `dateline`, `byline`,
 * `people`. Writes: `file.data.topics`, `file.data.keyphrases`.
 *
 * Rule ids: `topics-none` (no topic could be inferred; the article is left
 * untagged unless front matter gives topics).
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { warnAt } from "./report.ts";
import { classify } from "./topics/classify.ts";
import { featuresOfArticle, tokenizeArticle } from "./topics/features.ts";
import { keyphrasesOf } from "./topics/keyphrases.ts";
import { buildTopicModel, type TopicModel } from "./topics/model.ts";
import "../types.ts";

let model: TopicModel | undefined;

export default function topics() {
  return (_tree: Root, file: VFile) => {
    model ??= buildTopicModel();
    const d = file.data;
    const blocks = d.blocks ?? [];
    const skip = new Set<number>([...(d.fragments ?? []), ...(d.captions ?? []).map((c) => c.paragraph)]);
    for (const i of [d.headline?.paragraph, d.dateline?.paragraph, d.byline?.paragraph]) if (i != null) skip.add(i);
    const body = blocks.filter((b) => !skip.has(b.index)).map((b) => b.text);
    const headline = d.headline && d.headline.source !== "derived" ? d.headline.text : null;

    const article = tokenizeArticle(headline, body);
    d.topics = classify(model, featuresOfArticle(article));
    if (d.topics.length === 0 && !d.frontMatter?.topics?.length && body.length > 0) {
      warnAt(file, blocks[0], "topics-none", "No IPTC topic could be inferred from the text; the article is left without topics");
    }
    const people = (d.people ?? []).flatMap((p) => [p.name, ...p.aliases]);
    d.keyphrases = keyphrasesOf(article, { exclude: people });
  };
}
