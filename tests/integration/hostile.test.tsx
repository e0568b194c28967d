// The hostile corpus (tests/hostile/corpus.ts) against the real actions, search, API and route
// handlers, on the real database: each input gets a clear error or is neutralised; nothing
// throws (a 500), nothing is stored or rendered unsafely.
import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as signIn } from "@/app/api/auth/sign-in/route";
import { GET as openData } from "@/app/api/v1/[resource]/route";
import { Markdown } from "@/components/site/Markdown";
import { saveTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { scheduleJob } from "@/lib/actions/schedule";
import { csvField } from "@/lib/api/csv";
import { actorFromHeaders } from "@/lib/auth/session";
import { readWorkingCopy } from "@/lib/content/editorial";
import { readSearch } from "@/lib/content/search";
import { db } from "@/lib/db";
import { serializeJsonLd } from "@/lib/seo/jsonld";
import { parseSearchQuery } from "@/lib/validation/public";
import { apiRequests, csvFormulas, searchPayloads, xssPayloads } from "../hostile/corpus";
import { anonymous, createUser, formRequest, PASSWORD, signedIn } from "../helpers/auth";

let editor: Awaited<ReturnType<typeof signedIn>>;
let organisationId = "";
beforeAll(async () => {
  editor = await signedIn("editor");
  const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
  organisationId = (
    await db.organisation.create({
      data: { key: `hostile-${randomUUID().slice(0, 8)}`, regionId: region.id },
    })
  ).id;
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "hostile-" } } });
  await db.$disconnect();
});

const run = (definition: Parameters<typeof runAction>[0], input: Record<string, unknown>) =>
  runAction(definition, input, editor.headers, () => {});

/** No executable markup: no script-like elements, no event handlers, no script URLs in any tag. */
function expectInert(html: string) {
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    expect(tag).not.toMatch(/^<(script|iframe|style|svg|details|object|embed|form)\b/i);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data):/i);
  }
}

const textInput = (payload: string, version: number) => ({
  type: "organisation",
  id: organisationId,
  locale: "en",
  version,
  name: payload,
  slug: "",
  summary: payload,
  body: payload,
  seoDescription: payload,
  changeNote: payload,
  major: "on",
  intent: "publish",
});

describe("stored and reflected XSS in every text field", () => {
  it.each(xssPayloads)("%s is stored as text and rendered inert", async (payload) => {
    const version = (await readWorkingCopy(db, "organisation", organisationId, "en"))?.version ?? 0;
    const result = await run(saveTranslation, {
      ...textInput(payload, version),
      slug: `hostile-${randomUUID().slice(0, 8)}`,
    });
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const stored = await db.organisationTranslation.findFirstOrThrow({
      where: { organisationId, locale: "en" },
    });
    // Stored exactly as typed (it is text, not markup), and every way it is shown is inert.
    expect(stored.body).toBe(payload.trim());
    expectInert(renderToStaticMarkup(Markdown({ children: stored.body })!));
    expectInert(renderToStaticMarkup(<h1>{stored.name}</h1>));
    const jsonLd = serializeJsonLd({ "@context": "https://schema.org", "@type": "Thing", name: stored.name });
    expect(jsonLd).not.toMatch(/<\/?script|<!--/i);
    expect(JSON.parse(jsonLd).name).toBe(stored.name);
  });
});

describe("search operators and odd input", () => {
  it.each(searchPayloads.map((p) => [p.slice(0, 40), p]))(
    "%s: answers, changes nothing",
    async (_, payload) => {
      const { q } = parseSearchQuery({ q: payload });
      const result = await readSearch("en", q);
      expect(result).toBeTruthy();
      expect(await db.region.count()).toBeGreaterThanOrEqual(4);
    },
  );
});

describe("open-data API parameters", () => {
  it.each(apiRequests.map((r) => [`${r.resource}?${r.query}`, r]))("%s → problem", async (_, r) => {
    const response = await openData(new Request(`http://localhost/api/v1/${r.resource}?${r.query}`), {
      params: Promise.resolve({ resource: decodeURIComponent(r.resource) }),
    });
    expect(response.status).toBe(r.status);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("CSV formula injection", () => {
  it.each(csvFormulas)("%s is neutralised", (value) => {
    const field = csvField(value).replace(/^"/, "");
    expect(field).toMatch(/^'/);
  });
});

describe("oversized and invalid fields get a clear error", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["a 201-character name", { name: "n".repeat(201) }, "name", "tooLong"],
    ["a 50,001-character body", { body: "b".repeat(50_001) }, "body", "tooLong"],
    ["a 1,001-character summary", { summary: "s".repeat(1001) }, "summary", "tooLong"],
    ["a 501-character change note", { changeNote: "c".repeat(501) }, "changeNote", "tooLong"],
    ["a path-traversal slug", { slug: "../../etc/passwd" }, "slug", "invalidSlug"],
    ["an encoded slug", { slug: "%2e%2e%2f" }, "slug", "invalidSlug"],
    ["an unknown locale", { locale: "es" }, "locale", "invalidChoice"],
    ["an unknown content type", { type: "user" }, "type", "invalidChoice"],
    ["an unknown intent", { intent: "delete" }, "intent", "invalidChoice"],
  ];
  it.each(cases)("%s", async (_, override, field, message) => {
    const version = (await readWorkingCopy(db, "organisation", organisationId, "en"))?.version ?? 0;
    const result = await run(saveTranslation, {
      ...textInput("Fine", version),
      intent: "draft",
      ...override,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.[field]).toContain(message);
  });

  it("a negative version and an overlong id", async () => {
    for (const override of [{ version: "-1" }, { id: "x".repeat(65) }]) {
      const result = await run(saveTranslation, { ...textInput("Fine", 0), intent: "draft", ...override });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    }
  });

  it("an impossible date for a planned publication", async () => {
    const result = await run(scheduleJob, {
      type: "organisation",
      id: organisationId,
      locale: "en",
      action: "publish",
      runAt: "2026-13-45T99:99",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { runAt: ["invalidDateTime"] } });
  });
});

describe("route handlers", () => {
  it("an oversized sign-in body is refused with 413", async () => {
    const response = await signIn(
      formRequest("/api/auth/sign-in", { email: "a@b.c", password: "p".repeat(20_000) }),
    );
    expect(response.status).toBe(413);
  });

  it("malformed JSON sent to the sign-in form is a failed sign-in, not a crash", async () => {
    const request = new Request("http://localhost/api/auth/sign-in", {
      method: "POST",
      headers: { origin: "http://localhost", "content-type": "application/json" },
      body: '{"email": "x@y.z", "password":',
    });
    const response = await signIn(request);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("error=invalid");
  });

  it("session fixation: a planted session cookie is never adopted", async () => {
    const user = await createUser("editor");
    const planted = "better-auth.session_token=attacker-chosen-token";
    const headers = anonymous();
    headers.set("cookie", planted);
    const response = await signIn(
      formRequest("/api/auth/sign-in", { email: user.email, password: PASSWORD }, headers),
    );
    expect(response.status).toBe(303);
    const issued = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(issued).toBeTruthy();
    expect(issued).not.toContain("attacker-chosen-token");
    expect(await actorFromHeaders(new Headers({ cookie: planted }))).toBeNull();
  });
});
