/**
 * Slugs: stable, unique, URL-safe. An article's id comes from its front-matter
 * `slug`, else from its file path — never from extracted fields, so URLs do not
 * change when extraction improves.
 */

/** Lower-case ASCII words joined by hyphens; accents folded, everything else dropped. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** The id an article asks for: front-matter slug, else its path without extension. */
export function articleSlug(relativePath: string, frontMatterSlug?: string): string {
  const fromMatter = frontMatterSlug ? slugify(frontMatterSlug) : "";
  if (fromMatter) return fromMatter;
  const withoutExt = relativePath.replace(/\.[^./]+$/, "");
  return slugify(withoutExt.split("/").join(" ")) || "article";
}
