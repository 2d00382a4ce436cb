/**
 * Builds the fixture archive (tests/build/fixtures/archive.json: invented
 * articles covering a full record, an undated bare one and hostile markup)
 * once per process, so the build test and the browser tests share one output.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Archive } from "../../src/archive/build-archive.ts";
import { configureSite } from "../../src/site/context.ts";
import { buildSite, type SiteBuildResult } from "../../src/site/eleventy-run.ts";

export const FIXTURES = path.resolve("tests/build/fixtures");

export interface BuiltSite extends SiteBuildResult {
  outDir: string;
  pathPrefix: string;
  read(url: string): Promise<string>;
}

const builds = new Map<string, Promise<BuiltSite>>();

export function buildFixtureSite(pathPrefix = "/", search = true): Promise<BuiltSite> {
  const key = `${pathPrefix}|${search}`;
  let build = builds.get(key);
  if (!build) builds.set(key, (build = doBuild(pathPrefix, search)));
  return build;
}

async function doBuild(pathPrefix: string, search: boolean): Promise<BuiltSite> {
  const archive = JSON.parse(await readFile(path.join(FIXTURES, "archive.json"), "utf8")) as Archive;
  const outDir = await mkdtemp(path.join(os.tmpdir(), "clippings-site-"));
  configureSite({ settingsFile: path.join(FIXTURES, "site.config.json") });
  const result = await buildSite({ articlesDir: FIXTURES, outDir, pathPrefix, archive, search });
  return {
    ...result,
    outDir,
    pathPrefix,
    read: (url: string) => readFile(path.join(outDir, url.endsWith("/") ? `${url}index.html` : url), "utf8"),
  };
}
