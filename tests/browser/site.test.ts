/**
 * Browser, accessibility, validation and link tests over one fixture build
 * under a path prefix (built once, shared by every case in this file).
 */
import assert from "node:assert/strict";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ARTIFACTS, harness, PAGE_KINDS, skipReason, type Harness } from "./harness.ts";
import { checkLinks, runAxe, sidewaysOverflow, validateFiles } from "./site-tools.ts";

describe("a reader in the browser", { skip: skipReason ?? false }, () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  it("should go home → topic → article → speaker → place and back", async () => {
    const page = await h.browser!.newPage();
    await page.goto(h.url("/"));
    await page.getByRole("link", { name: "flood", exact: true }).first().click();
    await page.waitForURL(/\/topics\/flood\/$/);
    assert.equal(await page.locator("h1").textContent(), "flood");
    await page.getByRole("link", { name: "Harbour town opens new flood barrier" }).click();
    await page.waitForURL(/\/articles\/porthaven-flood-barrier\/$/);
    await page.locator("a.said-by").first().click();
    await page.waitForURL(/\/people\/alys-fenwick\/$/);
    assert.match((await page.locator("#said").textContent()) ?? "", /What Alys Fenwick said/);
    await page.getByRole("link", { name: "Harbour town opens new flood barrier" }).first().click();
    await page.locator(".article-panels").getByRole("link", { name: "Porthaven" }).click();
    await page.waitForURL(/\/places\/porthaven\/$/);
    assert.equal(await page.locator(".locator circle").count(), 1);
    await page.goBack();
    await page.waitForURL(/\/articles\/porthaven-flood-barrier\/$/);
    await page.close();
  });

  it("should find an article by a quoted phrase and filter results by place", async () => {
    const page = await h.browser!.newPage();
    await page.goto(h.url("/search/?q=" + encodeURIComponent('"stops deciding"')));
    await page.locator("#results li").first().waitFor();
    assert.match((await page.locator("#results").textContent()) ?? "", /Harbour town opens new flood barrier/);
    await page.fill("#q", "talks");
    await page.locator("#filters select[name=place]").selectOption("Lisbon");
    // The earlier results stay on the page until the filtered search returns: wait for the list to change.
    await page
      .waitForFunction(() => Array.from(document.querySelectorAll("#results h3"), (h) => h.textContent?.trim()).join("|") === "Ferry crews return to talks", null, { timeout: 15_000 })
      .catch(() => undefined);
    const titles = await page.locator("#results h3").allTextContents();
    assert.deepEqual(titles, ["Ferry crews return to talks"]);
    await page.screenshot({ path: path.join(ARTIFACTS, "search-results.png") });
    await page.close();
  });

  it("should render search titles as text, never as markup", async () => {
    const page = await h.browser!.newPage();
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(h.url("/search/?q=bold"));
    await page.locator("#results li").first().waitFor();
    assert.match((await page.locator("#results h3").first().textContent()) ?? "", /<\/script><script>alert/);
    assert.equal(await page.locator("#results b, #results script").count(), 0);
    assert.equal(dialogs, 0);
    await page.close();
  });

  it("should render dark mode and print", async () => {
    const page = await h.browser!.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(h.url(PAGE_KINDS.article!));
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(dark, "rgb(22, 24, 27)");
    await page.screenshot({ path: path.join(ARTIFACTS, "article-dark.png") });
    await page.emulateMedia({ colorScheme: "light", media: "print" });
    assert.equal(await page.locator(".site-header nav").isVisible(), false);
    assert.equal(await page.locator(".record .print-only").isVisible(), true, "the URL is printed");
    assert.equal(await page.locator(".dateline").isVisible(), true);
    await page.pdf({ path: path.join(ARTIFACTS, "article-print.pdf") });
    await page.close();
  });

  it("should reach the content with the skip link", async () => {
    const page = await h.browser!.newPage();
    await page.goto(h.url("/"));
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    await page.close();
  });

  it("should lay an article out for a phone", async () => {
    const page = await h.browser!.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(h.url(PAGE_KINDS.article!));
    const overflow = await sidewaysOverflow(page);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: path.join(ARTIFACTS, "article-mobile.png") });
    await page.close();
  });
});

describe("accessibility (axe-core, WCAG 2.2 AA)", { skip: skipReason ?? false }, () => {
  // One visit per page kind does both: the axe run and the screenshot artifact.
  it("should find no violation on any page kind (light), nor on the main kinds in dark mode", async () => {
    const h = await harness();
    const page = await h.browser!.newPage({ viewport: { width: 1200, height: 900 } });
    const found: string[] = [];
    let checked = 0;
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [kind, url] of Object.entries(PAGE_KINDS)) {
        if (scheme === "dark" && !["home", "article", "place", "search"].includes(kind)) continue;
        await page.goto(h.url(url));
        await page.screenshot({ path: path.join(ARTIFACTS, `${kind}${scheme === "dark" ? "-dark" : ""}.png`) });
        const violations = await runAxe(page, h.axeUrl);
        checked++;
        for (const v of violations) found.push(`${kind} (${scheme}): ${v}`);
      }
    }
    await page.close();
    await writeFile(path.join(ARTIFACTS, "axe.txt"), `${checked} pages checked, ${found.length} violations\n${found.join("\n")}\n`);
    assert.deepEqual(found, []);
  });
});

describe("HTML validity (html-validate)", () => {
  it("should report no error on any generated page", async () => {
    const h = await harness();
    const files = (await readdir(h.site.outDir, { recursive: true })).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"));
    const errors = await validateFiles(h.site.outDir, files);
    await writeFile(path.join(ARTIFACTS, "html-validate.txt"), `${files.length} pages validated, ${errors.length} errors\n${errors.join("\n")}\n`);
    assert.ok(files.length > 20);
    assert.deepEqual(errors, []);
  });
});

describe("links (linkinator) under a path prefix", () => {
  it("should find no broken link anywhere on the site", async () => {
    const h = await harness();
    const { ok, broken } = await checkLinks(h.base);
    await writeFile(path.join(ARTIFACTS, "links.txt"), `${ok} links OK, ${broken.length} broken\n${broken.join("\n")}\n`);
    assert.ok(ok > 30, `only ${ok} links were checked`);
    assert.deepEqual(broken, []);
  });
});

after(async () => {
  await (await harness()).close();
});
