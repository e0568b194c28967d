import { createHash } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { Lru } from "@/lib/cache/lru";
import { internalAddress, respelled } from "@/lib/i18n/rewrites";
import { clientIp } from "@/lib/auth/client-ip";
import { databaseReachable, hitSearchLimit } from "@/lib/guard";
import { earlyAnswer, reachesMissingPage, refusalOf } from "./early-answer";
import { answerMethod } from "./methods";
import { contentEpoch, isSearch, keep, keepSent, matches, memoryKey, recall, replay } from "./page-memory";

/**
 * Methods the Fetch standard forbids: Node's Request refuses them, so Next, which builds one for
 * the proxy and every route, answers them with a 500 (docs/platform.md, "Request methods").
 */
const unrepresentable = new Set(["TRACE", "TRACK"]);

function requestUrl(request: IncomingMessage): string {
  try {
    return new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`).toString();
  } catch {
    return "http://localhost/";
  }
}

function requestInfo(request: IncomingMessage) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  return { method: request.method ?? "GET", url: requestUrl(request), headers };
}

async function send(answer: Response, response: ServerResponse) {
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/** The path as sent, without parsing a URL: most requests need nothing more. */
function rawPath(request: IncomingMessage): string {
  const url = request.url ?? "/";
  const query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
}

/**
 * Next 16.4.6 sets `x-nextjs-prerender` on a cached page and then appends the same header stored
 * with the page: every static page would send it twice.
 */
function appendOnce(response: ServerResponse) {
  const append = response.appendHeader;
  response.appendHeader = function (this: ServerResponse, name: string, value: string | readonly string[]) {
    if (name.toLowerCase() === "x-nextjs-prerender" && this.hasHeader(name)) return this;
    return append.call(this, name, value);
  };
}

/** The 404 of an address that matches no page (lib/http/early-answer.ts reachesMissingPage). */
function answerNotFound(response: ServerResponse) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    return (writeHead as (...args: unknown[]) => ServerResponse).call(
      this,
      status === 200 ? 404 : status,
      ...rest,
    );
  } as typeof response.writeHead;
}

/**
 * The ETags of the static pages this process served lately, by their HTML: Next hands the same
 * string of a cached page to every response, and a string keeps its hash, so a page's ETag is
 * computed once rather than over its 50 to 100 KB at every request, as Next's own does
 * (generateEtags is off in next.config.ts: it took a sixth of a cached page's time).
 */
const etags = new Lru<string, string>(500);

function etagOf(html: string): string {
  let etag = etags.get(html);
  if (!etag) {
    etag = `"${createHash("sha1").update(html).digest("base64url").slice(0, 27)}"`;
    etags.set(html, etag);
  }
  return etag;
}

type End = (...args: unknown[]) => ServerResponse;
type Write = (...args: unknown[]) => boolean;

/** Where to keep a page this response sends (lib/http/page-memory.ts). */
type KeepAs = { key: string; epoch: number };

/** The most of a streamed page that is collected to keep it. */
const MAX_KEPT_BYTES = 1 << 20;

/**
 * A page's HTML, as Next ends a cached page's response, gets an ETag and a 304 when it matches,
 * and a page that may be kept is kept (lib/http/page-memory.ts): from its HTML when Next ends the
 * response with it (a cached page), else from the bytes Node sent (the search page, streamed;
 * gzipped when Next compressed them).
 *
 * Next's compression replaces `end` (and `write`) on the response later, and its `end` sends the
 * headers before calling the one it replaced; so the `end` installed here stays the one Next
 * calls (a replacement is kept and called from it), and every later call, which comes from a
 * replacement calling the `end` it saved (at once, or when its gzip stream ends), goes to Node's
 * own. The `write` installed here is the one the compression saves: it sees what Node sends.
 */
function watchPage(request: IncomingMessage, response: ServerResponse, keepAs?: KeepAs) {
  if (request.method !== "GET") return;
  const original = response.end as End;
  let inner = original;
  let called = false;
  let sent: Buffer[] | null = keepAs ? [] : null;
  let sentBytes = 0;
  const record = (chunk: unknown) => {
    if (!sent || chunk === undefined || typeof chunk === "function") return;
    if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) sent = null;
    else if ((sentBytes += chunk.length) > MAX_KEPT_BYTES) sent = null;
    else sent.push(Buffer.from(chunk as string));
  };
  if (keepAs) {
    const write = response.write as Write;
    response.write = function (this: ServerResponse, ...args: unknown[]) {
      record(args[0]);
      return write.apply(this, args);
    } as typeof response.write;
  }
  function finish(self: ServerResponse, args: unknown[]) {
    if (keepAs && sent) {
      record(args[0]);
      if (sent?.length) keepSent(keepAs.key, keepAs.epoch, self, Buffer.concat(sent));
    }
    return original.apply(self, args);
  }
  function end(this: ServerResponse, ...args: unknown[]) {
    if (called) return finish(this, args);
    called = true;
    const [body] = args;
    if (typeof body === "string" && this.statusCode === 200 && !this.headersSent && !this.hasHeader("ETag")) {
      const etag = etagOf(body);
      this.setHeader("ETag", etag);
      if (keepAs) {
        keep(keepAs.key, keepAs.epoch, this, Buffer.from(body));
        sent = null;
      }
      if (matches(request.headers["if-none-match"], etag)) {
        this.statusCode = 304;
        this.removeHeader("Content-Length");
        this.removeHeader("Content-Type");
        return inner === original ? finish(this, []) : inner.call(this);
      }
    }
    return inner === original ? finish(this, args) : inner.apply(this, args);
  }
  Object.defineProperty(response, "end", {
    configurable: true,
    get: () => end,
    set: (replacement: End) => {
      inner = replacement;
    },
  });
}

/**
 * A search answered from memory still counts against the client's search limit, and is not
 * answered while the database is down (the proxy answers both for the searches it sees: 503, 429).
 */
async function searchMayBeRecalled(request: IncomingMessage): Promise<boolean> {
  try {
    if (!(await databaseReachable())) return false;
    const q = new URL(request.url ?? "/", "http://localhost").searchParams.get("q");
    if (!q) return true;
    return (await hitSearchLimit(clientIp(requestInfo(request).headers))).allowed;
  } catch {
    return false;
  }
}

/**
 * Translated addresses (lib/i18n/rewrites.ts): another language's spelling redirected to this
 * locale's, a locale's spelling served from the app's folder (Next then routes the folder's
 * address), and the 404 status of an address that matches no page.
 */
function route(request: IncomingMessage, response: ServerResponse): "answered" | "missing" | "on" {
  const url = request.url ?? "/";
  const query = url.indexOf("?");
  const pathname = query < 0 ? url : url.slice(0, query);
  const search = query < 0 ? "" : url.slice(query);
  const internal = internalAddress(pathname, new URLSearchParams(search));
  if (internal) {
    request.url = `${internal}${search}`;
    return "on";
  }
  if (!reachesMissingPage(pathname)) return "on";
  const target = respelled(pathname);
  if (!target) {
    answerNotFound(response);
    return "missing";
  }
  response.writeHead(307, { Location: `${target}${search}` });
  response.end();
  return "answered";
}

/**
 * Corrects five things about every request of this process's HTTP servers, before Next's request
 * handler sees it: the methods a Request cannot carry get the same 405 and Allow as any other
 * method an address does not serve; what lib/http/early-answer.ts refuses is answered here, so
 * public pages need no proxy for it (a proxy on the path costs most of a static page's
 * throughput: docs/platform.md); translated addresses reach their folders (above); a static
 * page's header is not sent twice; and a page's ETag is computed once (above).
 */
export function guardNodeServer() {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const pass = () => emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (unrepresentable.has(request.method ?? "")) {
        const answer = answerMethod(requestInfo(request));
        if (answer) void send(answer, response);
        return true;
      }
      if (refusalOf(request.method ?? "GET", rawPath(request))) {
        const answer = earlyAnswer(requestInfo(request));
        if (answer) {
          void send(answer, response);
          return true;
        }
      }
      const routed = route(request, response);
      if (routed === "answered") return true;
      appendOnce(response);
      const key = routed === "on" ? memoryKey(request, request.url ?? "/") : null;
      const kept = key ? recall(key) : undefined;
      if (key && kept) {
        if (!isSearch(key.split("?")[0])) {
          replay(request, response, kept);
          return true;
        }
        void searchMayBeRecalled(request).then((recalled) => {
          if (recalled) return replay(request, response, kept);
          watchPage(request, response);
          pass();
        });
        return true;
      }
      watchPage(request, response, key ? { key, epoch: contentEpoch() } : undefined);
    }
    return pass();
  } as typeof emit;
}
