import { locales, routing, type Locale, type Pathname } from "./routing";

type Params<P extends string> = P extends `${string}[${infer Key}]${infer Rest}`
  ? { [K in Key]: string } & Params<Rest>
  : unknown;
export type StaticPathname = { [P in Pathname]: P extends `${string}[${string}` ? never : P }[Pathname];
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

/** The same page in every locale with a query string (the switcher on pages that read it). */
export function withQuery(
  alternates: Record<Locale, string>,
  query: (locale: Locale) => URLSearchParams,
): Record<Locale, string> {
  return Object.fromEntries(
    locales.map((l) => {
      const qs = query(l).toString();
      return [l, qs ? `${alternates[l]}?${qs}` : alternates[l]];
    }),
  ) as Record<Locale, string>;
}

const segmentsOf = (path: string) => path.split("/").filter(Boolean);

/** The page a public path (`/nl/gewesten/wallonie`) names by its shape, with its parameters. */
export function matchPath(path: string): { locale: Locale; href: Href } | null {
  const [prefix, ...rest] = segmentsOf(path);
  const locale = locales.find((l) => l === prefix);
  if (!locale) return null;
  let segments: string[];
  try {
    segments = rest.map(decodeURIComponent);
  } catch {
    return null;
  }
  for (const pathname of Object.keys(routing.pathnames) as Pathname[]) {
    const template = routing.pathnames[pathname];
    const parts = segmentsOf(typeof template === "string" ? template : template[locale]);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      const key = /^\[(\w+)\]$/.exec(part)?.[1];
      if (key) params[key] = segments[i];
      return key ? segments[i].length > 0 : part === segments[i];
    });
    if (matches)
      return {
        locale,
        href: (parts.some((p) => p.startsWith("[")) ? { pathname, params } : pathname) as Href,
      };
  }
  return null;
}

/**
 * Where an address without a locale prefix (`/organisations`, `/zoeken?q=…`) leads: the page it
 * names, in the preferred language (the visitor's earlier choice or browser languages); without
 * a preference, in the language its words are in. A path that names no page goes under the
 * preferred language, or the default one without a preference: that language's real 404, with
 * the site's frame and its language switcher (never a page that answers 200 for nothing).
 */
export function unprefixedTarget(path: string, preferred: Locale | null): string {
  const order = preferred ? [preferred, ...locales.filter((l) => l !== preferred)] : locales;
  const named = order.map((l) => matchPath(`/${l}${path}`)).find((match) => match !== null);
  const locale = preferred ?? named?.locale ?? routing.defaultLocale;
  return named ? pathFor(locale, named.href) : `/${locale}${path}`;
}

/** The ancestors of a path, nearest first, down to its locale's home (`/nl/a/b` → `/nl/a`, `/nl`). */
export function parentPaths(path: string): string[] {
  const segments = segmentsOf(path);
  return segments.slice(1).map((_, i) => `/${segments.slice(0, segments.length - 1 - i).join("/")}`);
}
