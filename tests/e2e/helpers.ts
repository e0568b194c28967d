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

declare global {
  interface Window {
    /** A CSS colour as the browser paints it, in sRGB: `rgba(r, g, b, a)` (see probeColours). */
    toSrgb(css: string): string;
  }
}

/**
 * Gives the page, and every page it loads next, `window.toSrgb(css)`: Chromium reports computed
 * colours in many syntaxes (lab(), oklch(), rgb()), and a canvas turns each into sRGB bytes.
 */
export async function probeColours(page: Page) {
  const install = () => {
    const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    window.toSrgb = (css: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = css;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
      return `rgba(${r}, ${g}, ${b}, ${a / 255})`;
    };
  };
  await page.addInitScript(install);
  await page.evaluate(install);
}

/**
 * The accessible name of a language's link in the switcher: its code, as a phone shows it, then
 * its full name, as wider screens show it ("NL Nederlands").
 */
export const switcherName = (locale: Locale) => new RegExp(`^${locale.toUpperCase()} ${autonyms[locale]}$`);
