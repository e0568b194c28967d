// What is answered before Next routes a request, for every address: a method the address does
// not serve (lib/http/methods.ts), a path whose escapes are not UTF-8, a path segment longer than
// any slug. The Node server applies it to every request (lib/http/node-guard.ts), so public pages
// need no proxy for it; proxy.ts applies it too, for `next dev` and the addresses it handles.
import { matchPath } from "@/lib/i18n/paths";
import { ORGANISATION_LIST_FOLDER } from "@/lib/i18n/rewrites";
import { isLocale, routing } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { LIMITS } from "@/lib/validation/limits";
import { errorPage } from "./error-page";
import { allowedMethods, answerMethod } from "./methods";
import { problem, type RequestInfo } from "./problem";

/** Pages, not route handlers, Next's files or files with an extension. */
export const isPage = (pathname: string) =>
  !/^\/(api|_next|_vercel)/.test(pathname) && !pathname.includes(".");

/** A control character (NUL included), which no address holds and PostgreSQL refuses in text. */
const CONTROL_ESCAPE = /%(?:[01][0-9a-f]|7f)/i;

/** Whether every percent-escape in the path decodes to valid UTF-8 (e.g. not %C0%AE) and text. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return !CONTROL_ESCAPE.test(pathname);
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

/** A path in lower case without accents (é → e), its other escapes as they were. */
export function plain(pathname: string): string {
  return pathname.replace(/((?:%[0-9a-fA-F]{2})+)|[^%]+/g, (part, escaped?: string) => {
    if (!escaped) return part.toLowerCase();
    const folded = decodeURIComponent(escaped).normalize("NFD").replace(/\p{M}/gu, "");
    return /^[\x21-\x7e]*$/.test(folded) && !/[/?#%]/.test(folded) ? folded.toLowerCase() : escaped;
  });
}

/**
 * Addresses are lower case and unaccented: one under a locale typed otherwise (/nl/Organisaties,
 * /fr/accessibilité) is sent to its page. Without a locale prefix the proxy folds it as it finds
 * the page (proxy.ts).
 */
const foldable = (pathname: string) =>
  /[A-Z%]/.test(pathname) && isLocale(pathname.split("/")[1]) && plain(pathname) !== pathname;

/**
 * The folder the Node server serves the organisations list's other pages from
 * (app/[locale]/organisation-list): reached by its own address, it is not a page of the portal.
 */
const internalFolder = (pathname: string) => {
  const [, first, second] = pathname.split("/");
  return second === ORGANISATION_LIST_FOLDER && isLocale(first);
};

type Refusal = "method" | "address" | "segment" | "case" | "internal";

/** Why a request must be answered before Next sees it, or null; cheap enough for every request. */
export function refusalOf(method: string, pathname: string): Refusal | null {
  if (method === "OPTIONS" || !allowedMethods(pathname).includes(method)) return "method";
  if (!isPage(pathname)) return null;
  if (!decodable(pathname)) return "address";
  if (pathname.split("/").some((segment) => segment.length > MAX_SEGMENT)) return "segment";
  if (foldable(pathname)) return "case";
  if (internalFolder(pathname)) return "internal";
  return null;
}

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

/** The answer to a request that must not reach Next's routing, or null when it may. */
export function earlyAnswer(request: RequestInfo & { method: string }): Response | null {
  const url = new URL(request.url);
  const { pathname } = url;
  switch (refusalOf(request.method, pathname)) {
    case "method":
      return answerMethod(request);
    case "address":
      return problem(request, "BAD_REQUEST", { detail: "invalidAddress" });
    case "segment":
    case "internal":
      return notFound(pathname);
    case "case":
      return new Response(null, {
        status: 308,
        headers: { Location: `${plain(pathname)}${url.search}` },
      });
    case null:
      return null;
  }
}

/**
 * Whether a page address under a locale matches no page, so that app/[locale]/[...missing]
 * answers it. That page renders per request (a made-up address must not add a cache entry) and
 * a page streamed per request cannot set its own status: the Node server sets 404 for it.
 */
export function reachesMissingPage(pathname: string): boolean {
  const [, first, ...rest] = pathname.split("/");
  if (!isLocale(first)) return false;
  // The locale's route handlers (app/[locale]/feed.xml, feed.xsl): any other file name under a
  // locale is a made-up address like any other.
  if (rest.length === 1 && LOCALE_FILES.has(rest[0])) return false;
  return matchPath(pathname) === null;
}

const LOCALE_FILES = new Set(["feed.xml", "feed.xsl"]);
