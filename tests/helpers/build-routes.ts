// A build's routes under their public addresses, from Next's manifests (tests/e2e).
import { routing, type Locale, type Pathname } from "../../lib/i18n/routing";

/** The public address of a route under its internal path: localized segments for [locale] routes. */
export function publicPath(route: string, params: Record<string, string>): string {
  const fill = (template: string) => template.replace(/\[(\w+)\]/g, (_, name) => params[name] ?? "sample");
  if (!route.startsWith("/[locale]")) return fill(route);
  const locale = params.locale as Locale;
  const inner = (route.slice("/[locale]".length) || "/") as Pathname;
  const localized = routing.pathnames[inner] as string | Record<Locale, string> | undefined;
  const template = typeof localized === "object" ? localized[locale] : (localized ?? inner);
  return `/${locale}${fill(template).replace(/\/$/, "")}`;
}

/** The parameters of an internal path for its route, e.g. /en/feed.xml for /[locale]/feed.xml. */
export function paramsOf(route: string, internal: string): Record<string, string> {
  const names = route.split("/");
  const values = internal.split("/");
  return Object.fromEntries(
    names.flatMap((name, i) => (/^\[\w+\]$/.test(name) ? [[name.slice(1, -1), values[i]]] : [])),
  );
}
