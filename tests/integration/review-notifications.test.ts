// Review requests, the review queue, notifications and their e-mails, against the real database
// and a real SMTP server: who is asked, who is told, in which language, and that an SMTP server
// that is missing or down never breaks a save.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reviewTranslation, saveTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import {
  assignReviewer,
  markAllNotificationsRead,
  markNotificationRead,
  setEmailNotifications,
} from "@/lib/actions/review";
import { countUnread, readNotifications } from "@/lib/admin/notifications";
import { readMyReviewQueue } from "@/lib/admin/reviews";
import { toActor } from "@/lib/auth/access";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/mail/outbox";
import { signedIn } from "../helpers/auth";
import { startSmtpServer, type SmtpServer } from "../helpers/smtp";

type Session = Awaited<ReturnType<typeof signedIn>>;
let translator: Session;
let reviewer: Session;
let colleague: Session;
let smtp: SmtpServer;
beforeAll(async () => {
  translator = await signedIn("translator", ["fr"]);
  reviewer = await signedIn("editor");
  colleague = await signedIn("editor");
  // The reviewer reads the admin in French, the translator in Dutch.
  await db.user.update({ where: { id: reviewer.user.id }, data: { uiLocale: "fr" } });
  await db.user.update({ where: { id: translator.user.id }, data: { uiLocale: "nl" } });
  smtp = await startSmtpServer();
});
afterEach(() => {
  delete process.env.SMTP_URL;
});
afterAll(async () => {
  const ids = (
    await db.organisation.findMany({ where: { key: { startsWith: "notify-" } }, select: { id: true } })
  ).map((o) => o.id);
  await db.reviewRequest.deleteMany({ where: { entityId: { in: ids } } });
  await db.notification.deleteMany({ where: { entityId: { in: ids } } });
  await db.mailOutbox.deleteMany({});
  await db.organisation.deleteMany({ where: { key: { startsWith: "notify-" } } });
  await smtp.close();
  await db.$disconnect();
});

const run = (definition: Parameters<typeof runAction>[0], input: Record<string, unknown>, as: Session) =>
  runAction(definition, input, as.headers, () => {});

