/**
 * Front matter accepted in article files (YAML only). Every key is optional;
 * what front matter says wins over what extraction infers. Unknown keys are
 * kept (passthrough) and warned about by ingest.
 */
import { z } from "zod";

const stringList = z.union([z.string().transform((s) => [s]), z.array(z.string())]);

export const FrontMatter = z
  .object({
    title: z.string().min(1),
    slug: z.string().min(1),
    /** ISO yyyy-MM-dd (YAML dates arrive as Date objects and are normalised by ingest). */
    date: z.string(),
    dateline: z.string(),
    byline: z.string(),
    topics: stringList,
    places: stringList,
    people: stringList,
    organizations: stringList,
    source: z.string(),
    url: z.string(),
    image: z.string(),
    caption: z.string(),
    draft: z.boolean(),
  })
  .partial()
  .passthrough();

export type FrontMatter = z.infer<typeof FrontMatter>;
export const KNOWN_FRONT_MATTER_KEYS = Object.keys(FrontMatter.shape);
