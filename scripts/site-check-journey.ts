/**
 * The reader's journeys of `site:check`, written against the templates'
 * structure rather than a known archive: home → topic → article → speaker →
 * place and back; search by a quoted phrase and by place; dark mode and
 * print. Each returns a list of steps, failed ones carrying the reason, so
 * one broken step does not hide the others.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { SiteServer } from "../tests/browser/site-tools.ts";
import type { ArticleFacts, SiteScan } from "./site-check-pages.ts";

export interface Step {
  name: string;
  ok: boolean;
  detail: string;
}

/** Pushes its steps into `steps` as it goes, so the ones done before an exception are kept. */
type Journey = (page: Page, site: SiteServer, scan: SiteScan, artifacts: string, steps: Step[]) => Promise<void>;

/** Runs each journey in its own page; an exception ends that journey as one failed step. */
export async function runJourneys(browser: Browser, site: SiteServer, scan: SiteScan, artifacts: string): Promise<Step[]> {
  const steps: Step[] = [];
  for (const [name, journey] of [["reader", readerJourney], ["search", searchJourney], ["dark-and-print", darkAndPrint]] as [string, Journey][]) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(20_000);
    try {
      await journey(page, site, scan, artifacts, steps);
    } catch (error) {
      steps.push({ name: `${name}: unfinished at ${pathOf(page)}`, ok: false, detail: (error as Error).message.split("\n").slice(0, 2).join(" ") });
    } finally {
      await page.close();
    }
  }
  return steps;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

function step(name: string, ok: boolean, detail: string): Step {
  return { name, ok, detail };
}

