/**
 * Hostile input, without a browser: the XSS payloads of payloads.json go into
 * article text, front matter, quotes, speaker names, captions and file names;
 * the archive is built through the pipeline and then through Eleventy, and
 * the written HTML is scanned. No payload may become markup (a tag, an event
 * attribute, a `javascript:` link, a script that closes early), no template
 * syntax may be evaluated, and the words stay on the page as text.
 *
 * The browser test (tests/browser/) proves the same by running the pages;
 * this one is the fast check that runs everywhere.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildArchive, type Archive } from "../../src/archive/build-archive.ts";
import type { ArticleRecord } from "../../src/record/schema.ts";
import { buildSite } from "../../src/site/eleventy-run.ts";

interface Payload {
  id: string;
  payload: string;
}

const PAYLOADS = (JSON.parse(readFileSync(path.resolve("tests/hostile/payloads.json"), "utf8")) as { payloads: Payload[] }).payloads;
const yaml = (s: string) => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar

/** One .md article per payload with it in every front-matter key, and .txt articles with it in text, quotes and captions. */
function writeArticles(dir: string): void {
  PAYLOADS.forEach(({ payload: p }, i) => {
    const front = ["title", "byline", "dateline", "source", "caption", "image", "url", "slug"].map((k) => `${k}: ${yaml(p)}`);
    const lists = ["topics", "places", "people", "organizations"].map((k) => `${k}: [${yaml(p)}]`);
    writeFileSync(
      path.join(dir, `fm-${String(i).padStart(2, "0")}.md`),
      `---\n${[...front, ...lists].join("\n")}\n---\nHarbour officials met on Monday to discuss ${p} after the storm.\n\n"${p} is not acceptable," said Maria Lopez, the harbour master.\n`,
    );
    writeFileSync(
      path.join(dir, `text-${String(i).padStart(2, "0")}.txt`),
      [
        `Storm ${p} hits harbour`,
        `PORT ELLIS (Reuters) - The storm damaged the outer wall, officials said.`,
        `"We will rebuild ${p}," said John Okafor, the mayor.`,
        `${p}, he added, "is ${p}."`,
        `A school damaged by the storm in the harbour district. Photo: ${p}/Reuters`,
      ].join("\n\n"),
    );
    // A file name may hold any byte but "/" and NUL.
    writeFileSync(path.join(dir, `name ${p.replace(/[/\0]/g, "_").slice(0, 150)}.txt`), `Harbour reopens\n\nThe harbour reopened on Friday.\n`);
  });
}

/** Every free-text field of a record gets a payload: what extraction might one day put there, the templates must escape. */
function poisonRecords(archive: Archive): Archive {
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!.payload;
  const records: ArticleRecord[] = archive.records.map((r, i) => ({
    ...r,
    byline: p(i + 1),
    dateline: { place: p(i + 2), date: r.dateline?.date ?? null, agency: p(i + 3), raw: p(i + 4) },
    quotes: [...r.quotes, { text: p(i + 5), speaker: p(i + 6), kind: "direct", paragraph: 0, cue: p(i + 7), role: p(i + 8) }],
    captions: [...r.captions, { text: p(i + 9), credit: p(i + 10), paragraph: 0 }],
    sources: [...r.sources, { name: p(i + 11), kind: "person", channel: p(i + 12), paragraph: 0, note: p(i + 13) }],
    people: [...r.people, { id: `poison-person-${i % 4}`, name: p(i + 14), aliases: [p(i + 15)], mentions: 1, roles: [p(i + 16)] }],
    organizations: [...r.organizations, { id: `poison-org-${i % 4}`, name: p(i + 17), aliases: [], mentions: 1 }],
    places: [...r.places, { id: `poison-place-${i % 4}`, name: p(i + 18), aliases: [], mentions: 1, lat: null, lon: null, country: null }],
    topics: [...r.topics, { id: `poison-topic-${i % 4}`, label: p(i + 19), scheme: "front-matter" }],
    keyphrases: [p(i + 20)],
    meta: { ...r.meta, source: p(i + 21), caption: p(i + 22) },
  }));
  return { ...archive, records };
}

interface Page {
  file: string;
  html: string;
}

let pages: Page[] = [];
let written: string[] = [];
let archive: Archive;
let root: string;

before(async () => {
  root = mkdtempSync(path.join(tmpdir(), "clippings-hostile-"));
  const articlesDir = path.join(root, "articles");
  const outDir = path.join(root, "site");
  mkdirSync(articlesDir);
  writeArticles(articlesDir);
  archive = await buildArchive(articlesDir);
  const site = await buildSite({ articlesDir, outDir, archive: poisonRecords(archive), search: false });
  written = site.written;
  pages = site.written.filter((f) => f.endsWith(".html")).map((file) => ({ file, html: readFileSync(path.join(outDir, file), "utf8") }));
});

