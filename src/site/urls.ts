/**
 * Every URL of the site is computed here, from slugs the archive made
 * (never from article metadata as written), and checked: an Eleventy
 * permalink such as `../../x` would be written outside the output folder
 * without a warning (DESIGN.md, known traps).
 */
import path from "node:path";

const SAFE_URL = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*(?:[a-z0-9]+(?:[-.][a-z0-9]+)*)?$/;

export class UnsafeUrlError extends Error {}

/** Throws when a site-relative URL could escape the output folder or is not a plain slug path. */
export function checkUrl(url: string): string {
  if (!SAFE_URL.test(url)) throw new UnsafeUrlError(`Refusing URL "${url}": only lower-case slug segments are allowed`);
  return url;
}

/** Where Eleventy should write a URL: a folder URL gets index.html. */
export function permalinkOf(url: string): string {
  checkUrl(url);
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** Throws unless `file` (absolute, or relative to the working directory) resolves inside `outDir`. */
export function assertInside(outDir: string, file: string): void {
  const root = path.resolve(outDir);
  const target = path.resolve(file);
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new UnsafeUrlError(`Output path ${file} lies outside the output folder ${root}`);
  }
}

export const urls = {
  home: "/",
  article: (id: string) => checkUrl(`/articles/${id}/`),
  record: (id: string) => checkUrl(`/articles/${id}.json`),
  search: "/search/",
  downloads: "/downloads/",
};

/** `/topics/`, `/topics/page/2/`: page 1 is the bare index URL. */
export function paged(base: string, page: number): string {
  return checkUrl(page <= 1 ? base : `${base}page/${page}/`);
}

/** Site-relative URL → absolute URL under the origin and path prefix (canonical, feeds, JSON-LD). */
export function absoluteUrl(origin: string, pathPrefix: string, url: string): string {
  return new URL(pathPrefix.replace(/\/$/, "") + url, origin).href;
}
