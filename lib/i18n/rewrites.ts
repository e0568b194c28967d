// Translated addresses without a proxy: next.config's rewrites map each locale's spelling to the
// app's folders (/nl/organisaties → /nl/organisations), and its redirects send a spelling of
// another language, or the folder's own name, to this locale's (/nl/organisations →
// /nl/organisaties), as next-intl's middleware did. Both are built from routing.pathnames.
import { locales, routing, type Locale, type Pathname } from "./routing";

interface Rule {
  source: string;
  destination: string;
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
