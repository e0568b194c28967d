import { expect, test, type Locator, type Page } from "@playwright/test";
import { messages } from "@/lib/i18n/messages";
import { autonyms } from "@/lib/i18n/locales";
import { locales, switcherName } from "./helpers";
import { pageTypes } from "./pages";

const { fr } = messages;

/** The names of the main navigation's links as a wide screen shows them. */
async function wideNavigation(page: Page, locale: (typeof locales)[number]) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(pageTypes.initiatives[locale][0]);
  const nav = page.getByRole("banner").getByRole("navigation", { name: messages[locale].Site.mainNav });
  const names = await nav.getByRole("link").allInnerTexts();
  expect(names.length).toBeGreaterThanOrEqual(4);
  return names.map((name) => name.trim());
}

for (const locale of locales) {
  test(`on a phone in ${locale} the header is compact and its menu reaches every page without JavaScript`, async ({
    browser,
  }) => {
    const wide = await browser.newPage();
    const names = await wideNavigation(wide, locale);
    await wide.close();

    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(pageTypes.initiatives[locale][0]);
    const banner = page.getByRole("banner");
    // At most a ninth of a 390 × 844 phone's screen (it was 177 px), and at 320 px too.
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 844 });
      expect((await banner.boundingBox())!.height, `${width} px`).toBeLessThanOrEqual(100);
    }
    // The language switcher stays in view; the navigation sits behind a disclosure.
    await expect(
      banner.getByRole("navigation", { name: messages[locale].Site.languageSwitcher }),
    ).toBeVisible();
    const menu = banner.locator("summary", { hasText: messages[locale].Site.menu });
    // The keyboard meets the header in the order it is seen: the name, the menu (top right), then
    // the languages below them.
    await banner.getByRole("link", { name: messages[locale].Site.name }).focus();
    await page.keyboard.press("Tab");
    await expect(menu).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(
      banner
        .getByRole("navigation", { name: messages[locale].Site.languageSwitcher })
        .getByRole("link")
        .first(),
    ).toBeFocused();
    await menu.focus();
    await page.keyboard.press("Enter");
    const nav = banner.getByRole("navigation", { name: messages[locale].Site.mainNav });
    for (const name of names) {
      const link = nav.getByRole("link", { name, exact: true });
      await expect(link).toBeVisible();
    }
    // Tab goes from the menu button into its links.
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: names[0], exact: true })).toBeFocused();
    await context.close();
  });
}