after(() => rmSync(root, { recursive: true, force: true }));

/** Real tags of a page: escaped text has `&lt;`, so every `<name` left is markup the templates wrote. */
function tags(html: string): { name: string; attrs: [string, string][]; raw: string; index: number }[] {
  const out: { name: string; attrs: [string, string][]; raw: string; index: number }[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attrs: [string, string][] = [];
    for (const a of (m[2] ?? "").matchAll(/([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) attrs.push([a[1]!.toLowerCase(), (a[2] ?? "").replace(/^["']|["']$/g, "")]);
    out.push({ name: m[1]!.toLowerCase(), attrs, raw: m[0], index: m.index ?? 0 });
  }
  return out;
}

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (e, code: string) => {
    if (code[0] === "#") return String.fromCodePoint(code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" } as Record<string, string>)[code.toLowerCase()] ?? e;
  });

describe("hostile input", () => {
  it("should publish every hostile article (nothing lost to an odd name or payload)", () => {
    const files = readdirSync(path.join(root, "articles"));
    assert.equal(archive.records.length + archive.failed.length, files.length);
    assert.deepEqual(archive.failed, []);
    assert.ok(pages.length > PAYLOADS.length, `${pages.length} pages written`);
  });

  it("should write one page per article and nothing outside the output folder, whatever the slugs say", () => {
    for (const r of archive.records) assert.ok(written.includes(`articles/${r.id}/index.html`), `a page for ${r.file}`);
    assert.ok(written.every((f) => !f.startsWith("..") && !path.isAbsolute(f)));
    assert.deepEqual(readdirSync(root).sort(), ["articles", "site"]);
  });

  it("should write no event attribute, no script URL and no injected element", () => {
    for (const { file, html } of pages) {
      for (const tag of tags(html)) {
        for (const [name, value] of tag.attrs) {
          assert.ok(!/^on/.test(name), `${file}: event attribute in ${tag.raw.slice(0, 200)}`);
          if (["href", "src", "action", "formaction", "xlink:href", "poster", "data"].includes(name)) {
            assert.ok(!/^\s*(javascript|data|vbscript):/i.test(decode(value)), `${file}: script URL in ${tag.raw.slice(0, 200)}`);
          }
        }
        if (tag.name === "meta" && tag.attrs.some(([n, v]) => n === "http-equiv" && /refresh/i.test(v))) {
          assert.ok(!/javascript:|xss-/i.test(decode(tag.raw)), `${file}: injected refresh ${tag.raw.slice(0, 200)}`);
        }
        assert.ok(!["iframe", "svg", "math", "details", "object", "embed"].includes(tag.name) || !tag.raw.includes("xss-"), `${file}: injected <${tag.name}>`);
        if (tag.name === "base") assert.ok(!tag.raw.includes("evil.example"), `${file}: injected <base>`);
      }
    }
  });

  it("should keep payloads out of script and style elements, JSON-LD included", () => {
    for (const { file, html } of pages) {
      for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
        const [, kind, attrs = "", body = ""] = m;
        if (/application\/ld\+json/i.test(attrs)) {
          // JSON-LD may carry the words, but never a `<` that could close the element early.
          assert.ok(!body.includes("<"), `${file}: raw < inside JSON-LD`);
          assert.doesNotThrow(() => JSON.parse(body), `${file}: JSON-LD parses`);
        } else {
          assert.ok(!body.includes("xss-"), `${file}: payload inside a <${kind}> element`);
        }
      }
      const scripts = tags(html).filter((t) => t.name === "script");
      for (const s of scripts) assert.ok(!s.raw.includes("xss-"), `${file}: injected ${s.raw.slice(0, 120)}`);
    }
  });

  it("should never evaluate template syntax found in an article", () => {
    for (const { file, html } of pages) {
      assert.ok(!/49xss-1[57]/.test(html), `${file}: {{ 7*7 }} was evaluated`);
      assert.ok(!html.includes("xss-16')()") || html.includes("range.constructor"), `${file}: SSTI payload was evaluated`);
    }
  });

  it("should show payloads in raw-text articles as text", () => {
    // The .txt articles: their text is shown as written (in .md, Markdown itself
    // decodes entities and turns `[x](y)` into a link's words, so it is not compared).
    const visible = pages.map(({ html }) => decode(html.replace(/<script[\s\S]*?<\/script>/gi, "").replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ")).join("\n");
    const shown = (text: string) => visible.includes(text.replace(/\s+/g, " "));
    const missing = PAYLOADS.filter(({ payload }) => !shown(`Storm ${payload} hits harbour`)).map((p) => p.id);
    assert.deepEqual(missing, [], "payloads missing from the visible text");
  });
});
