// What readers send, through the real route handlers on the real database: the contact form and
// "Was this page useful?" with its comment. Stored, refused with the text given back, silently
// dropped for a robot, limited per client, refused from another site, and purged after a year.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as comment } from "@/app/api/feedback/comment/route";
import { POST as contact } from "@/app/api/feedback/route";
import { POST as answer } from "@/app/api/feedback/page/route";
import { db } from "@/lib/db";
import { HONEYPOT_FIELD } from "@/lib/feedback/fields";
import { purgeExpiredFeedback } from "@/lib/feedback/retention";
import { formToken, tokenSubject } from "@/lib/feedback/token";
import { anonymous, formRequest } from "../helpers/auth";

/** A request from a client address of its own (behind the trusted proxy), so limits do not mix. */
function post(path: string, fields: Record<string, string>, headers = anonymous(), ip = randomIp()) {
  const h = new Headers(headers);
  h.set("x-forwarded-for", ip);
  return formRequest(path, fields, h);
}
const randomIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 6)}`;
/** A token of a form shown `seconds` ago. */
const shown = (seconds: number, subject = "") => formToken(subject, Date.now() - seconds * 1000);

const message = () => `Het contrast van de knop is te laag ${randomUUID()} <script>alert(1)</script>`;
const valid = (text: string) => ({
  locale: "nl",
  kind: "accessibility",
  message: text,
  pageUrl: "/nl/organisaties/bosa",
  email: "lezer@example.be",
  token: shown(10),
});

beforeAll(() => {
  process.env.TRUST_PROXY = "1";
});
beforeEach(async () => {
  await db.contactMessage.deleteMany();
  await db.pageFeedback.deleteMany();
});
afterEach(() => {
  delete process.env.FEEDBACK_RATE_LIMIT;
});
afterAll(async () => {
  delete process.env.TRUST_PROXY;
  await db.contactMessage.deleteMany();
  await db.pageFeedback.deleteMany();
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "feedback:" } } });
  await db.$disconnect();
});

describe("contact form", () => {
  it("stores exactly what was typed and answers 303 to the translated confirmation", async () => {
    const text = message();
    const response = await contact(post("/api/feedback", valid(text)));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/nl/contact/bedankt");
    const rows = await db.contactMessage.findMany();
    expect(rows).toEqual([
      {
        id: expect.any(String),
        locale: "nl",
        kind: "accessibility",
        message: text,
        pageUrl: "/nl/organisaties/bosa",
        email: "lezer@example.be",
        createdAt: expect.any(Date),
      },
    ]);
    const french = await contact(post("/api/feedback", { ...valid("Bonjour"), locale: "fr", email: "" }));
    expect(french.headers.get("location")).toBe("/fr/contact/merci");
    expect((await db.contactMessage.findFirst({ where: { locale: "fr" } }))?.email).toBeNull();
  });

  it("refuses invalid input with 422, the reasons and every typed text given back (escaped)", async () => {
    const text = `${"Veel te lang. ".repeat(400)}<b>vet</b>`;
    const response = await contact(
      post("/api/feedback", { ...valid(text), email: "anna@mail", kind: "weird" }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("Deze tekst is te lang: maak hem korter");
    expect(html).toContain("Vul een e-mailadres in zoals naam@voorbeeld.be");
    expect(html).toContain("Kies waarover uw bericht gaat");
    expect(html).toContain(`${"Veel te lang. ".repeat(400)}&lt;b&gt;vet&lt;/b&gt;</textarea>`);
    expect(html).toContain('value="anna@mail"');
    expect(html).toContain('value="/nl/organisaties/bosa"');
    expect(html).not.toContain("<b>vet</b>");
    expect(await db.contactMessage.count()).toBe(0);
  });

  it("drops a submission whose honeypot is filled, answering as if it were stored", async () => {
    const response = await contact(
      post("/api/feedback", { ...valid(message()), [HONEYPOT_FIELD]: "https://spam.example" }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/nl/contact/bedankt");
    expect(await db.contactMessage.count()).toBe(0);
  });

  it("refuses a form sent too fast, too late or with a forged token, keeping the text", async () => {
    const text = message();
    for (const [token, reason] of [
      [formToken(), "wel erg snel na het openen"],
      [shown(25 * 60 * 60), "langer dan een dag open"],
      [`${shown(10).slice(0, -3)}xyz`, "kon niet worden gecontroleerd"],
      ["", "kon niet worden gecontroleerd"],
    ] as const) {
      const response = await contact(post("/api/feedback", { ...valid(text), token }));
      expect(response.status, reason).toBe(422);
      const html = await response.text();
      expect(html).toContain(reason);
      expect(html).toContain(
        text.replace("<script>", "&lt;script&gt;").replace("</script>", "&lt;/script&gt;"),
      );
      // A fresh token, so the same text can be sent again.
      const fresh = /name="token" value="([^"]+)"/.exec(html)![1];
      expect(tokenSubject(fresh)).toBe("");
    }
    expect(await db.contactMessage.count()).toBe(0);
  });

  it("limits submissions per client (429 with Retry-After, text kept) and keeps no address", async () => {
    process.env.FEEDBACK_RATE_LIMIT = "2";
    const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < 2; i++) {
      expect((await contact(post("/api/feedback", valid(message()), anonymous(), ip))).status).toBe(303);
    }
    const text = message();
    const limited = await contact(post("/api/feedback", valid(text), anonymous(), ip));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const html = await limited.text();
    expect(html).toContain("Er zijn te veel berichten verstuurd vanaf uw verbinding");
    expect(html).toContain(text.slice(0, 30));
    expect(await db.contactMessage.count()).toBe(2);
    // Another client is not affected.
    expect((await contact(post("/api/feedback", valid(message())))).status).toBe(303);
    const keys = (await db.rateLimit.findMany({ where: { key: { startsWith: "feedback:" } } })).map(
      (r) => r.key,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => k.includes(ip) || k.includes("203.0.113"))).toEqual([]);
  });

  it("refuses a form posted from another site (403) and an oversized body (413)", async () => {
    const evil = new Headers({ origin: "https://evil.example" });
    expect((await contact(post("/api/feedback", valid(message()), evil))).status).toBe(403);
    const noOrigin = new Headers();
    expect((await contact(post("/api/feedback", valid(message()), noOrigin))).status).toBe(403);
    expect((await contact(post("/api/feedback", valid("x".repeat(40_000))))).status).toBe(413);
    expect(await db.contactMessage.count()).toBe(0);
  });
});

describe("Was this page useful?", () => {
  it("stores yes and no per page and confirms with a token that names the answer", async () => {
    const yes = await answer(
      post("/api/feedback/page", { locale: "en", page: "/en/organisations/bosa", answer: "yes" }),
    );
    expect(yes.status).toBe(303);
    const location = new URL(yes.headers.get("location")!, "http://localhost");
    expect(location.pathname).toBe("/en/feedback");
    const row = await db.pageFeedback.findUniqueOrThrow({
      where: { id: tokenSubject(location.searchParams.get("token"))! },
    });
    expect(row).toMatchObject({ locale: "en", path: "/en/organisations/bosa", useful: true, comment: null });
    const no = await answer(
      post("/api/feedback/page", { locale: "fr", page: "/fr/vie-privee", answer: "no" }),
    );
    expect(new URL(no.headers.get("location")!, "http://localhost").pathname).toBe("/fr/avis");
    expect(await db.pageFeedback.count({ where: { path: "/fr/vie-privee", useful: false } })).toBe(1);
  });

  it("refuses an answer that is not yes or no, or about another site's page (400)", async () => {
    for (const fields of [
      { locale: "nl", page: "/nl", answer: "maybe" },
      { locale: "nl", page: "https://evil.example/nl", answer: "no" },
      { locale: "nl", page: "/es/pagina", answer: "no" },
    ]) {
      const response = await answer(post("/api/feedback/page", fields));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("Uw antwoord kon niet worden geregistreerd");
    }
    const robot = await answer(
      post("/api/feedback/page", { locale: "nl", page: "/nl", answer: "no", [HONEYPOT_FIELD]: "x" }),
    );
    expect(robot.status).toBe(303);
    expect(
      (
        await answer(
          post(
            "/api/feedback/page",
            { locale: "nl", page: "/nl", answer: "no" },
            new Headers({ origin: "https://evil.example" }),
          ),
        )
      ).status,
    ).toBe(403);
    expect(await db.pageFeedback.count()).toBe(0);
  });

  it("attaches one comment to a 'no', after the time check; refused, gives the comment back", async () => {
    const no = await db.pageFeedback.create({
      data: { locale: "nl", path: "/nl/vergelijken", useful: false },
    });
    const text = `De tabel is moeilijk te lezen ${randomUUID()}`;
    const tooFast = await comment(
      post("/api/feedback/comment", { locale: "nl", comment: text, token: formToken(no.id) }),
    );
    expect(tooFast.status).toBe(422);
    const refused = await tooFast.text();
    expect(refused).toContain(`${text}</textarea>`);
    expect(tokenSubject(/name="token" value="([^"]+)"/.exec(refused)![1])).toBe(no.id);
    const empty = await comment(
      post("/api/feedback/comment", { locale: "nl", comment: " ", token: shown(10, no.id) }),
    );
    expect([empty.status, (await empty.text()).includes("Schrijf uw opmerking")]).toEqual([422, true]);

    const sent = await comment(
      post("/api/feedback/comment", { locale: "nl", comment: text, token: shown(10, no.id) }),
    );
    expect(sent.status).toBe(303);
    // The comment's own confirmation (not the contact form's), for this answer.
    const confirmation = new URL(sent.headers.get("location")!, "http://portal.test");
    expect(confirmation.pathname).toBe("/nl/feedback");
    expect(tokenSubject(confirmation.searchParams.get("token")!)).toBe(no.id);
    expect(await db.pageFeedback.findUniqueOrThrow({ where: { id: no.id } })).toMatchObject({
      comment: text,
    });
    const again = await comment(
      post("/api/feedback/comment", { locale: "nl", comment: "nog eens", token: shown(10, no.id) }),
    );
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("nog eens</textarea>");
    expect((await db.pageFeedback.findUniqueOrThrow({ where: { id: no.id } })).comment).toBe(text);

    const yes = await db.pageFeedback.create({ data: { locale: "nl", path: "/nl", useful: true } });
    const onYes = await comment(
      post("/api/feedback/comment", { locale: "nl", comment: text, token: shown(10, yes.id) }),
    );
    expect(onYes.status).toBe(409);
    const forged = await comment(
      post("/api/feedback/comment", { locale: "nl", comment: text, token: `${shown(10, no.id)}x` }),
    );
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain(`${text}</textarea>`);
  });
});

describe("retention", () => {
  it("deletes what readers sent more than 12 months ago, and the feedback counters past their window", async () => {
    const now = new Date("2027-06-15T12:00:00Z");
    const old = new Date("2026-06-14T12:00:00Z");
    const recent = new Date("2026-06-16T12:00:00Z");
    await db.contactMessage.createMany({
      data: [
        { locale: "nl", kind: "other", message: "oud", createdAt: old },
        { locale: "nl", kind: "other", message: "recent", createdAt: recent },
      ],
    });
    await db.pageFeedback.createMany({
      data: [
        { locale: "fr", path: "/fr", useful: false, comment: "ancien", createdAt: old },
        { locale: "fr", path: "/fr", useful: true, createdAt: recent },
      ],
    });
    await db.rateLimit.createMany({
      data: [
        { key: "feedback:contact:expired", count: 1, resetAt: new Date(now.getTime() - 1000) },
        { key: "feedback:contact:current", count: 1, resetAt: new Date(now.getTime() + 60_000) },
        { key: "sign-in:ip:other", count: 1, resetAt: new Date(now.getTime() - 1000) },
      ],
    });
    expect(await purgeExpiredFeedback(now)).toEqual({ messages: 1, answers: 1 });
    expect((await db.contactMessage.findMany()).map((m) => m.message)).toEqual(["recent"]);
    expect((await db.pageFeedback.findMany()).map((m) => m.useful)).toEqual([true]);
    const keys = (
      await db.rateLimit.findMany({
        where: { key: { in: ["feedback:contact:expired", "feedback:contact:current", "sign-in:ip:other"] } },
      })
    ).map((r) => r.key);
    expect(keys.sort()).toEqual(["feedback:contact:current", "sign-in:ip:other"]);
    await db.rateLimit.deleteMany({ where: { key: "sign-in:ip:other" } });
  });
});
