import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { CHOOSE_PARAM, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "./lib/i18n/choice";
import { languagePrefix } from "./lib/i18n/locales";
import { PATH_HEADER, unprefixedTarget } from "./lib/i18n/paths";
import { isLocale, routing, type Locale } from "./lib/i18n/routing";
import { preferredLocale, requestLocale } from "./lib/auth/admin-locale";
import { clientIp } from "./lib/auth/client-ip";
import { databaseReachable, hitSearchLimit } from "./lib/guard";
import { errorPage } from "./lib/http/error-page";
import { answerMethod } from "./lib/http/methods";
import { problem } from "./lib/http/problem";
import { translator } from "./lib/i18n/translator";
import { adminCsp } from "./lib/security/headers";
import { LIMITS } from "./lib/validation/limits";

const intl = createMiddleware(routing);

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
const searchPaths = new Map(
  routing.locales.map((l) => [`/${l}${routing.pathnames["/search"][l]}`, l] as [string, Locale]),
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

/** Whether every percent-escape in the path decodes to valid UTF-8 (e.g. not %C0%AE). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * No page has a path segment longer than a slug: a longer one is answered here, before Next
 * tries to cache its 404 under a file name the file system refuses (ENAMETOOLONG, logged at
 * every such request).
 */
const MAX_SEGMENT = LIMITS.slug * 2;

function notFound(pathname: string) {
  const first = pathname.split("/")[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  const t = translator(locale, "NotFound");
  return errorPage({
    status: 404,
    locale,
    title: t("title"),
    message: t("body"),
    link: { href: `/${locale}`, label: t("home") },
  });
}

/** A path in lower case without accents (é → e), its other escapes as they were. */
function plain(pathname: string): string {
  const lower = pathname.toLowerCase();
  if (!lower.includes("%")) return lower;
  return lower.replace(/(?:%[0-9a-f]{2})+/g, (escaped) => {
    const folded = decodeURIComponent(escaped).normalize("NFD").replace(/\p{M}/gu, "");
    return /^[\x21-\x7e]*$/.test(folded) && !/[/?#%]/.test(folded) ? folded : escaped;
  });
}

/** A redirect chosen by the visitor's language: private, and varying with what chose it. */
function negotiatedRedirect(target: string, request: NextRequest) {
  const response = NextResponse.redirect(new URL(target, request.url), 307);
  response.headers.set("Vary", "Accept-Language, Cookie");
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

/** Pages (the locale logic, the admin's nonce): not route handlers, Next's files or files with an extension. */
const isPage = (pathname: string) => !/^\/(api|_next|_vercel)/.test(pathname) && !pathname.includes(".");

export default async function proxy(request: NextRequest) {
  // Before anything else, for every address: a method an address does not serve must never
  // reach Next's route cache (lib/http/methods.ts).
  const refused = answerMethod(request);
  if (refused) return refused;
  const { pathname, searchParams } = request.nextUrl;
  if (!isPage(pathname)) return NextResponse.next();
  if (!decodable(pathname)) return problem(request, "BAD_REQUEST", { detail: "invalidAddress" });
  if (pathname.split("/").some((segment) => segment.length > MAX_SEGMENT)) return notFound(pathname);
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    if (!(await databaseReachable())) return unavailable(requestLocale(request.headers));
    return admin(request);
  }

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

  const first = pathname.split("/")[1];
  const language = isLocale(first) ? null : languagePrefix(first);
  if (language) {
    // A language prefix the portal does not serve leads to the language choice, never to a page
    // in a language the visitor did not ask for; one it serves written otherwise, to that locale.
    const target =
      language === "unsupported"
        ? "/"
        : `/${language}${pathname.slice(first.length + 1)}${request.nextUrl.search}`;
    return NextResponse.redirect(new URL(target, request.url), 307);
  }

  // Addresses are lower case and unaccented: one typed otherwise (/nl/Organisaties, /Zoeken,
  // /fr/accessibilité) leads to its page.
  const lower = plain(pathname);
  if (!isLocale(first)) {
    const target = unprefixedTarget(lower, preferredLocale(request.headers));
    return negotiatedRedirect(`${target}${request.nextUrl.search}`, request);
  }
  if (lower !== pathname) {
    return NextResponse.redirect(new URL(`${lower}${request.nextUrl.search}`, request.url), 308);
  }

  const forwarded = new Headers(request.headers);
  forwarded.set(PATH_HEADER, pathname);
  const response = intl(new NextRequest(request.url, { headers: forwarded }));
  // A visitor who chose a language earlier and now switched keeps the new choice. Visitors
  // without the cookie get none, so shared caches can keep caching pages.
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;
  if (remembered && isLocale(first) && remembered !== first) remember(response, first);
  return response;
}

export const config = {
  // Every address but the build's hashed assets, which nginx serves from disk (only GET/HEAD).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
