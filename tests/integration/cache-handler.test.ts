// The shared cache handler (lib/cache/redis-cache-handler.mjs) against the machine's Redis: two
// handlers stand for two instances. What one stores the other reads, a tag revalidated on one is
// gone for the other, and with Redis unreachable a handler caches on its own and never throws.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module, loaded by Next from next.config.ts
import { createSharedHandler } from "@/lib/cache/redis-cache-handler.mjs";

type Shared = {
  client: {
    isReady: boolean;
    destroy(): void;
    keys(pattern: string): Promise<string[]>;
    unlink(keys: string[]): Promise<number>;
  };
  handler: {
    get(key: string, meta: { implicitTags: string[] }): Promise<{ value: unknown } | null>;
    set(key: string, value: unknown): Promise<void>;
    revalidateTag(tag: string): Promise<void>;
  };
};

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const created: Shared[] = [];
function instance(url = REDIS_URL, keyPrefix = prefix): Shared {
  const shared = createSharedHandler({ url, keyPrefix }) as Shared;
  created.push(shared);
  return shared;
}
const prefix = `portal-test:${randomUUID()}:`;
afterAll(async () => {
  const [first] = created;
  const keys = await first.client.keys("portal-test:*");
  if (keys.length) await first.client.unlink(keys);
  for (const shared of created) shared.client.destroy();
});

const entry = (text: string, tags: string[]) => ({
  lastModified: Date.now(),
  lifespan: null,
  tags,
  value: { kind: "FETCH", data: { headers: {}, body: text, status: 200, url: "" }, revalidate: false },
});
const meta = { implicitTags: [] };

async function ready(shared: Shared) {
  for (let i = 0; i < 100 && !shared.client.isReady; i++) await new Promise((r) => setTimeout(r, 20));
  expect(shared.client.isReady).toBe(true);
}

describe("shared cache handler", () => {
  it("shares entries between instances, and a tag revalidated on one is gone on the other", async () => {
    const a = instance();
    const b = instance();
    await Promise.all([ready(a), ready(b)]);
    await a.handler.set("page:/en", entry("Digital Wallonia", ["type:organisation"]));
    expect((await b.handler.get("page:/en", meta))?.value).toMatchObject({
      data: { body: "Digital Wallonia" },
    });
    await a.handler.revalidateTag("type:organisation");
    expect(await b.handler.get("page:/en", meta)).toBeNull();
  });

  it("does not store a render that started before a revalidation on another instance", async () => {
    const a = instance();
    const b = instance();
    await Promise.all([ready(a), ready(b)]);
    // A misses and starts rendering; meanwhile B publishes; then A's render finishes.
    expect(await a.handler.get("page:/en/organisations/x", meta)).toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    await b.handler.revalidateTag("type:organisation");
    await a.handler.set("page:/en/organisations/x", entry("old text", ["type:organisation"]));
    expect(await b.handler.get("page:/en/organisations/x", meta)).toBeNull();
    // The next render, after the revalidation, is stored.
    expect(await a.handler.get("page:/en/organisations/x", meta)).toBeNull();
    await a.handler.set("page:/en/organisations/x", entry("new text", ["type:organisation"]));
    expect((await b.handler.get("page:/en/organisations/x", meta))?.value).toMatchObject({
      data: { body: "new text" },
    });
  });

  it("stores no answer that something does not exist: a 404 page or a read that found nothing", async () => {
    const a = instance();
    await ready(a);
    const notFound = {
      ...entry("", ["type:organisation"]),
      value: { kind: "APP_PAGE", html: "<h1>Page not found</h1>", status: 404, headers: {} },
    };
    await a.handler.set("page:/en/organisations/made-up", notFound);
    await a.handler.set("data:organisation-by-slug:made-up", entry("null", ["type:organisation"]));
    expect(await a.handler.get("page:/en/organisations/made-up", meta)).toBeNull();
    expect(await a.handler.get("data:organisation-by-slug:made-up", meta)).toBeNull();
    expect(await a.client.keys(`${prefix}*made-up*`)).toEqual([]);
  });

  it("keeps builds apart: another key prefix does not see this build's entries", async () => {
    const current = instance();
    const other = instance(REDIS_URL, `portal-test:${randomUUID()}:`);
    await Promise.all([ready(current), ready(other)]);
    await current.handler.set("page:/fr", entry("Bruxelles", []));
    expect(await other.handler.get("page:/fr", meta)).toBeNull();
  });

  it("with Redis unreachable, caches on its own instead of failing", async () => {
    // Nothing listens on port 1: every connection is refused.
    const alone = instance("redis://127.0.0.1:1");
    await alone.handler.set("page:/nl", entry("Digitaal Vlaanderen", ["type:region"]));
    expect((await alone.handler.get("page:/nl", meta))?.value).toMatchObject({
      data: { body: "Digitaal Vlaanderen" },
    });
    await alone.handler.revalidateTag("type:region");
    expect(await alone.handler.get("page:/nl", meta)).toBeNull();
    expect(alone.client.isReady).toBe(false);
  });
});
