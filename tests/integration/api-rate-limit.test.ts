import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

afterAll(() => db.$disconnect());

describe("open-data API rate limit", () => {
  it("answers 429 with Retry-After and a problem body past the limit per client", async () => {
    process.env.API_RATE_LIMIT = "3";
    const { GET } = await import("@/app/api/v1/[resource]/route");
    const call = () =>
      GET(new Request("http://localhost/api/v1/organisations.bad-resource"), {
        params: Promise.resolve({ resource: "unknown" }),
      });
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "api:" } } });
    for (let i = 0; i < 3; i++) expect((await call()).status).toBe(404);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ status: 429, title: "Too many requests" });
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "api:" } } });
    delete process.env.API_RATE_LIMIT;
  });
});
