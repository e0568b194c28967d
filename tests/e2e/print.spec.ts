import { expect, test } from "@playwright/test";
import nl from "../../messages/nl.json";
import { contrast } from "../helpers/contrast";
import { probeColours } from "./helpers";
import { pageTypes } from "./pages";

// Browsers print without backgrounds: whatever the screen's theme, text must be dark on the
// white paper, and the menus stay off the page.
for (const colorScheme of ["light", "dark"] as const) {
  test(`a page printed from a ${colorScheme}-mode browser is dark text on white, without menus`, async ({
    page,
  }) => {
    await page.emulateMedia({ media: "print", colorScheme });
    await probeColours(page);
    await page.goto(pageTypes.organisations.nl[0]);
    const texts = await page.evaluate(() => {
      const srgb = window.toSrgb;
      const selector = "body > header a, main h1, main h2, main p, main a, main li";
      return [...document.querySelectorAll(selector)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({
          text: (el.textContent ?? "").trim().slice(0, 30),
          color: srgb(getComputedStyle(el).color),
        }));
    });
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((t) => contrast(t.color, "white") < 4.5)).toEqual([]);
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("link", { name: nl.Site.name })).toBeVisible();
    await expect(banner.getByRole("navigation")).toHaveCount(0);
    await expect(banner.locator("summary")).toBeHidden();
  });
}

test("a printed search page shows what was looked for and the results, not the search form", async ({
  page,
}) => {
  await page.emulateMedia({ media: "print" });
  await page.goto(`${pageTypes.search.nl[0]}?q=Athumi`);
  await expect(page.getByRole("status").filter({ hasText: "Athumi" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Athumi", exact: true })).toBeVisible();
  await expect(page.getByRole("search")).toBeHidden();
  await page.goto(pageTypes.home.nl[0]);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("search")).toBeHidden();
});
