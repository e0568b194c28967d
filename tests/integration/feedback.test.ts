// What readers send, through the real route handlers on the real database: the contact form and
// "Was this page useful?" with its comment. Stored, refused with the text kept as a draft for the
// form's page (what that page shows is tests/e2e/feedback.spec.ts), silently dropped for a robot,
// limited per client, refused from another site, and purged after a year.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as commentAddress, POST as comment } from "@/app/api/feedback/comment/route";
import { GET as contactAddress, POST as contact } from "@/app/api/feedback/route";
import { GET as answerAddress, POST as answer } from "@/app/api/feedback/page/route";
import { db } from "@/lib/db";
import { HONEYPOT_FIELD } from "@/lib/feedback/fields";
import { purgeExpiredFeedback } from "@/lib/feedback/retention";
import { hasReceipt } from "@/lib/feedback/store";
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

/** A refusal: 303 to the form's page naming a draft, and that draft as stored. */
async function refusedTo(response: Response, pathname: string) {
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get("location")!, "http://portal.test");
  expect(location.pathname).toBe(pathname);
  const draft = await db.formDraft.findUniqueOrThrow({ where: { id: location.searchParams.get("draft")! } });
  return { location, draft };
}

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
  await db.formDraft.deleteMany();
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
    const receipt = new URL(response.headers.get("location")!, "http://portal.test");
    expect(receipt.pathname).toBe("/nl/contact/bedankt");
    expect(await hasReceipt(receipt.searchParams.get("receipt"))).toBe(true);
    expect(await hasReceipt(`${receipt.searchParams.get("receipt")!.slice(0, -1)}A`)).toBe(false);
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
    expect(french.headers.get("location")).toMatch(/^\/fr\/contact\/merci\?receipt=[\w-]{43}$/);
    expect((await db.contactMessage.findFirst({ where: { locale: "fr" } }))?.email).toBeNull();
  });

  it("refuses invalid input: 303 to the contact page, with every typed text and the reasons kept", async () => {
    const text = `${"Veel te lang. ".repeat(400)}<b>vet</b>`;
    const response = await contact(
      post("/api/feedback", { ...valid(text), email: "anna@mail", kind: "weird" }),
    );
    const { location, draft } = await refusedTo(response, "/nl/contact");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect([...location.searchParams.keys()]).toEqual(["draft"]);
    expect(draft).toMatchObject({
      form: "contact",
      values: { kind: "weird", message: text, pageUrl: "/nl/organisaties/bosa", email: "anna@mail" },
      errors: { kind: "kindRequired", message: "tooLong", email: "invalidEmail" },
      subject: null,
    });
    expect(await db.contactMessage.count()).toBe(0);
    // In French, to the French page.
    const french = await contact(post("/api/feedback", { ...valid(""), locale: "fr" }));
    expect((await refusedTo(french, "/fr/contact")).draft.errors).toEqual({ message: "messageRequired" });
  });

  it("deletes the draft once the form shown from it is sent", async () => {
    const refused = await contact(post("/api/feedback", { ...valid(message()), kind: "" }));
    const { draft } = await refusedTo(refused, "/nl/contact");
    const sent = await contact(post("/api/feedback", { ...valid(message()), draft: draft.id }));
    expect(sent.headers.get("location")).toMatch(/^\/nl\/contact\/bedankt\?receipt=/);
    expect(await db.formDraft.count()).toBe(0);
    expect(await db.contactMessage.count()).toBe(1);
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
      [formToken(), "tooFast"],
      [shown(25 * 60 * 60), "expired"],
      [`${shown(10).slice(0, -3)}xyz`, "invalid"],
      ["", "invalid"],
    ] as const) {
      const response = await contact(post("/api/feedback", { ...valid(text), token }));
      const { draft } = await refusedTo(response, "/nl/contact");
      expect(draft.errors, reason).toEqual({ form: reason });
      expect((draft.values as Record<string, string>).message).toBe(text);
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
    // Past the limit nothing more is stored, not even a draft.
    expect(await db.formDraft.count()).toBe(0);
    // Another client is not affected.
    expect((await contact(post("/api/feedback", valid(message())))).status).toBe(303);
    const keys = (await db.rateLimit.findMany({ where: { key: { startsWith: "feedback:" } } })).map(
      (r) => r.key,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => k.includes(ip) || k.includes("203.0.113"))).toEqual([]);
  });

  it("stores a form sent twice (a double click, a replay) once, confirming each time", async () => {
    const fields = valid(message());
    const twice = await Promise.all([
      contact(post("/api/feedback", fields)),
      contact(post("/api/feedback", fields)),
    ]);
    const replayed = await contact(post("/api/feedback", fields));
    const receipts = new Set<string | null>();
    for (const response of [...twice, replayed]) {
      expect(response.status).toBe(303);
      receipts.add(response.headers.get("location"));
    }
    expect([...receipts]).toEqual([expect.stringMatching(/^\/nl\/contact\/bedankt\?receipt=/)]);
    expect(await db.contactMessage.count()).toBe(1);
    // Another form (another token) with another text is another message.
    expect(
      (await contact(post("/api/feedback", { ...fields, message: message(), token: shown(10) }))).status,
    ).toBe(303);
    expect(await db.contactMessage.count()).toBe(2);
  });

  it("counts a line break as one character, as the reader sees it (browsers send CR LF)", async () => {
    const lines = "Regel.\r\n".repeat(700); // 4,900 characters as seen, 5,600 as sent
    const response = await contact(post("/api/feedback", valid(lines)));
    expect(response.headers.get("location")).toMatch(/^\/nl\/contact\/bedankt\?receipt=/);
    expect((await db.contactMessage.findFirstOrThrow()).message).toBe("Regel.\n".repeat(700).trim());
  });

  it("stores the very same message sent again with another form (Back, then Send) once", async () => {
    const text = message();
    for (let i = 0; i < 2; i++) {
      const response = await contact(post("/api/feedback", { ...valid(text), token: shown(10) }));
      expect(response.headers.get("location")).toMatch(/^\/nl\/contact\/bedankt\?receipt=/);
    }
    expect(await db.contactMessage.count()).toBe(1);
    // Another text from the same form page is another message.
    await contact(post("/api/feedback", { ...valid(`${text} (aangevuld)`), token: shown(10) }));
    expect(await db.contactMessage.count()).toBe(2);
  });

  it("takes a form from the portal reached by another of its addresses (127.0.0.1, the network's)", async () => {
    for (const host of ["127.0.0.1:3300", "192.0.2.2:3300"]) {
      const headers = new Headers({ origin: `http://${host}`, host });
      expect((await contact(post("/api/feedback", valid(message()), headers))).status, host).toBe(303);
    }
    // The Host is the browser's: another site's page cannot pass for ours by naming our host.
    const forged = new Headers({ origin: "https://evil.example", host: "127.0.0.1:3300" });
    expect((await contact(post("/api/feedback", valid(message()), forged))).status).toBe(403);
  });

  it("refuses a form posted from another site (403) and an oversized body (413)", async () => {
    const evil = new Headers({ origin: "https://evil.example", "accept-language": "fr-BE" });
    const refused = await contact(post("/api/feedback", valid(message()), evil));
    expect(refused.status).toBe(403);
    // A page in the reader's language with a way back, not a machine's JSON.
    expect(refused.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await refused.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('href="/fr/contact"');
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

  it("takes a few answers about one page from a client, then refuses more (429), other pages unaffected", async () => {
    const ip = randomIp();
    const ask = (page: string) =>
      answer(post("/api/feedback/page", { locale: "nl", page, answer: "no" }, anonymous(), ip));
    expect((await ask("/nl/gewesten")).status).toBe(303);
    expect((await ask("/nl/gewesten")).status).toBe(303);
    const burst = await ask("/nl/gewesten");
    expect(burst.status).toBe(429);
    expect(Number(burst.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await burst.text()).toContain("Er zijn te veel berichten verstuurd vanaf uw verbinding");
    expect((await ask("/nl/organisaties")).status).toBe(303);
    expect(await db.pageFeedback.count({ where: { path: "/nl/gewesten" } })).toBe(2);
    // Another reader can still answer about that page.
    expect(
      (await answer(post("/api/feedback/page", { locale: "nl", page: "/nl/gewesten", answer: "yes" })))
        .status,
    ).toBe(303);
  });

  it("attaches one comment to a 'no', after the time check; refused, keeps the comment for its page", async () => {
    const no = await db.pageFeedback.create({
      data: { locale: "nl", path: "/nl/vergelijken", useful: false },
    });
    const text = `De tabel is moeilijk te lezen ${randomUUID()}`;
    const tooFast = await comment(
      post("/api/feedback/comment", { locale: "nl", comment: text, token: formToken(no.id) }),
    );
    const fast = await refusedTo(tooFast, "/nl/feedback");
    expect(fast.draft).toMatchObject({
      form: "comment",
      values: { comment: text },
      errors: { form: "tooFast" },
      subject: no.id,
    });
    // A fresh token for the same answer, so that the page shows the form again.
    expect(tokenSubject(fast.location.searchParams.get("token"))).toBe(no.id);
    const empty = await comment(
      post("/api/feedback/comment", { locale: "nl", comment: " ", token: shown(10, no.id) }),
    );
    expect((await refusedTo(empty, "/nl/feedback")).draft.errors).toEqual({ comment: "commentRequired" });

    const sent = await comment(
      post("/api/feedback/comment", {
        locale: "nl",
        comment: text,
        token: shown(10, no.id),
        draft: fast.draft.id,
      }),
    );
    expect(sent.status).toBe(303);
    // The comment's own confirmation (not the contact form's), for this answer.
    const confirmation = new URL(sent.headers.get("location")!, "http://portal.test");
    expect(confirmation.pathname).toBe("/nl/feedback");
    expect(tokenSubject(confirmation.searchParams.get("token")!)).toBe(no.id);
    expect(await db.pageFeedback.findUniqueOrThrow({ where: { id: no.id } })).toMatchObject({
      comment: text,
    });
    expect(await db.formDraft.findUnique({ where: { id: fast.draft.id } })).toBeNull();

    // Refusals that cannot be attached any more: the comment is kept to copy, with no token.
    const yes = await db.pageFeedback.create({ data: { locale: "nl", path: "/nl", useful: true } });
    for (const [token, reason] of [
      [shown(10, no.id), "answerGone"],
      [shown(10, yes.id), "answerGone"],
      [`${shown(10, no.id)}x`, "invalid"],
    ] as const) {
      const response = await comment(
        post("/api/feedback/comment", { locale: "nl", comment: "nog eens", token }),
      );
      const { location, draft } = await refusedTo(response, "/nl/feedback");
      expect(location.searchParams.has("token"), reason).toBe(false);
      expect(draft).toMatchObject({
        values: { comment: "nog eens" },
        errors: { form: reason },
        subject: null,
      });
    }
    expect((await db.pageFeedback.findUniqueOrThrow({ where: { id: no.id } })).comment).toBe(text);
  });
});

describe("the forms' addresses opened in a browser", () => {
  it("lead to the page with the form, in the reader's language", async () => {
    const get = (acceptLanguage: string) =>
      new Request("http://localhost/api/feedback", { headers: { "accept-language": acceptLanguage } });
    for (const [handler, lang, location] of [
      [contactAddress, "fr-BE,fr", "/fr/contact"],
      [contactAddress, "nl-BE", "/nl/contact"],
      [answerAddress, "en-GB", "/en/feedback"],
      [commentAddress, "fr", "/fr/avis"],
    ] as const) {
      const response = handler(get(lang));
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(location);
    }
  });
});

describe("retention", () => {
  it("deletes what readers sent more than 12 months ago, drafts after an hour, and the feedback counters past their window", async () => {
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
    await db.usedFormToken.createMany({
      data: [
        { id: "expired-token", usedAt: new Date(now.getTime() - 25 * 60 * 60 * 1000) },
        { id: "live-token", usedAt: new Date(now.getTime() - 60 * 60 * 1000) },
      ],
    });
    const draft = { form: "contact", values: {}, errors: {} };
    await db.formDraft.createMany({
      data: [
        { ...draft, id: "old-draft", createdAt: new Date(now.getTime() - 61 * 60 * 1000) },
        { ...draft, id: "new-draft", createdAt: new Date(now.getTime() - 59 * 60 * 1000) },
      ],
    });
    expect(await purgeExpiredFeedback(now)).toEqual({ messages: 1, answers: 1 });
    expect((await db.formDraft.findMany()).map((d) => d.id)).toEqual(["new-draft"]);
    const tokens = await db.usedFormToken.findMany({
      where: { id: { in: ["expired-token", "live-token"] } },
    });
    expect(tokens.map((t) => t.id)).toEqual(["live-token"]);
    await db.usedFormToken.deleteMany({ where: { id: "live-token" } });
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
