import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

const SHOTS = process.env.SCREENSHOT_DIR;

for (const [locale, path, message] of [
  ["nl", "/nl/zoeken", "Typ een of meer woorden om naar te zoeken en klik dan op Zoeken."],
  ["fr", "/fr/recherche", "Saisissez un ou plusieurs mots à rechercher, puis cliquez sur Rechercher."],
  ["de", "/de/suche", "Geben Sie ein oder mehrere Suchwörter ein und klicken Sie dann auf „Suchen“."],
  ["en", "/en/search", "Type one or more words to search for, then press Search."],
] as const) {
  test(`an empty search in ${locale} says what to do and lists nothing`, async ({ page }) => {
    for (const query of ["", "%20%20%20"]) {
      await page.goto(`${path}?q=${query}`);
      await expect(page.getByRole("main").getByRole("status")).toHaveText(message);
      // No group of results ("Projecten (3)") and no advice for a search that found nothing.
      await expect(page.getByRole("region", { name: /\(\d+\)$/ })).toHaveCount(0);
      await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(0);
    }
    await expectAccessible(page);
    await page.goto(path);
    await expect(page.getByRole("main").getByRole("status")).toHaveCount(0);
  });
}

test("Dutch search finds words inside compounds, after the texts that use the word itself", async ({
  page,
}) => {
  await page.goto("/nl/zoeken?q=vaardigheden");
  const projects = page.getByRole("region", { name: /^Projecten/ });
  const links = projects.getByRole("heading", { level: 3 }).getByRole("link");
  await expect(links.last()).toHaveText("Digitale basisvaardigheden van burgers");
  await expect(links.first()).toHaveText("WallCode");
  const compound = projects
    .getByRole("listitem")
    .filter({ hasText: "Digitale basisvaardigheden van burgers" });
  await expect(compound.locator("mark").first()).toHaveText(/basisvaardighe/i);
  // Passages are whole words, with a spaced ellipsis wherever text is left out.
  const snippet = (await page.getByRole("main").locator("ol p").allTextContents()).join("\n");
  expect(snippet).not.toMatch(/\S…|…\S/);
  await expectAccessible(page);
  if (SHOTS) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/search-nl-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await page.screenshot({ path: `${SHOTS}/search-nl-320-dark.png`, fullPage: true });
  }
});
