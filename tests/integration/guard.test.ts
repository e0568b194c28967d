// The proxy's guard against the real database: the search rate limit per client (shared table),
// answered with a translated 429 and Retry-After, and the probe that tells whether the database
// is reachable.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseReachable } from "@/lib/guard";
import proxy from "@/proxy";

const saved = { trust: process.env.TRUST_PROXY, limit: process.env.SEARCH_RATE_LIMIT };
beforeAll(() => {
  process.env.TRUST_PROXY = "1";
  process.env.SEARCH_RATE_LIMIT = "3";
});
afterAll(() => {
  process.env.TRUST_PROXY = saved.trust;
  process.env.SEARCH_RATE_LIMIT = saved.limit;
});

const search = (path: string, ip: string) =>
  proxy(new NextRequest(`http://localhost${path}`, { headers: { "x-forwarded-for": ip } }));

describe("search rate limit", () => {
  it("answers a translated 429 with Retry-After once a client exceeds the limit", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200)}-${randomUUID().slice(0, 4)}`;
    for (let i = 0; i < 3; i++) expect((await search("/en/search?q=data", ip)).status).not.toBe(429);
    const limited = await search("/nl/zoeken?q=data", ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("cache-control")).toBe("no-store");
    const html = await limited.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("Te veel zoekopdrachten");
  });

  it("counts each client apart, and only searches", async () => {
    const ip = `198.51.100.${randomUUID().slice(0, 6)}`;
    for (let i = 0; i < 4; i++) await search("/fr/recherche?q=ia", ip);
    expect((await search("/fr/recherche?q=ia", ip)).status).toBe(429);
    expect((await search("/fr/recherche?q=ia", `${ip}-other`)).status).not.toBe(429);
    // The empty search form and other pages do not count.
    expect((await search("/fr/recherche", ip)).status).not.toBe(429);
    expect((await search("/fr/organisations", ip)).status).not.toBe(429);
  });
});

describe("database probe", () => {
  it("reports the database reachable", async () => {
    expect(await databaseReachable()).toBe(true);
  });
});

describe("malformed addresses", () => {
  it("answers 400 to a path whose escapes are not valid UTF-8, instead of crashing", async () => {
    const response = await proxy(new NextRequest("http://localhost/en/initiatives/%C0%AE%C0%AE%2F"));
    expect(response.status).toBe(400);
  });
});
