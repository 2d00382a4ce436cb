/**
 * The extraction pipeline, in order, written down once. Each plugin reads
 * the keys its doc comment names and writes only its own `file.data` key.
 */
import type { Root } from "mdast";
import { unified } from "unified";
import type { VFile } from "vfile";
import blocks from "./extract/blocks.ts";
import byline from "./extract/byline.ts";
import captions from "./extract/captions.ts";
import dateline from "./extract/dateline.ts";
import dates from "./extract/dates.ts";
import entities from "./extract/entities.ts";
import { dropOrganizationReports } from "./extract/entities/speakers.ts";
import fragments from "./extract/fragments.ts";
import headline from "./extract/headline.ts";
import quotes from "./extract/quotes.ts";
import sources from "./extract/sources.ts";
import topics from "./extract/topics.ts";
import parseArticle from "./parse/index.ts";
import "./types.ts";

/**
 * Bump when any extractor's output changes: the per-article cache is keyed by
 * content hash and this version, so cached records are re-extracted.
 */
export const EXTRACTOR_VERSION = "0.1.0";

export function createProcessor() {
  return unified()
    .use(parseArticle)
    .use(blocks)
    .use(headline)
    .use(dateline)
    .use(byline)
    .use(dates)
    .use(captions)
    .use(fragments)
    .use(quotes)
    .use(sources)
    .use(entities)
    .use(organizationReports)
    .use(topics)
    .freeze();
}

/**
 * Reads: `quotes`, `people`, `organizations`. Writes: `file.data.quotes` (drops reported clauses the
 * entity pass shows to be an organization's: those are sources, not quotes).
 */
function organizationReports() {
  return (_tree: Root, file: VFile) => dropOrganizationReports(file);
}

const processor = createProcessor();

/** Runs every extractor over an ingested file; results land in `file.data`. */
export function runPipeline(file: VFile): void {
  const tree = processor.parse(file) as Root;
  processor.runSync(tree, file);
}
