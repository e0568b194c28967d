import { locales, routing, type Locale, type Pathname } from "./routing";

type Params<P extends string> = P extends `${string}[${infer Key}]${infer Rest}`
  ? { [K in Key]: string } & Params<Rest>
  : unknown;
type StaticPathname = { [P in Pathname]: P extends `${string}[${string}` ? never : P }[Pathname];
type DynamicPathname = Exclude<Pathname, StaticPathname>;

/** A page of the portal: a static pathname, or a dynamic one with its parameters (typed). */
export type Href =
  StaticPathname | { [P in DynamicPathname]: { pathname: P; params: Params<P> } }[DynamicPathname];

/**
 * The public path of a page in one locale, with its translated words and slug. Built from
 * routing.pathnames directly: next-intl's createNavigation would pull its client Link chunk into
 * every page (≈ 12 KB gz) although the portal renders plain links.
 */
export function pathFor(locale: Locale, href: Href): string {
  const { pathname, params } =
    typeof href === "string" ? { pathname: href, params: {} as Record<string, string> } : href;
  const template = routing.pathnames[pathname];
  const localized = typeof template === "string" ? template : template[locale];
  const path = localized.replace(/\[(\w+)\]/g, (_, key: string) =>
    encodeURIComponent((params as Record<string, string>)[key]),
  );
  return `/${locale}${path === "/" ? "" : path}`;
}

/** The path of the same page in every locale: feeds the language switcher and hreflang. */
export function alternatesFor(href: (locale: Locale) => Href): Record<Locale, string> {
  return Object.fromEntries(locales.map((l) => [l, pathFor(l, href(l))])) as Record<Locale, string>;
}