/** Waits for what a background send does (the action does not wait for the SMTP server). */
async function eventually(check: () => Promise<boolean> | boolean, ms = 5000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function organisation(name = "Agence") {
  const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
  const o = await db.organisation.create({
    data: { key: `notify-${randomUUID().slice(0, 8)}`, regionId: region.id },
  });
  return { ...o, name: `${name} ${o.key}` };
}

const working = (id: string) => readWorkingCopy(db, "organisation", id, "fr");

async function submit(o: { id: string; name: string }, as: Session, reviewerId = "") {
  return run(
    saveTranslation,
    {
      type: "organisation",
      id: o.id,
      locale: "fr",
      version: (await working(o.id))?.version ?? 0,
      name: o.name,
      slug: "",
      summary: "Résumé.",
      body: "Texte.",
      intent: "review",
      reviewerId,
    },
    as,
  );
}

const notificationsOf = (userId: string, entityId: string) =>
  db.notification.findMany({ where: { userId, entityId } });

describe("review requests", () => {
  it("asked of one reviewer: only they are told, and it is in their queue, not their colleague's", async () => {
    const o = await organisation();
    expect((await submit(o, translator, reviewer.user.id)).ok).toBe(true);
    expect(await notificationsOf(reviewer.user.id, o.id)).toMatchObject([
      { kind: "review_assigned", actorName: translator.user.name, itemName: o.name, readAt: null },
    ]);
    expect(await notificationsOf(colleague.user.id, o.id)).toEqual([]);
    const mine = await readMyReviewQueue(toActor({ ...reviewer.user, uiLocale: "fr" }));
    expect(mine.find((r) => r.entityId === o.id)).toMatchObject({ assignedToMe: true, name: o.name });
    const theirs = await readMyReviewQueue(toActor(colleague.user));
    expect(theirs.some((r) => r.entityId === o.id)).toBe(false);

    // Once the reviewer asked is deactivated, it is anyone's again.
    await db.user.update({ where: { id: reviewer.user.id }, data: { active: false } });
    try {
      const now = await readMyReviewQueue(toActor(colleague.user));
      expect(now.find((r) => r.entityId === o.id)).toMatchObject({ assignedToMe: false });
    } finally {
      await db.user.update({ where: { id: reviewer.user.id }, data: { active: true } });
    }
  });

  it("asked of nobody in particular: every reviewer is told, and sees it in their queue", async () => {
    const o = await organisation();
    expect((await submit(o, translator)).ok).toBe(true);
    for (const who of [reviewer, colleague]) {
      expect(await notificationsOf(who.user.id, o.id)).toMatchObject([{ kind: "review_requested" }]);
      const queue = await readMyReviewQueue(toActor(who.user));
      expect(queue.find((r) => r.entityId === o.id)).toMatchObject({ assignedToMe: false });
    }
    // The one who submitted is not told of their own submission.
    expect(await notificationsOf(translator.user.id, o.id)).toEqual([]);
  });

  it("refuses a reviewer who cannot review the language, and then saves nothing", async () => {
    const o = await organisation();
    const result = await submit(o, reviewer, translator.user.id);
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reviewerId: ["reviewerNotAllowed"] },
    });
    expect(await working(o.id)).toBeNull();
  });

  it("an editor gives it to someone else later; an older form's change is refused", async () => {
    const o = await organisation();
    expect((await submit(o, translator, reviewer.user.id)).ok).toBe(true);
    const version = (await working(o.id))!.version;
    const assign = (currentReviewerId: string, reviewerId: string) =>
      run(
        assignReviewer,
        { type: "organisation", id: o.id, locale: "fr", version, currentReviewerId, reviewerId },
        colleague,
      );
    expect(await assign(reviewer.user.id, colleague.user.id)).toMatchObject({ ok: true });
    expect(await assign(reviewer.user.id, "")).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "reviewerChanged",
    });
    expect(await db.reviewRequest.findFirstOrThrow({ where: { entityId: o.id } })).toMatchObject({
      reviewerId: colleague.user.id,
    });
    expect(await db.auditLog.count({ where: { targetId: o.id, action: "content.review_assign" } })).toBe(1);
    // Not in review any more: nothing to assign.
    await run(
      reviewTranslation,
      { type: "organisation", id: o.id, locale: "fr", version, decision: "send_back", comment: "Non." },
      colleague,
    );
    expect(await assign(colleague.user.id, reviewer.user.id)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "notInReview",
    });
  });

  it("decisions reach the author; notifications are marked read by their owner only", async () => {
    const o = await organisation();
    expect((await submit(o, translator, reviewer.user.id)).ok).toBe(true);
    const version = (await working(o.id))!.version;
    await run(
      reviewTranslation,
      {
        type: "organisation",
        id: o.id,
        locale: "fr",
        version,
        decision: "send_back",
        comment: "Trop court.",
      },
      reviewer,
    );
    const [sentBack] = await notificationsOf(translator.user.id, o.id);
    expect(sentBack).toMatchObject({
      kind: "sent_back",
      comment: "Trop court.",
      actorName: reviewer.user.name,
    });
    // The request is answered: out of every queue.
    expect(await db.reviewRequest.count({ where: { entityId: o.id } })).toBe(0);

    expect(await run(markNotificationRead, { id: sentBack.id }, reviewer)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const unread = await countUnread(translator.user.id);
    expect(await run(markNotificationRead, { id: sentBack.id }, translator)).toMatchObject({ ok: true });
    expect(await countUnread(translator.user.id)).toBe(unread - 1);
    expect(
      (await readNotifications(translator.user.id)).find((n) => n.id === sentBack.id)?.readAt,
    ).not.toBeNull();
    expect(await run(markAllNotificationsRead, {}, reviewer)).toMatchObject({ ok: true });
    expect(await countUnread(reviewer.user.id)).toBe(0);
  });
});

