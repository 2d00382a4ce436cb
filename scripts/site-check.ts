/**
 * `npm run site:check -- --site DIR [--prefix /px/] [--sample N|all] [--artifacts DIR] [--no-links] [--only STAGE,...]`
 *
 * Proves a built site the way tests/browser/site.test.ts proves the fixture
 * archive, on any build (the BBC development corpus, a newsroom's archive):
 * serves DIR under the prefix it was built with, runs the reader journeys,
 * axe-core (WCAG 2.2 AA) on one or more pages of every page kind in light
 * mode (and dark mode for the main kinds), checks phone width for sideways
 * scrolling, html-validate on every picked page plus a sample, a scan of
 * every page for leaked `undefined`/`NaN`/`[object Object]`, the sitemap,
 * feeds, canonical URLs and JSON-LD under the prefix, and linkinator over
 * the whole site (and pages no link reaches). Writes screenshots of each
 * page kind (desktop and phone) and report.md / report.json to the artifacts folder
 * (test-artifacts/<site folder name without "-site"> by default). Exits 1
 * when any check fails.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchChromium, chromiumMissing, runAxe, serveSite, sidewaysOverflow, checkLinks, validateFiles, type LinkReport } from "../tests/browser/site-tools.ts";
import { checkPublished, type PublishedReport } from "./site-check-feeds.ts";
import { runJourneys, type Step } from "./site-check-journey.ts";
import { scanSite, type PickedPage } from "./site-check-pages.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    prefix: { type: "string", default: "/" },
    sample: { type: "string", default: "300" },
    artifacts: { type: "string" },
    "no-links": { type: "boolean", default: false },
    only: { type: "string" },
  },
});
/**
 * Stages to run: kinds (axe, screenshots, phone width), journeys, validate, leaks,
 * published (sitemap, feeds, canonical URLs, JSON-LD), links. `--only journeys,links` runs some.
 */
