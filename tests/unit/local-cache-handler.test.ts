// The cache handler without Redis (lib/cache/local-cache-handler.mjs): Next's file-system cache,
// which stores a 404 page or a read that found nothing only in place of an entry it holds, so
// that made-up addresses take no disk and an unpublished page is not served again.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module, loaded by Next from next.config.ts
import LocalCacheHandler from "@/lib/cache/local-cache-handler.mjs";

const dist = fs.mkdtempSync(path.join(os.tmpdir(), "portal-cache-"));
const serverDistDir = path.join(dist, "server");
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

type Handler = {
  set(key: string, data: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string[], durations: object): Promise<void>;
};
const handler = (): Handler =>
  new LocalCacheHandler({
    fs: nodeFs,
    serverDistDir,
    flushToDisk: true,
    maxMemoryCacheSize: 0,
    revalidatedTags: [],
  });

const page = (status: number, html: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(""),
  headers: {},
  status,
  postponed: undefined,
  segmentData: undefined,
});
const read = (body: string) => ({
  kind: "FETCH",
  data: { headers: {}, body, status: 200, url: "" },
  revalidate: false,
});
const pageCtx = { cacheControl: { revalidate: false, expire: undefined } };
const readCtx = { fetchCache: true, tags: ["content"] };

/** Every file under the build's cache folders, by its path. */
function files(dir = dist): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("local cache handler", () => {
  it("stores no 404 page and no empty read for a key it never held", async () => {
    const cache = handler();
    for (let i = 0; i < 20; i++) {
      await cache.set(`/en/made-up-${i}`, page(404, "<h1>Page not found</h1>"), pageCtx);
      await cache.set(`organisation-by-slug-made-up-${i}`, read("null"), readCtx);
    }
    expect(files()).toEqual([]);
  });

  it("stores pages and reads that found something, and a 404 in place of a page it holds", async () => {
    const cache = handler();
    await cache.set("/en/organisations/gone", page(200, "<h1>Gone soon</h1>"), pageCtx);
    await cache.set("organisation-by-slug-gone", read('{"name":"Gone soon"}'), readCtx);
    const html = path.join(serverDistDir, "app", "en", "organisations", "gone.html");
    const data = path.join(dist, "cache", "fetch-cache", "organisation-by-slug-gone");
    expect(fs.readFileSync(html, "utf8")).toContain("Gone soon");
    // Unpublished: the 404 and the empty read replace them, so the old ones are never served.
    await cache.set("/en/organisations/gone", page(404, "<h1>Page not found</h1>"), pageCtx);
    await cache.set("organisation-by-slug-gone", read("null"), readCtx);
    expect(fs.readFileSync(html, "utf8")).toContain("Page not found");
    expect(JSON.parse(fs.readFileSync(data, "utf8")).data.body).toBe("null");
  });

  it("moves the content epoch at every revalidation, which the pages kept in memory follow", async () => {
    const { contentEpoch } = await import("@/lib/http/page-memory");
    const before = contentEpoch();
    await handler().revalidateTag(["content"], { expire: 0 });
    expect(contentEpoch()).toBe(before + 1);
  });
});