test("Escape closes the phone menu and puts the focus back on its button", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(pageTypes.organisations.fr[0]);
  const banner = page.getByRole("banner");
  const menu = banner.locator("summary", { hasText: fr.Site.menu });
  const nav = banner.getByRole("navigation", { name: fr.Site.mainNav });
  await menu.click();
  await expect(nav.getByRole("link", { name: fr.Nav.initiatives })).toBeVisible();
  await nav.getByRole("link", { name: fr.Nav.initiatives }).focus();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: fr.Nav.initiatives })).toBeHidden();
  await expect(menu).toBeFocused();
  // Open, the menu does not widen the page.
  await page.keyboard.press("Enter");
  await expect(nav.getByRole("link", { name: fr.Nav.initiatives })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // From the languages shown below the open menu's links, Escape closes it too.
  await banner.getByRole("navigation", { name: fr.Site.languageSwitcher }).getByRole("link").first().focus();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: fr.Nav.initiatives })).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  // Escape outside the menu is not the menu's: it stays open and the focus stays where it is.
  const inPage = page.getByRole("main").getByRole("link").first();
  await inPage.focus();
  await page.keyboard.press("Escape");
  await expect(inPage).toBeFocused();
  await expect(nav.getByRole("link", { name: fr.Nav.initiatives })).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
  test(`with the phone menu open, nothing the keyboard reaches is hidden behind it${javaScriptEnabled ? "" : " (without JavaScript)"}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(pageTypes.organisations.nl[0]);
    const menu = page.getByRole("banner").locator("summary", { hasText: messages.nl.Site.menu });
    await menu.click();
    await expect(
      page.getByRole("banner").getByRole("navigation", { name: messages.nl.Site.mainNav }),
    ).toBeVisible();
    // Through the menu's links, the languages and well into the page (WCAG 2.4.11): each focused
    // element is the one drawn at its own centre, not something laid over it.
    const hidden: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press("Tab");
      const covered = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        if (!focused || focused === document.body) return null;
        focused.scrollIntoView({ block: "nearest" });
        const box = focused.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return top && (focused.contains(top) || top.contains(focused))
          ? null
          : focused.outerHTML.slice(0, 80);
      });
      if (covered) hidden.push(covered);
    }
    expect(hidden).toEqual([]);
    await context.close();
  });
}

test("on a wide screen the navigation is shown without a menu button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/fr");
  const banner = page.getByRole("banner");
  await expect(banner.locator("summary", { hasText: fr.Site.menu })).toBeHidden();
  await expect(
    banner.getByRole("navigation", { name: fr.Site.mainNav }).getByRole("link", { name: fr.Nav.initiatives }),
  ).toBeVisible();
});

const regionIndex = { nl: "/nl/gewesten", fr: "/fr/regions", de: "/de/regionen", en: "/en/regions" } as const;

for (const locale of locales) {
  test(`the main navigation in ${locale} leads to the regions, marked current there and on a region`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/${locale}`);
    const nav = page.getByRole("banner").getByRole("navigation", { name: messages[locale].Site.mainNav });
    const link = nav.getByRole("link", { name: messages[locale].Nav.regions, exact: true });
    await expect(link).toHaveAttribute("href", regionIndex[locale]);
    await expect(link).not.toHaveAttribute("aria-current");
    await link.click();
    await expect(page).toHaveURL(regionIndex[locale]);
    await expect(link).toHaveAttribute("aria-current", "page");
    // A region's own page is in the same section.
    await page.goto(pageTypes.region[locale][0]);
    await expect(link).toHaveAttribute("aria-current", "page");
  });
}

/** The text of an element as painted: without what is only for screen readers (1 px, clipped). */
const paintedText = (element: Locator) =>
  element.evaluate((root) =>
    [...root.querySelectorAll("span")]
      .filter((span) => span.children.length === 0 && span.getBoundingClientRect().width > 1)
      .map((span) => span.textContent)
      .join("")
      .trim(),
  );

// Label in name (WCAG 2.5.3): what each language's link shows is part of its accessible name, at
// the start of it on a phone ("NL" of "NL Nederlands"); each link is in its own language and
// names that language as the target's.
for (const locale of locales) {
  test(`the language switcher in ${locale}: the visible label is in each link's name, lang and hreflang right`, async ({
    page,
  }) => {
    await page.goto(pageTypes.organisations[locale][0]);
    const switcher = page
      .getByRole("banner")
      .getByRole("navigation", { name: messages[locale].Site.languageSwitcher });
    for (const [width, visible] of [
      [320, (l: string) => l.toUpperCase()],
      [1280, (l: (typeof locales)[number]) => autonyms[l]],
    ] as const) {
      await page.setViewportSize({ width, height: 720 });
      for (const other of locales.filter((l) => l !== locale)) {
        const link = switcher.getByRole("link", { name: switcherName(other) });
        await expect(link).toHaveAttribute("hreflang", other);
        await expect(link).toHaveAttribute("lang", other);
        expect(await paintedText(link), `${other} at ${width} px`).toBe(visible(other));
        if (width === 320) await expect(link).toHaveAccessibleName(new RegExp(`^${visible(other)} `));
      }
      const current = switcher.locator('[aria-current="true"]');
      await expect(current).toHaveAttribute("lang", locale);
      await expect(current).toHaveText(new RegExp(`^${locale.toUpperCase()} ${autonyms[locale]} \\(`));
      expect(await paintedText(current)).toBe(visible(locale));
    }
  });
}
