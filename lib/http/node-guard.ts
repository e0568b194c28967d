import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { earlyAnswer, reachesMissingPage, refusalOf } from "./early-answer";
import { answerMethod } from "./methods";

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
 * Corrects three things about every request of this process's HTTP servers, before Next's request
 * handler sees it: the methods a Request cannot carry get the same 405 and Allow as any other
 * method an address does not serve; what lib/http/early-answer.ts refuses is answered here, so
 * public pages need no proxy for it (a proxy on the path costs most of a static page's
 * throughput: docs/platform.md); and a static page's header is not sent twice.
 */
export function guardNodeServer() {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
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
      if (reachesMissingPage(rawPath(request))) answerNotFound(response);
      appendOnce(response);
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
