import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { autonyms } from "@/lib/i18n/locales";
import type { Locale } from "@/lib/i18n/routing";

/** Runs axe with the WCAG 2.1 A/AA rules and expects no violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

export { locales } from "@/lib/i18n/routing";

/**
 * The accessible name of a language's link in the switcher: its code, as a phone shows it, then
 * its full name, as wider screens show it ("NL Nederlands").
 */
export const switcherName = (locale: Locale) => new RegExp(`^${locale.toUpperCase()} ${autonyms[locale]}$`);
