/**
 * Site settings: one file, `site.config.json` at the repository root,
 * validated at the boundary. The CLI may override the path prefix
 * (`--path-prefix`) for a deployment under a sub-folder.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const SiteSettings = z.object({
  title: z.string().min(1),
  description: z.string().default(""),
  /** Scheme and host only ("https://example.org"): the path prefix is added separately. */
  origin: z.url().transform((u) => new URL(u).origin),
  /** BCP 47 language tag of the archive's pages. */
  language: z.string().min(2).default("en"),
  /** IANA zone the archive's dates are shown in ("Europe/London"). */
  timeZone: z.string().refine(isTimeZone, "not an IANA time zone").default("UTC"),
  pathPrefix: z.string().default("/").transform(normalizePrefix),
  pageSize: z.number().int().positive().default(20),
  feedSize: z.number().int().positive().default(50),
  author: z.string().default("Clippings"),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

export const SETTINGS_FILE = "site.config.json";

export function loadSettings(file = path.resolve(SETTINGS_FILE), overrides: Partial<Record<keyof SiteSettings, unknown>> = {}): SiteSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (caught) {
    throw new Error(`Cannot read site settings ${file}: ${(caught as Error).message}`);
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const result = SiteSettings.safeParse({ ...(raw as object), ...defined });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Site settings ${file} are invalid: ${problems}`);
  }
  return result.data;
}

/** "/", "/archive/", "/a/b/": always leading and trailing slash, no dot segments. */
export function normalizePrefix(prefix: string): string {
  const parts = prefix.split("/").filter(Boolean);
  if (parts.some((p) => p === "." || p === ".." || !/^[A-Za-z0-9._~-]+$/.test(p))) {
    throw new Error(`Path prefix "${prefix}" must be plain URL path segments`);
  }
  return parts.length ? `/${parts.join("/")}/` : "/";
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
