import { expect, test } from "@playwright/test";
import nl from "../../messages/nl.json";
import { alternatesFor } from "@/lib/i18n/paths";
import { locales } from "./helpers";
import { pageTypes, type PageType } from "./pages";

// WCAG 2.1 1.4.10 (reflow): at 320 CSS px no page scrolls sideways; only a data table may
// scroll inside its own region. Every page type in pages.ts, plus the pages whose long names
// once overflowed.
const pages: [string, Record<(typeof locales)[number], string>][] = [
  ...(Object.keys(pageTypes) as PageType[]).map(
    (type) =>
      [
        type,
        Object.fromEntries(locales.map((l) => [l, pageTypes[type][l][0]])) as Record<
          (typeof locales)[number],
          string
        >,
      ] as [string, Record<(typeof locales)[number], string>],
  ),
  [
    "initiative with a long Dutch name",
    {
      nl: "/nl/initiatieven/modernisering-overheidsdienstverlening",
      fr: "/fr/initiatives/modernisation-services-publics",
      de: "/de/initiativen/modernisierung-oeffentlicher-dienste",
      en: "/en/initiatives/modernising-public-services",
    },
  ],
  ...(["digitalcity-brussels", "sustain-brussels"] as const).map(
    (slug) =>
      [
        `organisation ${slug}`,
        alternatesFor(() => ({ pathname: "/organisations/[slug]", params: { slug } })),
      ] as [string, Record<(typeof locales)[number], string>],
  ),
];

for (const [type, paths] of pages) {
  for (const locale of locales) {
    test(`${type} page in ${locale} does not scroll sideways at 320 and 390 px`, async ({ page }) => {
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(paths[locale]);
        expect(response?.status()).toBe(200);
        const widest = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          // What sticks out (a box, or text wider than its box), to make a failure readable.
          culprits: [...document.querySelectorAll("body *")]
            .filter(
              (el) =>
                el.getBoundingClientRect().right > window.innerWidth + 0.5 ||
                (el.clientWidth > 0 &&
                  el.scrollWidth > el.clientWidth + 1 &&
                  getComputedStyle(el).overflowX === "visible"),
            )
            .filter((el) => !el.parentElement?.closest("[role=region]"))
            .slice(-3)
            .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").trim().slice(0, 40)}`),
        }));
        expect(widest.scrollWidth, `${width} px: ${widest.culprits.join(" | ")}`).toBeLessThanOrEqual(
          widest.innerWidth,
        );
      }
    });
  }
}

test("the comparison table scrolls inside its own labelled, focusable region at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/nl/vergelijken");
  const region = page.getByRole("region", { name: nl.Compare.caption });
  await expect(region).toHaveAttribute("tabindex", "0");
  const table = region.getByRole("table");
  await expect(table).toBeVisible();
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  // Focused by keyboard, the arrow keys scroll it.
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
