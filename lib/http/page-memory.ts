import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";
import { Lru } from "@/lib/cache/lru";
import { isLocale } from "@/lib/i18n/routing";

/**
 * The pages this process answered lately, as it sent them, answered again from memory without
 * entering Next: a static page's or a search's whole answer (headers, HTML, ETag, a gzip copy),
 * by its address. Next serves a cached page at a fraction of what Node can send, and renders
 * every search anew (docs/platform.md, "Pages from memory").
 *
 * What it keeps is what every visitor is sent alike, so what one request sends can never reach
 * another who would have been sent something else:
 * - only a page Next served from its cache (`x-nextjs-cache` HIT or MISS: static, the same for
 *   every request, and never a stale copy), and the search page, which shows only its `q`;
 * - only a 200 with HTML and no cookie, for a GET without cookies (but the visitor's own
 *   language choice), without the headers that ask Next for something else (RSC, a prefetch, an
 *   action, Next's internal ones), at an address under a locale;
 * - until content changes: each revalidation in this process (the cache handler's
 *   `revalidateTag`: lib/cache/local-cache-handler.mjs) moves the content epoch, and an answer
 *   kept under an earlier epoch is not used. An answer is kept under the epoch its request began
 *   in, so one rendered while a publish lands is never used after it.
 *
 * With REDIS_URL, a revalidation may happen on another instance, which this process would not
 * hear of: there it keeps nothing (PAGE_MEMORY_ENTRIES=0 turns it off everywhere).
 */
export interface Kept {
  epoch: number;
  headers: OutgoingHttpHeaders;
  etag: string | undefined;
  body: Buffer;
  gzip?: Buffer;
}

const EPOCH_KEY = "portalContentEpoch";

/** The content epoch: moved by every tag revalidation in this process (the cache handler). */
export const contentEpoch = (): number => (globalThis as { [EPOCH_KEY]?: number })[EPOCH_KEY] ?? 0;

function capacity(): number {
  // `next dev` recompiles pages in place: what it answered before may not be the page now.
  if (process.env.REDIS_URL || process.env.NODE_ENV === "development") return 0;
  const value = Number(process.env.PAGE_MEMORY_ENTRIES ?? 400);
  return Number.isInteger(value) && value >= 0 ? value : 400;
}

const store = ((globalThis as { portalPageMemory?: Lru<string, Kept> | null }).portalPageMemory ??=
  capacity() > 0 ? new Lru<string, Kept>(capacity()) : null);

/** Request headers that make Next answer something other than the page (or decide how). */
const DIFFERENT = /^(rsc|next-|x-nextjs|x-middleware|x-invoke|x-matched|x-now|x-prerender|purpose$)/;

const LOCALE_COOKIE = "portal_locale";

/** Whether the request's cookies are at most the visitor's choice of this page's language. */
function plainCookies(cookie: string | undefined, locale: string): boolean {
  if (!cookie) return true;
  return cookie.split(";").every((pair) => {
    const [name, value] = pair.split("=").map((s) => s.trim());
    return !name || (name === LOCALE_COOKIE && value === locale);
  });
}

/** The search page's folder under each locale (lib/i18n/rewrites.ts maps its spellings there). */
export function isSearch(pathname: string): boolean {
  const [, locale, folder, ...rest] = pathname.split("/");
  return folder === "search" && rest.length === 0 && isLocale(locale);
}

/**
 * The key of a request whose answer may be kept or recalled, or null. `url` is the address Next
 * routes (after lib/i18n/rewrites.ts). A static page does not read its query; the search page
 * reads `q` alone.
 */
export function memoryKey(request: IncomingMessage, url: string): string | null {
  if (!store || request.method !== "GET") return null;
  const query = url.indexOf("?");
  const pathname = query < 0 ? url : url.slice(0, query);
  const locale = pathname.split("/")[1];
  if (!isLocale(locale)) return null;
  const headers = request.headers;
  if (!plainCookies(headers.cookie, locale)) return null;
  for (const name of Object.keys(headers)) if (DIFFERENT.test(name)) return null;
  if (!isSearch(pathname)) return pathname;
  const q = new URLSearchParams(query < 0 ? "" : url.slice(query)).get("q");
  return `${pathname}?${q === null ? "" : `q=${q}`}`;
}

/** Headers that belong to one response's transfer, not to the page. */
const TRANSFER = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
]);

/** Keeps a page as the response ends it, when it is one every visitor is sent alike. */
export function keep(key: string, epoch: number, response: ServerResponse, body: Buffer, gzip?: Buffer) {
  if (!store || response.statusCode !== 200 || response.hasHeader("set-cookie")) return;
  // A response cut short (the client went away while a page streamed) is not the page.
  if (response.destroyed || !body.subarray(-32).toString("latin1").trimEnd().endsWith("</html>")) return;
  if (!String(response.getHeader("content-type") ?? "").startsWith("text/html")) return;
  const cache = response.getHeader("x-nextjs-cache");
  const search = isSearch(key.split("?")[0]);
  if (!(cache === "HIT" || cache === "MISS" || (cache === undefined && search))) return;
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (!TRANSFER.has(name) && value !== undefined) headers[name] = value;
  }
  if (cache) headers["x-nextjs-cache"] = "HIT";
  const etag = response.getHeader("etag");
  store.set(key, { epoch, headers, etag: typeof etag === "string" ? etag : undefined, body, gzip });
}

/** Keeps a page from the bytes Node sent for it: as they are, or gunzipped when Next gzipped them. */
export function keepSent(key: string, epoch: number, response: ServerResponse, bytes: Buffer) {
  const encoding = response.getHeader("content-encoding");
  if (encoding === undefined) return keep(key, epoch, response, bytes);
  if (encoding !== "gzip") return;
  let body: Buffer;
  try {
    body = gunzipSync(bytes);
  } catch {
    return;
  }
  keep(key, epoch, response, body, bytes);
}

/** The kept answer for the key, if content has not changed since it was kept. */
export function recall(key: string): Kept | undefined {
  const kept = store?.get(key);
  if (!kept) return undefined;
  if (kept.epoch === contentEpoch()) return kept;
  store!.delete(key);
  return undefined;
}

/** Whether an If-None-Match header names the ETag (or any representation: `*`). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === etag;
  });
}

/** Whether the client takes gzip (Next's own compression would send it gzipped). */
export function takesGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function varyOnEncoding(vary: OutgoingHttpHeaders[string]): string {
  const list = [vary ?? []].flat().map(String).filter(Boolean);
  return list.some((v) => /accept-encoding/i.test(v))
    ? list.join(", ")
    : [...list, "Accept-Encoding"].join(", ");
}

/** Sends a kept answer: a 304 when the client holds it, gzipped when the client takes it. */
export function replay(request: IncomingMessage, response: ServerResponse, kept: Kept) {
  const headers: OutgoingHttpHeaders = { ...kept.headers, vary: varyOnEncoding(kept.headers.vary) };
  if (kept.etag && matches(request.headers["if-none-match"], kept.etag)) {
    delete headers["content-type"];
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const gzip = takesGzip(request.headers["accept-encoding"]);
  const body = gzip ? (kept.gzip ??= gzipSync(kept.body)) : kept.body;
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = body.length;
  response.writeHead(200, headers);
  response.end(body);
}
