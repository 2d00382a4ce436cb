/**
 * Front matter accepted in article files (YAML only). Every key is optional;
 * what front matter says wins over what extraction infers. Unknown keys are
 * kept (passthrough) and warned about by ingest, which also checks each key
 * on its own (`FrontMatterFields`) so one bad key never costs the others.
 */
import { z } from "zod";

const stringList = z.union([z.string().transform((s) => [s]), z.array(z.string())]);

/** Link schemes an article may point readers to; `javascript:`, `data:` and the like never reach a page. */
const SAFE_URL = /^(?:https?:\/\/[^\s]+|\/\/[^\s]+)$/i;
/** An image may also be a path relative to the site, but not one that climbs out of it. */
const SAFE_IMAGE = /^(?:https?:\/\/[^\s]+|(?![a-z][a-z0-9+.-]*:)(?!.*(?:^|\/)\.\.(?:\/|$))[^\s:]+)$/i;

export const FrontMatterFields = {
  title: z.string().trim().min(1, "must not be empty"),
  slug: z.string().trim().min(1, "must not be empty"),
  /** ISO yyyy-MM-dd (ingest normalises and checks the day exists before this). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as yyyy-MM-dd"),
  dateline: z.string(),
  byline: z.string(),
  topics: stringList,
  places: stringList,
  people: stringList,
  organizations: stringList,
  source: z.string(),
  url: z.string().regex(SAFE_URL, "must be an http or https address"),
  image: z.string().regex(SAFE_IMAGE, "must be an http or https address or a path inside the site"),
  caption: z.string(),
  draft: z.boolean(),
};

export const FrontMatter = z.object(FrontMatterFields).partial().passthrough();

export type FrontMatter = z.infer<typeof FrontMatter>;
export const KNOWN_FRONT_MATTER_KEYS = Object.keys(FrontMatterFields);
