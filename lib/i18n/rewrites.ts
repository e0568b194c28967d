// Translated addresses without a proxy and without next.config rules. The Node server
// (lib/http/node-guard.ts) maps each locale's spelling to the app's folders before Next routes the
// request (/nl/organisaties/x → /nl/organisations/x), and sends a spelling of another language, or
// the folder's own name, to this locale's (/nl/organisations → /nl/organisaties), as next-intl's
// middleware did. Both come from routing.pathnames. As next.config rewrites and redirects, the
// same took a quarter of a static page's time on Next 16.4.6: Next matches every rule twice per
// request (docs/platform.md).
import { locales, routing, type Locale, type Pathname } from "./routing";

const pathnames = Object.keys(routing.pathnames) as Pathname[];

function template(pathname: Pathname, locale: Locale): string {
  const localized = routing.pathnames[pathname] as string | Record<Locale, string>;
  return typeof localized === "string" ? localized : localized[locale];
}

const segmentsOf = (path: string) => path.split("/").filter(Boolean);

/** The folder the organisations list's other pages render in (app/[locale]/organisation-list). */
export const ORGANISATION_LIST_FOLDER = "organisation-list";

/** The raw segments (still escaped) as the template's parameters, or null when it does not fit. */
function fit(spelling: string, segments: string[]): Record<string, string> | null {
  const parts = segmentsOf(spelling);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const key = /^\[(\w+)\]$/.exec(part)?.[1];
    if (key) {
      if (!segments[i]) return null;
      params[key] = segments[i];
    } else if (part !== segments[i]) return null;
  }
  return params;
}

const fill = (locale: Locale, spelling: string, params: Record<string, string>) => {
  const path = spelling.replace(/\[(\w+)\]/g, (_, key: string) => params[key]);
  return `/${locale}${path === "/" ? "" : path}`;
};

/** A page's folder (`/organisations/[slug]`) and parameters, by one spelling of a locale. */
function find(spellingOf: (pathname: Pathname) => string, segments: string[]) {
  for (const pathname of pathnames) {
    const params = fit(spellingOf(pathname), segments);
    if (params) return { pathname, params };
  }
  return null;
}

const LIST_REGION = /^[a-z0-9-]{1,64}$/;
const LIST_PAGE = /^[0-9]{1,6}$/;

/**
 * Where Next finds the page at a public address: its folder under the locale, with the segments
 * as they came (`/nl/organisaties/x` → `/nl/organisations/x`); the organisations list's filter and
 * page (`?region=wallonia&page=2`) as path segments of a static page
 * (app/[locale]/organisation-list/[region]/[page]), so that each list page is cached like any
 * other page instead of rendered per request. Null when the address is the folder's own (`/en/…`)
 * or names no page. Values of another shape are left in the query, which the static
 * /organisations page ignores: it shows the first page.
 */
export function internalAddress(pathname: string, query: URLSearchParams): string | null {
  if (pathname.length > 1 && pathname.endsWith("/")) return null; // Next redirects it first
  const [locale, ...segments] = segmentsOf(pathname);
  if (!locales.includes(locale as Locale)) return null;
  const found = find((p) => template(p, locale as Locale), segments);
  if (!found) return null;
  if (found.pathname === "/organisations") {
    const region = query.get("region") || null;
    const page = query.get("page");
    const shaped = (region === null || LIST_REGION.test(region)) && (page === null || LIST_PAGE.test(page));
    if ((region || page) && shaped)
      return `/${locale}/${ORGANISATION_LIST_FOLDER}/${region ?? "all"}/${page ?? "1"}`;
  }
  const internal = fill(locale as Locale, found.pathname, found.params);
  return internal === pathname ? null : internal;
}

/**
 * This locale's spelling of an address written in another language's, or with the folder's own
 * name, under its prefix (`/nl/organisations/x`, `/fr/gewesten`): where to redirect, or null.
 */
export function respelled(pathname: string): string | null {
  const [locale, ...segments] = segmentsOf(pathname);
  if (!locales.includes(locale as Locale)) return null;
  if (find((p) => template(p, locale as Locale), segments)) return null;
  const spellings = [(p: Pathname) => p, ...locales.map((other) => (p: Pathname) => template(p, other))];
  for (const spellingOf of spellings) {
    const found = find(spellingOf, segments);
    if (found) return fill(locale as Locale, template(found.pathname, locale as Locale), found.params);
  }
  return null;
}