const STAGES = new Set((values.only ?? "kinds,journeys,validate,leaks,published,links").split(","));
if (values["no-links"]) STAGES.delete("links");
if (!values.site) {
  process.stderr.write("Usage: npm run site:check -- --site DIR [--prefix /px/] [--sample N|all] [--artifacts DIR] [--no-links] [--only kinds,journeys,validate,leaks,published,links]\n");
  process.exit(2);
}
const root = path.resolve(values.site);
const prefix = `/${values.prefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
const artifacts = path.resolve(values.artifacts ?? path.join("test-artifacts", path.basename(root).replace(/-site$/, "") || "site"));
/** The main kinds are also checked in dark mode (colour contrast differs). */
const DARK_KINDS = new Set(["home", "article", "places", "place", "person", "search"]);
const PART = 1500;

interface KindResult extends PickedPage {
  screenshot: string;
  phoneScreenshot: string;
  axe: string[];
  axeDark: string[] | null;
  phoneOverflow: number;
  /** Elements wider than the phone viewport, when the page scrolls sideways. */
  overflowing: string[];
  validation: string[];
  status: number;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

await mkdir(artifacts, { recursive: true });
log(`site:check ${root} under ${prefix} → ${path.relative(process.cwd(), artifacts)}/`);
const scan = await scanSite(root);
log(`${scan.htmlFiles.length} HTML pages, ${scan.articles.length} articles; ${scan.pages.length} pages picked across ${new Set(scan.pages.map((p) => p.kind)).size} kinds`);

const server = await serveSite(root, prefix);
const browser = await launchChromium();
const kinds: KindResult[] = [];
let steps: Step[] = [];
try {
  if (!browser) log(`browser checks skipped: ${chromiumMissing}`);
  else {
    const desktop = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const p of STAGES.has("kinds") ? scan.pages : []) {
      const response = await desktop.goto(server.url(p.url));
      const screenshot = path.join(artifacts, `${p.kind}.png`);
      await fullScreenshot(desktop, screenshot);
      const axe = await runAxe(desktop, server.axeUrl);
      let axeDark: string[] | null = null;
      if (DARK_KINDS.has(p.kind)) {
        await desktop.emulateMedia({ colorScheme: "dark" });
        await desktop.reload();
        await fullScreenshot(desktop, path.join(artifacts, `${p.kind}-dark.png`));
        axeDark = await runAxe(desktop, server.axeUrl);
        await desktop.emulateMedia({ colorScheme: "light" });
      }
      await phone.goto(server.url(p.url));
      const phoneScreenshot = path.join(artifacts, `${p.kind}-phone.png`);
      await fullScreenshot(phone, phoneScreenshot);
      const phoneOverflow = await sidewaysOverflow(phone);
      const overflowing = phoneOverflow > 0 ? await widest(phone) : [];
      kinds.push({ ...p, screenshot, phoneScreenshot, axe, axeDark, phoneOverflow, overflowing, validation: [], status: response?.status() ?? 0 });
      log(`${p.kind.padEnd(26)} ${p.url} axe ${axe.length}${axeDark ? `/${axeDark.length} dark` : ""}, phone overflow ${phoneOverflow}px`);
    }
    await desktop.close();
    await phone.close();
    if (STAGES.has("journeys")) steps = await runJourneys(browser, server, scan, artifacts);
    for (const s of steps) log(`${s.ok ? "ok  " : "FAIL"} ${s.name}: ${s.detail}`);
  }

  // Validation: every picked page, plus an even spread over the rest of the site.
  const fileOf = (url: string) => (url === "/no-such-page/" ? "404.html" : `${url.slice(1)}index.html`);
  const picked = new Set(scan.pages.map((p) => fileOf(p.url)));
  const pickedErrors: string[] = [];
  for (const file of STAGES.has("validate") ? picked : []) {
    const errors = await validateFiles(root, [file]);
    pickedErrors.push(...errors);
    for (const k of kinds) if (fileOf(k.url) === file) k.validation = errors;
  }
  const rest = scan.htmlFiles.filter((f) => !picked.has(f));
  const sampleSize = !STAGES.has("validate") ? 0 : values.sample === "all" ? rest.length : Math.min(rest.length, Number(values.sample));
  const sample = rest.filter((_, i) => sampleSize > 0 && i % Math.max(1, Math.floor(rest.length / sampleSize)) === 0).slice(0, sampleSize);
  const sampleErrors = await validateFiles(root, sample);
  log(`html-validate: ${picked.size} picked pages and ${sample.length} sampled, ${pickedErrors.length + sampleErrors.length} errors`);

  const leaks = STAGES.has("leaks") ? await scanLeaks(scan.htmlFiles) : [];
  if (STAGES.has("leaks")) log(`leaked placeholders: ${leaks.length}`);

  const published: PublishedReport | null = STAGES.has("published") ? await checkPublished(root, scan.htmlFiles, scan.files) : null;
  if (published) log(`published URLs: ${Object.entries(published.checked).map(([k, n]) => `${n} ${k}`).join(", ")}; ${published.problems.length} problems`);

  let links: LinkReport | null = null;
  let orphans: string[] = [];
  if (STAGES.has("links")) {
    log("linkinator: crawling the whole site (several minutes on a big archive)…");
    links = await checkLinks(server.base, 16);
    log(`linkinator: ${links.ok} links OK, ${links.broken.length} broken, ${links.skipped} external skipped`);
    // A page no link reaches is stale (left by an earlier build into the same folder) or lost to readers.
    const reached = new Set(links.reached.map((u) => decodeURIComponent(new URL(u).pathname)));
    orphans = scan.htmlFiles
      .filter((f) => f !== "404.html")
      .map((f) => `${prefix}${f.replace(/(^|\/)index\.html$/, "$1")}`)
      .filter((u) => !reached.has(u));
    log(`pages no link reaches: ${orphans.length}`);
  }

  // Picked pages' errors are listed per kind when the kinds stage ran, else with the sample.
  const failed = await writeReport(kinds, steps, sample.length, kinds.length ? sampleErrors : [...pickedErrors, ...sampleErrors], leaks, published, links, orphans);
  process.exitCode = failed ? 1 : 0;
} finally {
  await browser?.close();
  await server.close();
}

/**
 * Full-page screenshot in parts of 1500 px (file.png, file-2.png, file-3.png), so
 * each part can be looked at unscaled; the longest pages are cut after three.
 */
async function fullScreenshot(page: import("playwright-core").Page, file: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 1200;
  for (let part = 0; part < 3 && part * PART < height; part++) {
    const name = part ? file.replace(/\.png$/, `-${part + 1}.png`) : file;
    await page.screenshot({ path: name, fullPage: true, clip: { x: 0, y: part * PART, width, height: Math.min(PART, height - part * PART) } });
  }
}

/** The elements that stick out past the viewport's right edge, as short selectors. */
function widest(page: import("playwright-core").Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.right <= limit + 1 || r.width === 0) continue;
      const parent = el.parentElement;
      if (parent && parent.getBoundingClientRect().right > limit + 1) continue;
      out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} (${Math.round(r.right - limit)}px): ${(el.textContent ?? "").trim().slice(0, 60)}`);
    }
    return out.slice(0, 10);
  });
}