describe("e-mail", () => {
  it("without SMTP_URL no mail is kept or sent, and the save succeeds", async () => {
    const o = await organisation();
    const outbox = await db.mailOutbox.count();
    expect((await submit(o, translator, reviewer.user.id)).ok).toBe(true);
    expect(await db.mailOutbox.count()).toBe(outbox);
    expect(await drainOutbox()).toEqual({ sent: 0, failed: 0 });
  });

  it("a review request reaches the reviewer in their language, as text and escaped HTML", async () => {
    process.env.SMTP_URL = smtp.url;
    const o = await organisation("<b>Agence & Cie</b>");
    expect((await submit(o, translator, reviewer.user.id)).ok).toBe(true);
    await eventually(() => smtp.to(reviewer.user.email).some((m) => m.text.includes(o.key)));
    const mail = smtp.to(reviewer.user.email).find((m) => m.text.includes(o.key))!;
    expect(mail.subject).toBe(`Relecture demandée\u00a0: ${o.name} (français)`);
    expect(mail.text).toContain(
      `${translator.user.name} vous demande de relire la traduction française de «\u00a0${o.name}\u00a0».`,
    );
    expect(mail.text).toContain(`/admin/content/organisation/${o.id}?locale=fr`);
    expect(mail.html).toContain("&lt;b&gt;Agence &amp; Cie&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>Agence");
    expect(mail.html).toContain('lang="fr"');
    expect(await db.mailOutbox.count({ where: { to: reviewer.user.email, sentAt: null } })).toBe(0);
  });

  it("the decision reaches the author in theirs, with the comment", async () => {
    process.env.SMTP_URL = smtp.url;
    const o = await organisation();
    expect((await submit(o, translator, reviewer.user.id)).ok).toBe(true);
    await run(
      reviewTranslation,
      {
        type: "organisation",
        id: o.id,
        locale: "fr",
        version: (await working(o.id))!.version,
        decision: "send_back",
        comment: "Ajoutez <le> budget.",
      },
      reviewer,
    );
    await eventually(() => smtp.to(translator.user.email).some((m) => m.subject.includes(o.key)));
    const mail = smtp.to(translator.user.email).find((m) => m.subject.includes(o.key))!;
    expect(mail.subject).toBe(`Teruggestuurd: ${o.name} (Frans)`);
    expect(mail.text).toContain("Opmerking van de nalezer: Ajoutez <le> budget.");
    expect(mail.html).toContain("Ajoutez &lt;le&gt; budget.");
  });

  it("a user who turned e-mail off gets the notification but no mail", async () => {
    process.env.SMTP_URL = smtp.url;
    expect(await run(setEmailNotifications, { emailNotifications: "" }, colleague)).toMatchObject({
      ok: true,
      data: { emailNotifications: false },
    });
    const o = await organisation();
    expect((await submit(o, translator, colleague.user.id)).ok).toBe(true);
    expect(await notificationsOf(colleague.user.id, o.id)).toHaveLength(1);
    expect(await db.mailOutbox.count({ where: { to: colleague.user.email } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { actorId: colleague.user.id, action: "user.email_notifications" } }),
    ).toBe(1);
    await run(setEmailNotifications, { emailNotifications: "on" }, colleague);
  });

  it("an SMTP server that is down never breaks the save: the mail waits and goes out later", async () => {
    // Nothing listens on port 1.
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    const o = await organisation();
    expect((await submit(o, translator, reviewer.user.id)).ok).toBe(true);
    const where = { to: reviewer.user.email, sentAt: null };
    await eventually(async () => (await db.mailOutbox.findFirst({ where }))?.lastError != null);
    const waiting = await db.mailOutbox.findFirstOrThrow({ where });
    expect(waiting.attempts).toBe(1);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: the scheduler leaves it.
    expect(await drainOutbox()).toEqual({ sent: 0, failed: 0 });

    // The server is back, and the retry is due.
    process.env.SMTP_URL = smtp.url;
    await db.mailOutbox.update({
      where: { id: waiting.id },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    expect(await drainOutbox()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.to(reviewer.user.email).some((m) => m.text.includes(o.key))).toBe(true);
    expect(await db.mailOutbox.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      attempts: 2,
      lastError: null,
    });
  });
});
