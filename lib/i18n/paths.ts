import { getPathname } from "./navigation";
import { locales, type Locale } from "./routing";

export type Href = Parameters<typeof getPathname>[0]["href"];

/** The public path of a page in one locale, with its translated words and slug. */
export function pathFor(locale: Locale, href: Href): string {
  return getPathname({ locale, href });
}

/** The path of the same page in every locale: feeds the language switcher and hreflang. */
export function alternatesFor(href: (locale: Locale) => Href): Record<Locale, string> {
  return Object.fromEntries(locales.map((l) => [l, pathFor(l, href(l))])) as Record<Locale, string>;
}
