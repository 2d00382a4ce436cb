import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleFromBytes } from "../../src/ingest/read-article.ts";

const read = (text: string, name = "a.md") => articleFromBytes(Buffer.from(text), name);
const messages = (text: string) => read(text).messages.map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, fatal: m.fatal === true, reason: m.reason }));

describe("front matter", () => {
  it("should read YAML keys and blank the block so body positions stay true", () => {
    const file = read("---\ntitle: Storm hits coast\ndate: 2022-05-16\ntopics: [weather, climate]\n---\nBody text.\n");
    assert.deepEqual(file.data.frontMatter, { title: "Storm hits coast", date: "2022-05-16", topics: ["weather", "climate"] });
    assert.equal(String(file.value), "\n\n\n\n\nBody text.\n");
    assert.deepEqual(file.messages, []);
  });

  it("should refuse JavaScript front matter without running it", () => {
    (globalThis as Record<string, unknown>).pwned = false;
    const [m] = messages("---js\n{ title: (globalThis.pwned = true, 'x') }\n---\nBody\n");
    assert.equal(m?.rule, "executable-front-matter");
    assert.equal(m?.fatal, true);
    assert.equal((globalThis as Record<string, unknown>).pwned, false);
  });

  it("should refuse other front-matter languages", () => {
    assert.equal(messages("---toml\ntitle = 'x'\n---\nBody\n")[0]?.rule, "front-matter-language");
  });

  it("should give the line of a YAML syntax error", () => {
    const [m] = messages("---\ntitle: ok\nbyline: a: b\n---\nBody\n");
    assert.equal(m?.rule, "front-matter-yaml");
    assert.equal(m?.line, 3);
    assert.equal(m?.fatal, true);
  });

  it("should say what to fix for common YAML mistakes", () => {
    assert.match(messages("---\ntitle: a\ntitle: b\n---\nB\n")[0]?.reason ?? "", /the key `title` appears twice/);
    assert.match(messages("---\ntopics: [a, b\n---\nB\n")[0]?.reason ?? "", /a `\[` or `\{` is never closed/);
  });

  it("should refuse a front-matter block that is never closed", () => {
    assert.equal(messages("---\ntitle: x\nBody text\n")[0]?.rule, "front-matter-unclosed");
  });

  it("should warn about an unknown key at its line, keep it, and suggest a near known key", () => {
    const file = read("---\ntitle: x\nTitel: y\n---\nBody\n");
    assert.equal((file.data.frontMatter as Record<string, unknown>).Titel, "y");
    const [m] = file.messages;
    assert.equal(m?.ruleId, "front-matter-unknown-key");
    assert.equal(m?.line, 3);
    assert.match(m?.reason ?? "", /did you mean `title`/);
  });

  it("should warn about `date: tomorrow` at the value and ignore it", () => {
    const file = read("---\ntitle: x\n\ndate: tomorrow\n---\nBody\n");
    assert.equal(file.data.frontMatter?.date, undefined);
    assert.deepEqual(messages("---\ntitle: x\n\ndate: tomorrow\n---\nBody\n")[0], {
      rule: "front-matter-date",
      line: 4,
      column: 7,
      fatal: false,
      reason: 'Front-matter `date` "tomorrow" is not a calendar date (write it as yyyy-MM-dd); ignored',
    });
  });

  it("should warn about a date that does not exist, which YAML would roll over to March", () => {
    const file = read("---\ndate: 2023-02-30\n---\nBody\n");
    assert.equal(file.data.frontMatter?.date, undefined);
    assert.match(file.messages[0]?.reason ?? "", /2023-02-30 does not exist \(February 2023 has 28 days\)/);
    assert.match(messages("---\ndate: 2024-13-01\n---\nBody\n")[0]?.reason ?? "", /there is no month 13/);
  });

  it("should accept a date with a time, or spelled out, as the ISO day", () => {
    assert.equal(read("---\ndate: 2022-05-16T23:30:00-05:00\n---\nB\n").data.frontMatter?.date, "2022-05-16");
    assert.equal(read("---\ndate: 16 May 2022\n---\nB\n").data.frontMatter?.date, "2022-05-16");
    assert.equal(read("---\ndate: 'February 29, 2024'\n---\nB\n").data.frontMatter?.date, "2024-02-29");
  });

  it("should read text fields as written even when YAML typed them as numbers or dates", () => {
    const fm = read("---\ntitle: 1984\nbyline: 2022-01-01\ntopics: [2022, elections]\n---\nB\n").data.frontMatter;
    assert.deepEqual(fm, { title: "1984", byline: "2022-01-01", topics: ["2022", "elections"] });
  });

  it("should warn about a mistyped key and keep the others", () => {
    const file = read("---\ntitle: Kept\ndraft: maybe\nplaces: {a: 1}\n---\nB\n");
    assert.deepEqual(file.data.frontMatter, { title: "Kept" });
    assert.deepEqual(file.messages.map((m) => [m.ruleId, m.line]), [["front-matter-invalid", 3], ["front-matter-invalid", 4]]);
  });

  it("should drop javascript: and data: links", () => {
    const file = read("---\nurl: javascript:alert(1)\nimage: data:image/png;base64,xx\n---\nB\n");
    assert.deepEqual(file.data.frontMatter, {});
    assert.equal(file.messages.length, 2);
    assert.equal(read("---\nimage: ../../etc/passwd\n---\nB\n").data.frontMatter?.image, undefined);
    assert.equal(read("---\nimage: photos/storm.jpg\nurl: https://example.org/a\n---\nB\n").data.frontMatter?.image, "photos/storm.jpg");
  });

  it("should warn when a slug is not URL-safe", () => {
    const [m] = messages("---\nslug: ../../etc/x\n---\nB\n");
    assert.equal(m?.rule, "front-matter-slug");
    assert.match(m?.reason ?? "", /published as `etc-x`/);
  });

  it("should keep a `---` block that is not key: value pairs as text, and ignore an alias bomb", () => {
    const list = read("---\n- a\n- b\n---\nB\n");
    assert.equal(list.messages[0]?.ruleId, "front-matter-not-mapping");
    assert.equal(String(list.value), "---\n- a\n- b\n---\nB\n", "the lines are kept as text");
    const bomb = ["---", "a: &a [x, x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]", "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]", "---", "B", ""].join("\n");
    assert.equal(messages(bomb)[0]?.rule, "front-matter-too-large");
  });

  it("should not let a __proto__ key reach the front matter's prototype", () => {
    const file = read("---\n__proto__: {polluted: true}\ntitle: x\n---\nB\n");
    assert.equal((file.data.frontMatter as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("should refuse a file that is only front matter, pointing at the end of the block", () => {
    const [m] = messages("---\ntitle: Only\n---\n\n");
    assert.equal(m?.rule, "no-body");
    assert.equal(m?.line, 3);
  });
});
