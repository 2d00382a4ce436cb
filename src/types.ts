/**
 * The shape of `file.data` as the pipeline fills it: one key per stage, typed
 * once by augmenting vfile's DataMap (STYLE.md, point 2). Each extractor's doc
 * comment names the keys it reads; each writes only its own key.
 */
import type { FrontMatter } from "./ingest/front-matter-schema.ts";
import type { Caption, Dateline, Entity, Place, Quote, Source, Topic } from "./record/schema.ts";

/** One paragraph-like block of the article, in document order. */
export interface Block {
  index: number;
  text: string;
  /** 1-based line and column, 0-based offset of the block's first character in the file. */
  line: number;
  column: number;
  offset: number;
  /** The mdast node type the block came from ("paragraph", "heading" ...). */
  type: string;
}

export interface Headline {
  text: string;
  /** front-matter: given; first-line: a headline line in the file; derived: written from the lede. */
  source: "front-matter" | "first-line" | "derived";
  /** Index of the block that is the headline, null when it is not in the flow. */
  paragraph: number | null;
}

export interface ArticleDate {
  /** ISO yyyy-MM-dd, or null when nothing states it (the article is undated). */
  value: string | null;
  source: "front-matter" | "dateline" | "file-name" | "none";
}

export interface ResolvedDate {
  /** The phrase as written ("late Monday"). */
  text: string;
  /** ISO yyyy-MM-dd it resolves to (the first day of the week, month or year for "last week" and kin). */
  date: string;
  paragraph: number;
  /** How much time the phrase names: "yesterday" a day, "last week" a week. */
  granularity?: "day" | "week" | "month" | "year";
}

declare module "vfile" {
  interface DataMap {
    /** ingest: path relative to the articles folder, with forward slashes. */
    relativePath: string;
    /** ingest: validated front matter (unknown keys kept). */
    frontMatter: FrontMatter;
    /** ingest: sha256 of the file's bytes. */
    hash: string;
    /** blocks: paragraph-like blocks of the tree, the paragraph index space. */
    blocks: Block[];
    headline: Headline;
    /**
     * dateline: the dateline; `paragraph` is the block when the dateline stands
     * on its own line (that block's role is "dateline"), null when it opens the lede.
     */
    dateline: (Dateline & { paragraph: number | null }) | null;
    /**
     * dateline: where the dateline's text sits in the flow — the first `length`
     * characters of block `paragraph` (its whole text when on its own line).
     * Quotes and entities skip that prefix: "KYIV, Ukraine (AP) —" is no place mention.
     */
    datelineSpan: { paragraph: number; length: number } | null;
    byline: { text: string; paragraph: number | null } | null;
    captions: Caption[];
    /** fragments: indexes of blocks that are scraper fragments. */
    fragments: number[];
    quotes: Quote[];
    sources: Source[];
    people: Entity[];
    places: Place[];
    organizations: Entity[];
    topics: Topic[];
    keyphrases: string[];
    articleDate: ArticleDate;
    resolvedDates: ResolvedDate[];
  }
}

export {};
