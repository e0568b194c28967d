import http, { type IncomingMessage, type ServerResponse } from "node:http";
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

async function refuse(request: IncomingMessage, response: ServerResponse) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const answer = answerMethod({ method: request.method ?? "TRACE", url: requestUrl(request), headers });
  if (!answer) return;
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
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

/**
 * Corrects two things about every request of this process's HTTP servers, before Next's request
 * handler sees it: the methods a Request cannot carry get the same 405 and Allow as the proxy
 * gives, and a static page's header is not sent twice.
 */
export function guardNodeServer() {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (unrepresentable.has(request.method ?? "")) {
        void refuse(request, response);
        return true;
      }
      appendOnce(response);
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
