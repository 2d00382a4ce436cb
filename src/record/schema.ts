/**
 * The ArticleRecord: the project's main contract (see DESIGN.md, "The record").
 *
 * Templates read it, `extract` prints it, the built site publishes it. The
 * TypeScript types are inferred from these zod schemas, and
 * `record.schema.json` at the repository root is generated from them
 * (`npm run schema`; a test fails when the committed file is stale).
 *
 * Fields beyond DESIGN.md's minimum are additive and documented inline;
 * never rename or remove a field without a migration note in the README.
 */
import { z } from "zod";

/** Where a field's value came from: front matter always wins over inference. */
export const Provenance = z.enum(["front-matter", "extracted", "derived", "file-name", "none"]);

export const Entity = z.object({
  /** URL-safe slug, stable across the archive (the archive pass merges aliases). */
  id: z.string(),
  /** Canonical name, e.g. "Volodymyr Zelenskyy". */
  name: z.string(),
  /** Other spellings and short forms seen for the same entity ("Zelensky", "Mr Zelenskyy"). */
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  /** Roles or titles seen with the name ("Deputy Defence Minister"). */
  roles: z.array(z.string()).optional(),
});

export const Place = Entity.extend({
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** ISO 3166-1 alpha-2 code of the country the place lies in, when known. */
  country: z.string().nullable(),
  /** "country" | "region" | "city" | "feature" ... as the gazetteer knows it. */
  kind: z.string().optional(),
});

export const ParagraphRole = z.enum(["body", "caption", "fragment", "headline", "dateline", "byline"]);

export const Paragraph = z.object({
  index: z.number().int().nonnegative(),
  text: z.string(),
  role: ParagraphRole,
  /** 1-based line of the paragraph's start in the source file. */
  line: z.number().int().positive(),
});

export const Dateline = z.object({
  place: z.string().nullable(),
  date: z.string().nullable(),
  agency: z.string().nullable(),
  raw: z.string(),
});

export const Quote = z.object({
  /** The quoted words without the quote marks. */
  text: z.string(),
  /** Canonical name of the person or organization (same string as that entity's `name`). */
  speaker: z.string().nullable(),
  kind: z.enum(["direct", "partial", "indirect"]),
  paragraph: z.number().int().nonnegative(),
  /** The attribution verb or phrase ("said", "told Reuters", "according to"). */
  cue: z.string().nullable(),
  /** A role standing for an unnamed speaker ("the local mayor"); speaker stays null then. */
  role: z.string().nullable().optional(),
});

export const Source = z.object({
  name: z.string(),
  /** "person" | "organization" | "agency" | "official" | "document" | "social" | "group" ... */
  kind: z.string(),
  /** "Facebook" | "Telegram" | "statement" | "interview" | "video address" | "report" ... */
  channel: z.string().nullable(),
  paragraph: z.number().int().nonnegative(),
  /** A verification note attached to this source ("could not independently verify"). */
  note: z.string().nullable().optional(),
  /** Other spellings of the name: the alias table's, or the full name an acronym stands for ("BA" → "British Airways"). */
  aliases: z.array(z.string()).optional(),
});

export const Caption = z.object({
  text: z.string(),
  credit: z.string().nullable(),
  paragraph: z.number().int().nonnegative(),
});

export const Topic = z.object({
  /** IPTC Media Topic id ("medtop:16000000") or a front-matter slug. */
  id: z.string(),
  label: z.string(),
  scheme: z.string(),
  /** Relevance in [0, 1]; topics are ranked by it. */
  score: z.number().optional(),
  /** Parent topic id in the scheme's hierarchy, null for a top-level topic. */
  parent: z.string().nullable().optional(),
});

export const Warning = z.object({
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  rule: z.string(),
  reason: z.string(),
  /** Errors fail `check`; warnings do not (unless --strict). */
  severity: z.enum(["error", "warning"]).optional(),
});

export const ArticleRecord = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  file: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  dateline: Dateline.nullable(),
  byline: z.string().nullable(),
  paragraphs: z.array(Paragraph),
  quotes: z.array(Quote),
  sources: z.array(Source),
  captions: z.array(Caption),
  people: z.array(Entity),
  places: z.array(Place),
  organizations: z.array(Entity),
  topics: z.array(Topic),
  warnings: z.array(Warning),
  /** Which fields came from front matter and which were inferred. */
  provenance: z.record(z.string(), Provenance),
  /** Front-matter extras a reader needs (canonical URL, source name, image, draft). */
  meta: z.object({
    url: z.string().nullable(),
    source: z.string().nullable(),
    image: z.string().nullable(),
    caption: z.string().nullable(),
    draft: z.boolean(),
  }),
  /** Key phrases of the story, ranked, used for recurring-story links. */
  keyphrases: z.array(z.string()).optional(),
  /** Content hash of the source bytes (sha256, hex). */
  hash: z.string(),
});

export type Provenance = z.infer<typeof Provenance>;
export type Entity = z.infer<typeof Entity>;
export type Place = z.infer<typeof Place>;
export type ParagraphRole = z.infer<typeof ParagraphRole>;
export type Paragraph = z.infer<typeof Paragraph>;
export type Dateline = z.infer<typeof Dateline>;
export type Quote = z.infer<typeof Quote>;
export type Source = z.infer<typeof Source>;
export type Caption = z.infer<typeof Caption>;
export type Topic = z.infer<typeof Topic>;
export type Warning = z.infer<typeof Warning>;
export type ArticleRecord = z.infer<typeof ArticleRecord>;
