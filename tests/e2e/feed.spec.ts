import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers";

const SHOTS = process.env.SCREENSHOT_DIR;

/** Collects every Content-Security-Policy violation the page reports. */
function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * Chromium announces, in a banner of its own, that it will stop supporting XSLT: it is the
 * browser's interface, not the page, and axe is kept to the page.
 */
async function expectPageAccessible(page: Page) {
  await page.evaluate(() => document.querySelector("xslt-warning-banner")?.remove());
  await expectAccessible(page);
}

for (const [locale, heading, what, subscribe, entries, entry] of [
  [
    "nl",
    "Atom-feed van Digitaal België",
    "Wat is een feed?",
    "Hoe abonneer ik me?",
    "Laatste wijzigingen",
    ["FOD Beleid en Ondersteuning (BOSA)", "/nl/organisaties/bosa"],
  ],
  [
    "fr",
    "Flux Atom de Belgique numérique",
    "Qu’est-ce qu’un flux\u202f?",
    "Comment m’abonner\u202f?",
    "Dernières modifications",
    ["SPF Stratégie et Appui (BOSA)", "/fr/organisations/bosa"],
  ],
  [
    "de",
    "Atom-Feed von Digitales Belgien",
    "Was ist ein Feed?",
    "Wie abonniere ich ihn?",
    "Neueste Änderungen",
    ["Föderaler Öffentlicher Dienst Politik und Unterstützung (BOSA)", "/de/organisationen/bosa"],
  ],
  [
    "en",
    "Atom feed of Digital Belgium",
    "What is a feed?",
    "How do I subscribe?",
    "Latest changes",
    ["FPS Policy and Support (BOSA)", "/en/organisations/bosa"],
  ],
] as const) {
  test(`the ${locale} Atom feed opens in a browser as a page that says how to subscribe`, async ({
    page,
    baseURL,
  }) => {
    const violations = watchViolations(page);
    const response = await page.goto(`/${locale}/feed.xml`);
    expect(response?.headers()["content-type"]).toContain("application/xml");
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 2, name: what })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: subscribe })).toBeVisible();
    await expect(page.getByText(`${baseURL}/${locale}/feed.xml`, { exact: true })).toBeVisible();
    const list = page.getByRole("list", { name: entries });
    expect(await list.getByRole("link").count()).toBeGreaterThan(10);
    const [name, path] = entry;
    await expect(list.getByRole("link", { name, exact: true })).toHaveAttribute("href", `${baseURL}${path}`);
    // The stylesheet and its CSS load under the CSP. Chromium's own XSLT deprecation banner sets
    // inline styles, which the CSP refuses ("Applying inline style violates…"): that banner is
    // the browser's, and it only loses its colours.
    expect(violations.filter((v) => !/^Applying inline style violates/.test(v))).toEqual([]);
    await expect(page.locator("body")).toHaveCSS("max-width", "none");
    await expect(page.locator("main")).toHaveCSS("max-width", "736px");
    await expectPageAccessible(page);
    await list.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(`${baseURL}${path}`);

    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.goto(`/${locale}/feed.xml`);
      // The transformation replaces the document: wait for its result.
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await page.evaluate(() => document.querySelector("xslt-warning-banner")?.remove());
      await page.screenshot({ path: `${SHOTS}/feed-${locale}-desktop.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`/${locale}/feed.xml`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectPageAccessible(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/feed-${locale}-320-dark.png`, fullPage: true });
  });
}

test("the feed's stylesheet is XSLT from this origin, under the site's CSP", async ({ request }) => {
  const feed = await (await request.get("/fr/feed.xml")).text();
  expect(feed).toMatch(
    /^<\?xml [^>]*\?>\n<\?xml-stylesheet type="text\/xsl" href="\/fr\/feed\.xsl"\?>\n<feed /,
  );
  const stylesheet = await request.get("/fr/feed.xsl");
  expect(stylesheet.status()).toBe(200);
  expect(stylesheet.headers()["content-type"]).toContain("text/xsl");
  expect(stylesheet.headers()["content-security-policy"]).toContain("default-src 'self'");
  expect(await stylesheet.text()).toContain("1er");
  const css = await request.get("/feed.css");
  expect(css.headers()["content-type"]).toContain("text/css");
});