/** Template values that reached the page unset: `undefined`, `NaN`, `[object Object]`, `Invalid Date` as text or attribute. */
async function scanLeaks(files: string[]): Promise<string[]> {
  const pattern = /\[object Object\]|Invalid Date|>\s*(?:undefined|null|NaN)\s*<|="(?:undefined|null|NaN)"|\bNaN\b/g;
  const found: string[] = [];
  for (const file of files) {
    const html = await readFile(path.join(root, file), "utf8");
    for (const m of html.matchAll(pattern)) found.push(`${file}: ${html.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20).replace(/\s+/g, " ")}`);
  }
  return found;
}

async function writeReport(kinds: KindResult[], steps: Step[], sampled: number, sampleErrors: string[], leaks: string[], published: PublishedReport | null, links: LinkReport | null, orphans: string[]): Promise<boolean> {
  const rel = (f: string) => path.relative(process.cwd(), f);
  const kindRows = kinds.map(
    (k) =>
      `| ${k.kind} | \`${k.url}\` | ${k.status} | ${k.axe.length}${k.axeDark ? ` / ${k.axeDark.length}` : ""} | ${k.validation.length} | ${k.phoneOverflow > 0 ? `${k.phoneOverflow}px` : "none"} | ${rel(k.screenshot)}, ${rel(k.phoneScreenshot)} |`,
  );
  const details = kinds.flatMap((k) => [
    ...k.axe.map((v) => `- ${k.kind} axe: ${v}`),
    ...(k.axeDark ?? []).map((v) => `- ${k.kind} axe (dark): ${v}`),
    ...k.validation.map((v) => `- ${k.kind} html-validate: ${v}`),
    ...k.overflowing.map((v) => `- ${k.kind} phone overflow: ${v}`),
  ]);
  const notFoundOk = kinds.every((k) => k.kind !== "not-found" || k.status === 404);
  const badStatus = kinds.filter((k) => k.kind !== "not-found" && k.status !== 200);
  const failures =
    details.length + steps.filter((s) => !s.ok).length + sampleErrors.length + leaks.length + (published?.problems.length ?? 0) + (links?.broken.length ?? 0) + orphans.length + badStatus.length + (notFoundOk ? 0 : 1);
  const md = [
    `# site:check ${root} under ${prefix}`,
    "",
    `${scan.htmlFiles.length} HTML pages, ${scan.articles.length} articles. ${failures ? `**${failures} problems.**` : "No problems."}`,
    "",
    "## Page kinds",
    "",
    "Axe: WCAG 2.2 AA violations (light / dark). Validation: html-validate errors. Phone: sideways scroll at 390 px.",
    "",
    "| kind | URL | HTTP | axe | validation | phone | screenshots |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...kindRows,
    "",
    ...details,
    "",
    "## Journeys",
    "",
    ...steps.map((s) => `- ${s.ok ? "ok" : "**FAIL**"} ${s.name}: ${s.detail}`),
    "",
    "## Whole site",
    "",
    `- html-validate on ${sampled} further pages (an even spread): ${sampleErrors.length} errors`,
    ...sampleErrors.slice(0, 50).map((e) => `  - ${e}`),
    `- leaked placeholders (undefined, NaN, [object Object]) in ${scan.htmlFiles.length} pages: ${leaks.length}`,
    ...leaks.slice(0, 50).map((e) => `  - ${e}`),
    published
      ? `- sitemap, feeds, canonical URLs and JSON-LD under the prefix (${Object.entries(published.checked).map(([k, n]) => `${n} ${k}`).join(", ")}): ${published.problems.length} problems`
      : "- sitemap, feeds, canonical URLs and JSON-LD: not checked",
    ...(published?.problems.slice(0, 50).map((e) => `  - ${e}`) ?? []),
    links ? `- linkinator: ${links.ok} links OK, ${links.broken.length} broken, ${links.skipped} external links not fetched` : "- linkinator: not run",
    ...(links?.broken.slice(0, 100).map((e) => `  - ${e}`) ?? []),
    ...(links ? [`- pages no link reaches (stale from an earlier build, or orphaned): ${orphans.length}`, ...orphans.slice(0, 50).map((u) => `  - ${u}`)] : []),
    "",
  ].join("\n");
  await writeFile(path.join(artifacts, "report.md"), md);
  await writeFile(path.join(artifacts, "report.json"), JSON.stringify({ root, prefix, pages: scan.htmlFiles.length, articles: scan.articles.length, kinds, steps, sampled, sampleErrors, leaks, published, links: links && { ...links, reached: links.reached.length }, orphans, failures }, null, 2));
  log(`${failures} problems; report in ${rel(path.join(artifacts, "report.md"))}`);
  return failures > 0;
}
