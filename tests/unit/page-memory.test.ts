// Pages answered from memory (lib/http/page-memory.ts), through the Node server's guard as
// `next start` runs it: a real HTTP server whose handler answers as Next does (a cached page
// ended with its HTML, the search page streamed), behind Next's own compression.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
// @ts-expect-error: Next's own copy of the compression middleware ships without types
import compression from "next/dist/compiled/compression";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

process.env.SEARCH_RATE_LIMIT = "0";
delete process.env.DATABASE_URL; // the embedded database's guard: always reachable, no counter
delete process.env.REDIS_URL;

const emit = http.Server.prototype.emit;
let server: http.Server;
let base: string;
const renders = new Map<string, number>();
/** What the next render of a page sends (to stand for Next's answers other than a fresh page). */
const answers = new Map<string, { status?: number; cache?: string; cookie?: boolean; cut?: boolean }>();

const html = (label: string) => `<!doctype html><html lang="nl"><body>${label.repeat(200)}</body></html>`;

function next(request: IncomingMessage, response: ServerResponse) {
  compression()(request, response, () => {
    const url = new URL(request.url!, "http://x");
    renders.set(url.pathname, (renders.get(url.pathname) ?? 0) + 1);
    const label = `${url.pathname} ${url.searchParams.get("q") ?? ""} #${renders.get(url.pathname)} `;
    const answer = answers.get(url.pathname) ?? {};
    response.statusCode = answer.status ?? 200;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("X-Frame-Options", "DENY");
    if (answer.cookie) response.setHeader("Set-Cookie", "portal_locale=nl; Path=/");
    if (url.pathname.endsWith("/search")) {
      // Streamed, as a page rendered per request is.
      response.write(Buffer.from(html(label).slice(0, 2000)));
      setTimeout(() => response.end(answer.cut ? undefined : html(label).slice(2000)), 5);
      return;
    }
    response.setHeader("x-nextjs-cache", answer.cache ?? "HIT");
    response.end(html(label));
  });
}

type Got = { status: number; headers: http.IncomingHttpHeaders; body: string };

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Got> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const bytes = Buffer.concat(chunks);
        const gzipped = response.headers["content-encoding"] === "gzip";
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body: (gzipped ? gunzipSync(bytes) : bytes).toString(),
        });
      });
    });
    request.on("error", reject);
    request.end();
  });
}

const moveEpoch = () => {
  const global = globalThis as { portalContentEpoch?: number };
  global.portalContentEpoch = (global.portalContentEpoch ?? 0) + 1;
};

beforeAll(async () => {
  const { guardNodeServer } = await import("@/lib/http/node-guard");
  guardNodeServer();
  server = http.createServer(next);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  http.Server.prototype.emit = emit;
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  // Every test starts with nothing kept.
  moveEpoch();
  answers.clear();
});

describe("a static page", () => {
  it("is rendered once, then answered from memory with the same headers and body", async () => {
    const first = await get("/nl/over");
    const again = await get("/nl/over");
    expect(again.body).toBe(first.body);
    expect(again.body).toContain("#1 ");
    expect(again.headers["x-frame-options"]).toBe("DENY");
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers["content-length"]).toBe(String(Buffer.byteLength(first.body)));
    expect(again.headers["x-nextjs-cache"]).toBe("HIT");
  });

  it("is rendered again once content has changed", async () => {
    await get("/nl/privacy");
    moveEpoch();
    expect((await get("/nl/privacy")).body).toContain("#2 ");
    expect((await get("/nl/privacy")).body).toContain("#2 ");
  });

  it("is sent gzipped to a client that takes it, and as a 304 to one that holds it", async () => {
    const plain = await get("/nl/contact");
    const zipped = await get("/nl/contact", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body).toBe(plain.body);
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    const refused = await get("/nl/contact", { "accept-encoding": "gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    const held = await get("/nl/contact", { "if-none-match": plain.headers.etag! });
    expect(held.status).toBe(304);
    expect(held.body).toBe("");
    expect((await get("/nl/contact")).body).toContain("#1 ");
  });

  it("is not kept when Next served a stale copy, another status or a cookie", async () => {
    for (const [path, answer] of [
      ["stale", { cache: "STALE" }],
      ["gone", { status: 404 }],
      ["cookie", { cookie: true }],
    ] as const) {
      answers.set(`/nl/organisations/${path}`, answer);
      await get(`/nl/organisaties/${path}`);
      expect((await get(`/nl/organisaties/${path}`)).body, path).toContain("#2 ");
    }
  });

  it("is never kept for an address that matches no page", async () => {
    await get("/nl/nieuws");
    const again = await get("/nl/nieuws");
    expect(again.status).toBe(404);
    expect(again.body).toContain("#2 ");
  });

  it("is rendered for every request that may be answered otherwise", async () => {
    await get("/nl/gewesten");
    const others: [Record<string, string>, string?][] = [
      [{ rsc: "1" }],
      [{ "next-router-prefetch": "1" }],
      [{ "x-middleware-subrequest": "proxy" }],
      [{ cookie: "__prerender_bypass=1" }],
      [{ cookie: "portal_locale=fr" }],
      [{}, "HEAD"],
    ];
    let count = renders.get("/nl/regions")!;
    for (const [headers, method] of others) {
      await get("/nl/gewesten", headers, method);
      expect(renders.get("/nl/regions"), JSON.stringify(headers)).toBe(++count);
    }
    // The visitor's own choice of this language changes nothing about the page.
    await get("/nl/gewesten", { cookie: "portal_locale=nl" });
    expect(renders.get("/nl/regions")).toBe(count);
  });

  it("is never kept outside a locale", async () => {
    await get("/api/health");
    await get("/api/health");
    expect(renders.get("/api/health")).toBe(2);
  });
});

describe("the search page", () => {
  it("is kept per query, from what was streamed, gzipped or not", async () => {
    const first = await get("/nl/zoeken?q=data", { "accept-encoding": "gzip" });
    expect(first.headers["content-encoding"]).toBe("gzip");
    const again = await get("/nl/zoeken?q=data&other=ignored");
    expect(again.headers["content-encoding"]).toBeUndefined();
    expect(again.body).toBe(first.body);
    expect(again.body).toContain("/nl/search data #1 ");
    const other = await get("/nl/zoeken?q=skills");
    expect(other.body).toContain("/nl/search skills #2 ");
    expect((await get("/nl/zoeken")).body).toContain("#3 ");
    expect((await get("/nl/zoeken?q=")).body).toContain("#4 ");
    expect((await get("/nl/zoeken?q=")).body).toContain("#4 ");
  });

  it("is not kept when its stream ended before the page did", async () => {
    answers.set("/nl/search", { cut: true });
    await get("/nl/zoeken?q=cut");
    answers.clear();
    expect((await get("/nl/zoeken?q=cut")).body).toContain("</html>");
  });
});
