/**
 * The mixed bad-input folder through the whole build, twice: every input
 * file is exactly one article page or an error entry in the build report
 * (the page-level form of the "nothing lost" invariant), and the two builds
 * write byte-identical output, report included.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildArchive, type Archive } from "../../src/archive/build-archive.ts";
import { reportJson, writeReport } from "../../src/archive/report.ts";
import { buildSite } from "../../src/site/eleventy-run.ts";
import { makeArchiveFolder } from "./mixed-folder.ts";

const REPORT = "build-report.json";
const articles = makeArchiveFolder();
const root = path.dirname(articles);
if (process.env.KEEP_BUILDS) console.log(root);
let first: { archive: Archive; files: Map<string, string> };
let second: { archive: Archive; files: Map<string, string> };

async function build(name: string) {
  const outDir = path.join(root, name);
  const archive = await buildArchive(articles);
  await buildSite({ articlesDir: articles, outDir, archive, search: false });
  await writeReport(path.join(outDir, REPORT), archive);
  const files = new Map<string, string>();
  for (const file of walk(outDir)) files.set(file, createHash("sha256").update(readFileSync(path.join(outDir, file))).digest("hex"));
  return { archive, files };
}

function walk(dir: string, sub = ""): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, rel) : [rel];
  });
}

before(async () => {
  first = await build("site-1");
  second = await build("site-2");
});
after(() => process.env.KEEP_BUILDS || rmSync(root, { recursive: true, force: true }));

describe("the whole build of a mixed folder", () => {
  it("should write one article page per published file and report every other file with an error", () => {
    const { archive, files } = first;
    for (const r of archive.records) assert.ok(files.has(`articles/${r.id}/index.html`), `a page for ${r.file}`);
    const report = JSON.parse(readFileSync(path.join(root, "site-1", REPORT), "utf8")) as ReturnType<typeof reportJson>;
    for (const failed of archive.failed) assert.ok(report.entries.some((e) => e.file === failed && e.severity === "error"), `${failed} is in the report`);
    assert.equal(archive.records.length + archive.failed.length, archive.files.length);
    assert.equal(report.summary.published + report.summary.failed, report.summary.files);
  });

  it("should write byte-identical output in two builds of the same input", () => {
    assert.deepEqual([...second.files.keys()].sort(), [...first.files.keys()].sort());
    const differing = [...first.files].filter(([file, hash]) => second.files.get(file) !== hash).map(([file]) => file);
    // Feeds of undated articles take a fixed time (src/site/feeds.ts, undatedTime), never the build's clock.
    assert.deepEqual(differing, []);
  });
});
