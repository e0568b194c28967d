import { NextRequest, NextResponse } from "next/server";
import { CHOOSE_PARAM, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "./lib/i18n/choice";
import { languagePrefix } from "./lib/i18n/locales";
import { unprefixedTarget } from "./lib/i18n/paths";
import { isLocale, routing, type Locale } from "./lib/i18n/routing";
import { preferredLocale, requestLocale } from "./lib/auth/admin-locale";
import { clientIp } from "./lib/auth/client-ip";
import { databaseReachable, hitSearchLimit } from "./lib/guard";
import { errorPage } from "./lib/http/error-page";
import { earlyAnswer, isPage, plain } from "./lib/http/early-answer";
import { translator } from "./lib/i18n/translator";
import { adminCsp } from "./lib/security/headers";

function remember(response: NextResponse, locale: string) {
  response.cookies.set(LOCALE_COOKIE, locale, {
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    path: "/",
    secure: process.env.NODE_ENV === "production" && (process.env.SITE_URL ?? "").startsWith("https:"),
  });
  return response;
}

/** Admin pages: a fresh nonce per request, which Next puts on its scripts. */
function admin(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = adminCsp(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // Logs of admin actions carry it (lib/log.ts); nginx sets one for every request it passes.
  if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** The search page in each language (/en/search, /nl/zoeken, /fr/recherche). */
// The Node server has already mapped a translated address to its folder (/nl/zoeken → /nl/search:
// lib/i18n/rewrites.ts), so the proxy sees the folder's address; `next dev` may pass the public one.
const searchPaths = new Map(
  routing.locales.flatMap((l) => [
    [`/${l}${routing.pathnames["/search"][l]}`, l] as [string, Locale],
    [`/${l}/search`, l] as [string, Locale],
  ]),
);

/** A translated 503 for the pages that cannot work without the database (search, admin). */
function unavailable(locale: Locale) {
  const t = translator(locale, "Unavailable");
  return errorPage({
    status: 503,
    locale,
    title: t("title"),
    message: t("message"),
    link: { href: `/${locale}`, label: t("home") },
    retryAfter: 30,
  });
}

/** A redirect chosen by the visitor's language: private, and varying with what chose it. */
function negotiatedRedirect(target: string, request: NextRequest) {
  const response = NextResponse.redirect(new URL(target, request.url), 307);
  response.headers.set("Vary", "Accept-Language, Cookie");
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export default async function proxy(request: NextRequest) {
  // The Node server has answered these already (lib/http/node-guard.ts); `next dev` has not.
  const refused = earlyAnswer(request);
  if (refused) return refused;
  const { pathname, searchParams } = request.nextUrl;
  if (!isPage(pathname)) return NextResponse.next();
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    if (!(await databaseReachable())) return unavailable(requestLocale(request.headers));
    return admin(request);
  }

  const first = pathname.split("/")[1];
  const searchLocale = searchPaths.get(pathname);
  if (searchLocale) {
    if (!(await databaseReachable())) return unavailable(searchLocale);
    if (searchParams.get("q")) {
      const limit = await hitSearchLimit(clientIp(request.headers));
      if (!limit.allowed) {
        const t = translator(searchLocale, "SearchLimit");
        return errorPage({
          status: 429,
          locale: searchLocale,
          title: t("title"),
          message: t("message", { seconds: limit.retryAfter }),
          link: { href: `/${searchLocale}`, label: t("home") },
          retryAfter: limit.retryAfter,
        });
      }
    }
  }

  if (pathname === "/") {
    const chosen = searchParams.get(CHOOSE_PARAM);
    if (isLocale(chosen)) {
      return remember(NextResponse.redirect(new URL(`/${chosen}`, request.url), 303), chosen);
    }
    const locale = preferredLocale(request.headers);
    if (locale) return negotiatedRedirect(`/${locale}`, request);
    // Nothing usable: the language-choice page, in every language, rather than a guess.
    return NextResponse.next({ headers: { Vary: "Accept-Language, Cookie" } });
  }

  if (isLocale(first)) {
    // The Node server has mapped the translated address to its folder (lib/i18n/rewrites.ts).
    const response = NextResponse.next();
    // A visitor who chose a language earlier and now switched keeps the new choice (the matcher
    // sends only those here). Visitors without the cookie get none, so shared caches can keep
    // caching pages.
    const remembered = request.cookies.get(LOCALE_COOKIE)?.value;
    if (remembered && remembered !== first) remember(response, first);
    return response;
  }

  const language = languagePrefix(first);
  if (language) {
    // A language prefix the portal does not serve leads to the language choice, never to a page
    // in a language the visitor did not ask for; one it serves written otherwise, to that locale.
    const target =
      language === "unsupported"
        ? "/"
        : `/${language}${pathname.slice(first.length + 1)}${request.nextUrl.search}`;
    return NextResponse.redirect(new URL(target, request.url), 307);
  }

  // An address without a locale prefix, in any case and with or without accents (/Zoeken,
  // /organisaties): the page it names in the visitor's language, or that language's 404.
  const target = unprefixedTarget(plain(pathname), preferredLocale(request.headers));
  return negotiatedRedirect(`${target}${request.nextUrl.search}`, request);
}

/**
 * Where the proxy runs: `/`, the admin, the search pages, addresses without a locale prefix, and
 * a locale's pages only for a visitor whose remembered language is another. Public pages are
 * otherwise served without it (a proxy on the path costs most of a static page's throughput:
 * docs/platform.md). Next reads this statically, so it is written out;
 * tests/unit/proxy-matcher.test.ts checks it against lib/i18n/routing.ts.
 */
export const config = {
  matcher: [
    "/",
    "/admin",
    "/admin/:path*",
    "/nl/zoeken",
    "/fr/recherche",
    "/de/suche",
    "/en/search",
    // The same pages at their folder's address, as the Node server passes them on.
    "/nl/search",
    "/fr/search",
    "/de/search",
    "/((?!api/|_next/|nl(?:/|$)|fr(?:/|$)|de(?:/|$)|en(?:/|$)|.*\\.).+)",
    { source: "/nl/:path*", has: [{ type: "cookie", key: "portal_locale", value: "(fr|de|en)" }] },
    { source: "/fr/:path*", has: [{ type: "cookie", key: "portal_locale", value: "(nl|de|en)" }] },
    { source: "/de/:path*", has: [{ type: "cookie", key: "portal_locale", value: "(nl|fr|en)" }] },
    { source: "/en/:path*", has: [{ type: "cookie", key: "portal_locale", value: "(nl|fr|de)" }] },
  ],
};
