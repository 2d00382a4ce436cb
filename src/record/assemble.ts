/**
 * file.data → ArticleRecord. Front matter wins over inference, and
 * `provenance` says which of the two each field came from.
 */
import type { VFile } from "vfile";
import { articleSlug, slugify } from "./slug.ts";
import type { ArticleRecord, Entity, Paragraph, ParagraphRole, Provenance, Topic, Warning } from "./schema.ts";
import "../types.ts";

export function assembleRecord(file: VFile): ArticleRecord {
  const d = file.data;
  const fm = d.frontMatter ?? {};
  const blocks = d.blocks ?? [];
  const provenance: Record<string, Provenance> = {};

  const roles = new Map<number, ParagraphRole>();
  for (const i of d.fragments ?? []) roles.set(i, "fragment");
  for (const c of d.captions ?? []) roles.set(c.paragraph, "caption");
  if (d.byline?.paragraph != null) roles.set(d.byline.paragraph, "byline");
  if (d.dateline?.paragraph != null) roles.set(d.dateline.paragraph, "dateline");
  if (d.headline?.paragraph != null) roles.set(d.headline.paragraph, "headline");
  const paragraphs: Paragraph[] = blocks.map((b) => ({ index: b.index, text: b.text, role: roles.get(b.index) ?? "body", line: b.line }));

  const headline = d.headline ?? { text: "Untitled", source: "derived" as const, paragraph: null };
  provenance.title = headline.source === "front-matter" ? "front-matter" : headline.source === "first-line" ? "extracted" : "derived";

  const date = d.articleDate ?? { value: null, source: "none" as const };
  provenance.date = date.source === "front-matter" ? "front-matter" : date.source === "dateline" ? "extracted" : date.source === "file-name" ? "file-name" : "none";

  const { paragraph: _dp, ...dateline } = d.dateline ?? { paragraph: null };
  provenance.dateline = fm.dateline ? "front-matter" : d.dateline ? "extracted" : "none";
  provenance.byline = fm.byline ? "front-matter" : d.byline ? "extracted" : "none";

  const people = withGiven(d.people ?? [], fm.people, "people", provenance);
  const places = withGiven(d.places ?? [], fm.places, "places", provenance).map((p) => ({ ...p, lat: p.lat ?? null, lon: p.lon ?? null, country: p.country ?? null }));
  const organizations = withGiven(d.organizations ?? [], fm.organizations, "organizations", provenance);
  const topics = withGivenTopics(d.topics ?? [], fm.topics, provenance);

  return {
    id: articleSlug(d.relativePath ?? file.basename ?? "article", fm.slug),
    file: d.relativePath ?? file.path,
    title: headline.text,
    date: date.value,
    dateline: d.dateline ? (dateline as ArticleRecord["dateline"]) : null,
    byline: d.byline?.text ?? null,
    paragraphs,
    quotes: d.quotes ?? [],
    sources: d.sources ?? [],
    captions: d.captions ?? [],
    people,
    places,
    organizations,
    topics,
    warnings: warningsOf(file),
    provenance,
    meta: {
      url: fm.url ?? null,
      source: fm.source ?? null,
      image: fm.image ?? null,
      caption: fm.caption ?? null,
      draft: fm.draft ?? false,
    },
    keyphrases: d.keyphrases ?? [],
    hash: d.hash ?? "",
  };
}

/** Front-matter names are added to (and counted with) the extracted ones. */
function withGiven<T extends Entity>(found: T[], given: string[] | undefined, field: string, provenance: Record<string, Provenance>): T[] {
  if (!given?.length) {
    provenance[field] = found.length ? "extracted" : "none";
    return found;
  }
  provenance[field] = "front-matter";
  const out = [...found];
  for (const name of given) {
    const id = slugify(name);
    if (!out.some((e) => e.id === id || e.name === name)) out.push({ id, name, aliases: [], mentions: 0 } as unknown as T);
  }
  return out;
}

function withGivenTopics(found: Topic[], given: string[] | undefined, provenance: Record<string, Provenance>): Topic[] {
  if (!given?.length) {
    provenance.topics = found.length ? "extracted" : "none";
    return found;
  }
  provenance.topics = "front-matter";
  const fromMatter: Topic[] = given.map((label) => ({ id: slugify(label), label, scheme: "front-matter", score: 1, parent: null }));
  return [...fromMatter, ...found.filter((t) => !fromMatter.some((g) => g.label.toLowerCase() === t.label.toLowerCase()))];
}

export function warningsOf(file: VFile): Warning[] {
  return file.messages.map((m) => ({
    line: m.line ?? 0,
    column: m.column ?? 0,
    rule: m.ruleId ?? "unknown",
    reason: m.reason,
    severity: m.fatal === true ? "error" : "warning",
  }));
}