const readerJourney: Journey = async (page, site, scan, _artifacts, steps) => {
  const good = new Map(scan.articles.filter((a) => a.hasSaidBy && a.places.length).map((a) => [site.url(a.url), a]));
  await page.goto(site.url("/"));
  // The home's topic chips, in order; the first whose listing (page 1) has an article with a linked speaker and place.
  const topics = await page.locator(".home-panels section").first().locator("ul.chips a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  steps.push(step("home lists leading topics", topics.length > 0, `${topics.length} topic links`));
  let chosen: { topic: string; article: ArticleFacts } | null = null;
  for (const topic of topics) {
    await page.goto(topic);
    const links = await page.locator(".article-list h3 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const hit = links.find((l) => good.has(l));
    if (hit) {
      chosen = { topic, article: good.get(hit)! };
      break;
    }
  }
  if (!chosen) return void steps.push(step("a topic lists an article with a linked speaker and place", false, "none found on the first page of any home topic"));
  await page.goto(site.url("/"));
  await page.locator(`.home-panels a[href="${new URL(chosen.topic).pathname}"]`).first().click();
  await page.waitForURL(chosen.topic);
  steps.push(step("home → topic", true, `${pathOf(page)}: ${await page.locator("h1").textContent()}`));
  const articleHref = new URL(site.url(chosen.article.url)).pathname;
  await page.locator(`.article-list a[href="${articleHref}"]`).first().click();
  await page.waitForURL(`**${articleHref}`);
  steps.push(step("topic → article", (await page.locator("h1").textContent())?.trim() === chosen.article.title, `${pathOf(page)}: ${chosen.article.title}`));
  const speaker = page.locator("a.said-by").first();
  const speakerName = (await speaker.textContent())?.replace(/^quote by /, "").trim() ?? "";
  // Clicked at the chip's middle: Playwright's default point is the first box of the link, here its
  // 1-pixel visually hidden "quote by" text, which lies outside the chip.
  const box = await speaker.boundingBox();
  await speaker.click(box ? { position: { x: box.width / 2, y: box.height / 2 } } : {});
  await page.waitForURL(/\/(people|organizations)\/[^/]+\/$/);
  const said = (await page.locator("#said").textContent().catch(() => "")) ?? "";
  steps.push(step("article → speaker, with what they said", said.includes("said"), `${pathOf(page)}: ${said.trim() || "no #said section"} (link text ${speakerName})`));
  const back = page.locator(`.quote-list a[href="${articleHref}"], .article-list a[href="${articleHref}"]`).first();
  if (await back.count()) await back.click();
  else await page.goBack();
  await page.waitForURL(`**${articleHref}`);
  steps.push(step("speaker → article", true, pathOf(page)));
  await page.locator('.article-panels section[aria-labelledby="panel-place"] a').first().click();
  await page.waitForURL(/\/places\/[^/]+\/$/);
  const dots = await page.locator(".locator circle").count();
  steps.push(step("article → place, with a locator map", true, `${pathOf(page)}: ${dots} marker(s) on the locator map${dots ? "" : " (the gazetteer has no coordinates for it)"}`));
  await page.goBack();
  await page.waitForURL(`**${articleHref}`);
  steps.push(step("place → back to the article", true, pathOf(page)));
};

/** Words of a direct quote that make a phrase search can find: three to five plain words. */
function phraseOf(quote: string): string | null {
  const words = quote.split(/\s+/).filter(Boolean);
  for (let i = 0; i + 4 <= words.length; i++) {
    const run = words.slice(i, i + 4);
    if (run.every((w) => /^[A-Za-z]+$/.test(w)) && run.join("").length >= 14) return run.join(" ");
  }
  return null;
}

async function results(page: Page): Promise<{ status: string; urls: string[]; titles: string[] }> {
  await page.waitForFunction(() => {
    const s = document.getElementById("search-status")?.textContent ?? "";
    return s !== "" && s !== "Searching…";
  });
  return {
    status: (await page.locator("#search-status").textContent()) ?? "",
    urls: await page.locator("#results h3 a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    titles: await page.locator("#results h3").allTextContents(),
  };
}

const searchJourney: Journey = async (page, site, scan, artifacts, steps) => {
  const withPhrase = scan.articles.map((a) => ({ a, phrase: a.quotes.map(phraseOf).find(Boolean) })).find((x) => x.phrase);
  if (!withPhrase) return void steps.push(step("search by a quoted phrase", false, "no article has a direct quote of four plain words"));
  const { a, phrase } = withPhrase;
  await page.goto(site.url("/search/?q=" + encodeURIComponent(`"${phrase}"`)));
  const found = await results(page);
  const href = new URL(site.url(a.url)).pathname;
  steps.push(step("search finds an article by a quoted phrase", found.urls.includes(href), `"${phrase}" → ${found.status} (${a.url} ${found.urls.includes(href) ? "among them" : "missing"})`));
  await page.screenshot({ path: path.join(artifacts, "search-results.png") });

  // A place with several articles; a word from one of its headlines; the place filter must keep only its articles.
  const byPlace = new Map<string, ArticleFacts[]>();
  for (const art of scan.articles) for (const p of art.places) byPlace.set(p, [...(byPlace.get(p) ?? []), art]);
  const [place, inPlace] = [...byPlace].sort((x, y) => y[1].length - x[1].length)[0] ?? [];
  if (!place || !inPlace) return void steps.push(step("search filters by place", false, "no article names a place"));
  const word = inPlace.flatMap((x) => x.title.split(/\W+/)).find((w) => w.length >= 6) ?? "";
  await page.goto(site.url("/search/"));
  await page.locator("#filters select[name=place]").waitFor();
  await page.fill("#q", word);
  await page.locator("#filters select[name=place]").selectOption(place);
  const filtered = await results(page);
  const allowed = new Set(inPlace.map((x) => new URL(site.url(x.url)).pathname));
  const strays = filtered.urls.filter((u) => !allowed.has(u));
  steps.push(step("search filters by place", filtered.urls.length > 0 && strays.length === 0, `"${word}" in ${place} → ${filtered.status}${strays.length ? ` (${strays.length} results outside ${place}: ${strays.slice(0, 3).join(", ")})` : ""}`));
  await page.screenshot({ path: path.join(artifacts, "search-filtered.png") });
};

const darkAndPrint: Journey = async (page, site, scan, artifacts, steps) => {
  const article = scan.pages.find((p) => p.kind === "article");
  if (!article) return void steps.push(step("dark mode and print", false, "the site has no article"));
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(site.url(article.url));
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  steps.push(step("dark mode changes the page colours", light !== dark, `body ${light} → ${dark}`));
  await page.screenshot({ path: path.join(artifacts, "article-dark-viewport.png") });
  await page.emulateMedia({ colorScheme: "light", media: "print" });
  const navHidden = !(await page.locator(".site-header nav").isVisible());
  const urlPrinted = await page.locator(".record .print-only").isVisible();
  const hasDateline = (await page.locator(".dateline").count()) > 0;
  const datelinePrinted = !hasDateline || (await page.locator(".dateline").first().isVisible());
  const sourcesPrinted = await page.locator("#sources").isVisible();
  steps.push(step("print hides the navigation and prints URL, dateline and sources", navHidden && urlPrinted && datelinePrinted && sourcesPrinted, `nav hidden ${navHidden}, URL ${urlPrinted}, dateline ${hasDateline ? datelinePrinted : "(none in this article)"}, sources ${sourcesPrinted}`));
  await page.pdf({ path: path.join(artifacts, "article-print.pdf") });
  // The PDF cannot be looked at in every viewer; the print styles as a screenshot can.
  await page.screenshot({ path: path.join(artifacts, "article-print.png"), fullPage: true });
};
