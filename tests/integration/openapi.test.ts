// The OpenAPI document against maintained OpenAPI tools, and the API's refusals against the
// document itself (its answers with data are checked against the real server in
// tests/e2e/seo.spec.ts: they need Next's data cache).
import { dereference, validate } from "@readme/openapi-parser";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { resourceNames } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { compileDocument } from "../helpers/openapi";

type Handler = (request: Request, context: { params: Promise<{ resource: string }> }) => Promise<Response>;
let openData: Handler;
const document = openApiDocument();
const compiled = compileDocument(document as Parameters<typeof compileDocument>[0]);

// Each request comes from an address of its own, except where the test wants the limit.
let client = 0;
beforeAll(async () => {
  process.env.TRUST_PROXY = "1";
  process.env.API_RATE_LIMIT = "2";
  openData = (await import("@/app/api/v1/[resource]/route")).GET;
});
afterAll(async () => {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "api:" } } });
  delete process.env.API_RATE_LIMIT;
  delete process.env.TRUST_PROXY;
  await db.$disconnect();
});

function call(resource: string, query = "", headers: Record<string, string> = {}) {
  return openData(
    new Request(`http://localhost/api/v1/${resource}?${query}`, {
      headers: { "x-forwarded-for": `198.51.100.${++client}`, ...headers },
    }),
    { params: Promise.resolve({ resource }) },
  );
}

/** The problem body of `response`, after checking it is what the document says `path` answers. */
async function documentedProblem(path: string, response: Response) {
  expect(compiled.statuses(path)).toContain(String(response.status));
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = await response.json();
  expect(compiled.errors(path, response.status, "application/problem+json", body)).toEqual([]);
  return body;
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 for two independent validators", async () => {
    expect(document.openapi).toBe("3.1.0");
    const readme = await validate(structuredClone(document) as never);
    expect(readme.valid ? [] : readme.errors).toEqual([]);
    const seriousme = await new Validator().validate(structuredClone(document));
    expect(seriousme.valid ? [] : seriousme.errors).toEqual([]);
  });

  it("dereferences completely", async () => {
    const resolved = JSON.parse(JSON.stringify(await dereference(structuredClone(document) as never)));
    expect(JSON.stringify(resolved)).not.toContain('"$ref"');
    const page = resolved.paths["/api/v1/organisations"].get.responses["200"].content["application/json"];
    expect(Object.keys(page.schema.properties.data.items.properties)).toContain("focusAreas");
  });

  it("describes every collection as JSON and as CSV, with its 304, 400 and 429", () => {
    for (const name of resourceNames) {
      for (const path of [`/api/v1/${name}`, `/api/v1/${name}.csv`]) {
        expect(compiled.statuses(path)).toEqual(["200", "304", "400", "429"]);
      }
    }
  });
});

describe("the API's refusals are documented problems", () => {
  it.each(["locale=nl&locale=fr", "page=1&page=2", "locale=es", "per_page=0", "sort=name"])(
    "%s: 400 naming the parameter",
    async (query) => {
      const response = await call("initiatives", query);
      expect(response.status).toBe(400);
      const body = await documentedProblem("/api/v1/initiatives", response);
      expect(body).toMatchObject({ status: 400, instance: "/api/v1/initiatives" });
      expect(body.errors.map((e: { name: string }) => e.name)).toEqual([query.split("=")[0]]);
    },
  );

  it("past the limit: 429 with Retry-After, in the client's language", async () => {
    const client = { "x-forwarded-for": "203.0.113.7", "accept-language": "fr-BE,fr;q=0.9" };
    // The limit is counted before the resource is read: unknown resources count too.
    for (let i = 0; i < 2; i++) expect((await call("nothing", "", client)).status).toBe(404);
    const limited = await call("strategies", "", client);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("content-language")).toBe("fr");
    const body = await documentedProblem("/api/v1/strategies", limited);
    expect(body).toMatchObject({ status: 429, title: "Trop de requêtes" });
    expect(body.detail).toMatch(/^Trop de requêtes\u00a0: ralentissez et réessayez dans \d+ secondes?\.$/);
  });

  it("the locale parameter chooses the language of a problem, then Accept-Language, then English", async () => {
    const titles = async (query: string, headers: Record<string, string> = {}) =>
      (await (await call("nothing", query, headers)).json()).title;
    expect(await titles("locale=nl")).toBe("Niet gevonden");
    expect(await titles("", { "accept-language": "fr" })).toBe("Introuvable");
    expect(await titles("locale=fr", { "accept-language": "nl" })).toBe("Introuvable");
    expect(await titles("", { "accept-language": "es" })).toBe("Not found");
  });
});
