// Translated addresses without a proxy: next.config's rewrites map each locale's spelling to the
// app's folders (/nl/organisaties → /nl/organisations), and its redirects send a spelling of
// another language, or the folder's own name, to this locale's (/nl/organisations →
// /nl/organisaties), as next-intl's middleware did. Both are built from routing.pathnames.
import { locales, routing, type Locale, type Pathname } from "./routing";

interface Rule {
  source: string;
  destination: string;
}

interface QueryRule extends Rule {
  has: { type: "query"; key: string; value: string }[];
}

const pathnames = Object.keys(routing.pathnames) as Pathname[];

function template(pathname: Pathname, locale: Locale): string {
  const localized = routing.pathnames[pathname] as string | Record<Locale, string>;
  return typeof localized === "string" ? localized : localized[locale];
}

/** `/nl` + `/organisaties/[slug]` → `/nl/organisaties/:slug` (next.config's path syntax). */
function address(locale: Locale, path: string): string {
  return `/${locale}${path === "/" ? "" : path}`.replace(/\[(\w+)\]/g, ":$1");
}

/** Every translated address, rewritten to its folder. */
export function localizedRewrites(): Rule[] {
  return locales.flatMap((locale) =>
    pathnames
      .filter((pathname) => template(pathname, locale) !== pathname)
      .map((pathname) => ({
        source: address(locale, template(pathname, locale)),
        destination: address(locale, pathname),
      })),
  );
}

/** Every other spelling of an address under a locale's prefix, redirected to that locale's. */
export function spellingRedirects(): (Rule & { permanent: false })[] {
  return locales.flatMap((locale) => {
    const own = new Set(pathnames.map((pathname) => template(pathname, locale)));
    return pathnames.flatMap((pathname) => {
      const spellings = new Set([pathname, ...locales.map((other) => template(pathname, other))]);
      return [...spellings]
        .filter((spelling) => !own.has(spelling))
        .map((spelling) => ({
          source: address(locale, spelling),
          destination: address(locale, template(pathname, locale)),
          permanent: false as const,
        }));
    });
  });
}

/** The folder the organisations list's other pages render in (app/[locale]/organisation-list). */
export const ORGANISATION_LIST_FOLDER = "organisation-list";

/**
 * The organisations list's filter and page (`?region=wallonia&page=2`) as path segments of a
 * static page (app/[locale]/organisation-list/[region]/[page]), so that each list page is cached
 * like any other page instead of rendered per request. A value of another shape matches no rule
 * and the address shows the first page, as the static page ignores its query string.
 */
export function listRewrites(): QueryRule[] {
  const region = { type: "query" as const, key: "region", value: "(?<region>[a-z0-9-]{1,64})" };
  const page = { type: "query" as const, key: "page", value: "(?<page>[0-9]{1,6})" };
  return locales.flatMap((locale) => {
    const source = address(locale, template("/organisations", locale));
    const folder = `/${locale}/${ORGANISATION_LIST_FOLDER}`;
    return [
      { source, has: [region, page], destination: `${folder}/:region/:page` },
      { source, has: [region], destination: `${folder}/:region/1` },
      { source, has: [page], destination: `${folder}/all/:page` },
    ];
  });
}
