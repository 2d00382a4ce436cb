/**
 * schema.org NewsArticle JSON-LD for an article page. Serialised with
 * JSON.stringify and `<` escaped as \u003c, so no article text can close the
 * <script> element it is printed in (DESIGN.md, known traps).
 */
import type { ArticleRecord } from "../record/schema.ts";
import type { ArticleView } from "./data.ts";
import type { SiteSettings } from "./settings.ts";

export function articleJsonLd(r: ArticleRecord, view: ArticleView, settings: SiteSettings, abs: (url: string) => string): string {
  const thing = (type: string) => (l: { name: string; url: string }) => ({ "@type": type, name: l.name, url: abs(l.url) });
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: r.title.slice(0, 110),
    url: view.canonical,
    mainEntityOfPage: view.canonical,
    inLanguage: settings.language,
    isAccessibleForFree: true,
    publisher: { "@type": "Organization", name: settings.title, url: abs("/") },
  };
  if (r.date) data.datePublished = r.date;
  if (r.byline) data.author = { "@type": "Person", name: r.byline.replace(/^by\s+/i, "") };
  if (r.dateline) data.dateline = r.dateline.raw;
  if (view.places.length) data.contentLocation = view.places.map(thing("Place"));
  if (view.topics.length) data.about = view.topics.map(thing("Thing"));
  const mentions = [...view.people.map(thing("Person")), ...view.organizations.map(thing("Organization"))];
  if (mentions.length) data.mentions = mentions;
  if (view.summary) data.description = view.summary;
  if (view.image) data.image = view.image;
  if (view.sourceUrl) data.isBasedOn = view.sourceUrl;
  return safeJson(data);
}

/** JSON safe to print inside <script>: `<` (and the line separators JS once choked on) escaped. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
