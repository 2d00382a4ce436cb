/**
 * Finds article files (.txt, .md) in any sub-folder, in a stable order.
 *
 * - Order: relative paths compared code unit by code unit after NFC
 *   normalisation, so the order (and so slug suffixes) is the same on every
 *   machine and file system, whatever the locale or how macOS spelled a name.
 * - Dotfiles and dot-folders are skipped (editor swap files, `.git`, `.DS_Store`).
 * - A symlink is read only when it leads to a file inside the articles
 *   folder; one leading outside is refused with an error, so an archive
 *   cannot be made to publish `/etc/passwd`. Symlinked folders are not
 *   followed (that could loop, or publish one article twice); a warning says so.
 * - A FIFO, socket or device with an article extension is refused: reading it
 *   would block forever.
 *
 * Problems are returned, not thrown: discovery never stops at one bad entry.
 */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { ReportEntry } from "../archive/report.ts";

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown"]);

export interface DiscoveredFile {
  /** Absolute path as found (a symlink stays the symlink's path). */
  absolute: string;
  /** Path relative to the articles folder, with forward slashes, as spelled on disk. */
  relative: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Entries that are refused (errors) or worth a note (warnings). */
  problems: ReportEntry[];
}

export function isArticleName(name: string): boolean {
  return !name.startsWith(".") && ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/** Stable, locale-free order of relative paths. */
export function comparePaths(a: string, b: string): number {
  const x = a.normalize("NFC");
  const y = b.normalize("NFC");
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function discover(articlesDir: string): Promise<Discovery> {
  const root = path.resolve(articlesDir);
  const files: DiscoveredFile[] = [];
  const problems: ReportEntry[] = [];
  const problem = (relative: string, rule: string, reason: string, severity: "error" | "warning" = "error") =>
    problems.push({ file: relative, line: 1, column: 1, rule, reason, severity });

  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (caught) {
    problem(".", "articles-folder", `The articles folder ${articlesDir} cannot be read (${codeOf(caught)})`);
    return { files, problems };
  }

  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (caught) {
      problem(relativeTo(root, dir) || ".", "unreadable-folder", `The folder cannot be read (${codeOf(caught)}); its articles are not published`);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const absolute = path.join(dir, entry.name);
      const relative = relativeTo(root, absolute);
      if (entry.isDirectory()) {
        await walk(absolute);
      } else if (entry.isSymbolicLink()) {
        await symlink(absolute, relative, entry.name);
      } else if (isArticleName(entry.name)) {
        if (entry.isFile()) files.push({ absolute, relative });
        else problem(relative, "not-a-file", "This is not a regular file (a FIFO, socket or device); it is not read");
      }
    }
  };

  const symlink = async (absolute: string, relative: string, name: string): Promise<void> => {
    let target: string;
    try {
      target = await realpath(absolute);
    } catch {
      if (isArticleName(name)) problem(relative, "broken-symlink", "This symlink leads nowhere (its target does not exist); nothing to publish");
      return;
    }
    const inside = target === realRoot || target.startsWith(realRoot + path.sep);
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) {
      if (!inside) problem(relative, "symlink-outside", "This symlink leads to a folder outside the articles folder; it is refused and not read");
      else problem(relative, "symlink-folder", "Symlinked folders are not followed; their articles are read from the real folder", "warning");
      return;
    }
    if (!isArticleName(name)) return;
    if (!inside) problem(relative, "symlink-outside", "This symlink leads outside the articles folder; it is refused and not read");
    else if (!info?.isFile()) problem(relative, "not-a-file", "This symlink does not lead to a regular file; it is not read");
    else files.push({ absolute, relative });
  };

  await walk(root);
  files.sort((a, b) => comparePaths(a.relative, b.relative));
  noteUnicodeTwins(files, problems);
  return { files, problems };
}

/** Absolute paths of the article files only (problems dropped); kept for callers that need no report. */
export async function discoverArticles(articlesDir: string): Promise<string[]> {
  return (await discover(articlesDir)).files.map((f) => f.absolute);
}

/** Two names that differ only in Unicode normalisation look identical to a reader: say so. */
function noteUnicodeTwins(files: DiscoveredFile[], problems: ReportEntry[]): void {
  const seen = new Map<string, string>();
  for (const f of files) {
    const key = f.relative.normalize("NFC");
    const twin = seen.get(key);
    if (twin === undefined) {
      seen.set(key, f.relative);
      continue;
    }
    problems.push({
      file: f.relative,
      line: 1,
      column: 1,
      rule: "file-name-unicode",
      reason: `This file name differs from \`${twin}\` only in Unicode normalisation (NFC/NFD); both are published`,
      severity: "warning",
    });
  }
}

function relativeTo(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join("/");
}

function codeOf(caught: unknown): string {
  return (caught as NodeJS.ErrnoException).code ?? (caught as Error).message;
}
