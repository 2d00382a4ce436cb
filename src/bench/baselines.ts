/**
 * The baselines Clippings is measured against, over the same articles:
 * plain Eleventy 3 rendering each article as a Markdown page with one layout
 * (no extraction, no index pages), and Hugo with tags and places taxonomies.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prng } from "./corpus.ts";

export interface BaselineArticle {
  name: string;
  category: string;
  text: string;
}

const PLACES = ["London", "Paris", "New York", "Tokyo", "Berlin", "Madrid", "Rome", "Sydney", "Moscow", "Beijing"];

/** Front matter stripped, headline split from body: the Markdown both baselines render. */
function toMarkdown(a: BaselineArticle): { title: string; body: string } {
  const text = a.text.replace(/^---\n[\s\S]*?\n---\n/, "");
  const [title = "Untitled", ...rest] = text.split(/\n\s*\n/);
  return { title: title.trim(), body: rest.join("\n\n") };
}

const yamlString = (s: string) => JSON.stringify(s);

export function writeEleventyProject(articles: BaselineArticle[], dir: string): void {
  mkdirSync(path.join(dir, "src/_includes"), { recursive: true });
  writeFileSync(
    path.join(dir, "src/_includes/article.njk"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n`,
  );
  writeFileSync(path.join(dir, "eleventy.config.mjs"), `export default function () { return { dir: { input: "src", output: "_site" } }; }\n`);
  articles.forEach((a, i) => {
    const { title, body } = toMarkdown(a);
    const file = path.join(dir, "src/articles", `${a.category}-${i}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\nlayout: article.njk\ntitle: ${yamlString(title)}\n---\n${body}\n`);
  });
}

export function writeHugoProject(articles: BaselineArticle[], dir: string, seed = 7): void {
  const random = prng(seed);
  mkdirSync(path.join(dir, "layouts/_default"), { recursive: true });
  writeFileSync(path.join(dir, "hugo.toml"), `baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["RSS"]\n[taxonomies]\n  tag = "tags"\n  place = "places"\n`);
  const page = (main: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>${main}</main></body></html>\n`;
  writeFileSync(path.join(dir, "layouts/_default/single.html"), page(`<h1>{{ .Title }}</h1>{{ .Content }}`));
  writeFileSync(path.join(dir, "layouts/_default/list.html"), page(`<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>`));
  writeFileSync(path.join(dir, "layouts/_default/terms.html"), page(`<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></li>{{ end }}</ul>`));
  writeFileSync(path.join(dir, "layouts/index.html"), page(`<h1>Home</h1>`));
  articles.forEach((a, i) => {
    const { title, body } = toMarkdown(a);
    const places = [PLACES[Math.floor(random() * PLACES.length)]!, PLACES[Math.floor(random() * PLACES.length)]!];
    const file = path.join(dir, "content/articles", `${a.category}-${i}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: ${yamlString(title)}\ntags: [${yamlString(a.category)}]\nplaces: [${places.map(yamlString).join(", ")}]\n---\n${body}\n`);
  });
}

/** Reads back a corpus folder as baseline articles (category = folder). */
export function readCorpus(files: string[], root: string): BaselineArticle[] {
  return files.map((f) => ({ name: path.relative(root, f), category: path.basename(path.dirname(f)), text: readFileSync(f, "utf8") }));
}
