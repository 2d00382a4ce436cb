/**
 * Runs the whole extraction pipeline over a few lines of text written for a
 * test, for the tests that check what one extractor makes of a sentence in
 * context (entities, wire copy).
 */
import { articleFromBytes } from "../../src/ingest/read-article.ts";
import { runPipeline } from "../../src/pipeline.ts";

/** The record data extraction writes for `text`, read as an article file named `name`. */
export function runText(text: string, name = "fixture.txt") {
  const file = articleFromBytes(Buffer.from(text), name);
  runPipeline(file);
  return file.data;
}

/** The names of the people, places and organizations extraction finds in `text`. */
export function entities(text: string): { people: string[]; places: string[]; organizations: string[] } {
  const data = runText(text);
  return {
    people: (data.people ?? []).map((e) => e.name),
    places: (data.places ?? []).map((e) => e.name),
    organizations: (data.organizations ?? []).map((e) => e.name),
  };
}
