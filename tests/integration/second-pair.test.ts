// The second pair of eyes ("2i") against the real database: a version is never published by its
// own author where the policy requires it, whichever path publishes (review, direct publication,
// a planned publication), and the refusal changes nothing.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reviewTranslation, saveTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { setReviewPolicy } from "@/lib/actions/review";
import { runDueJobs, scheduleJob } from "@/lib/actions/schedule";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { toBrusselsInput } from "@/lib/time/brussels";
import { signedIn } from "../helpers/auth";

type Session = Awaited<ReturnType<typeof signedIn>>;
let author: Session;
let other: Session;
let admin: Session;
beforeAll(async () => {
  author = await signedIn("editor");
  other = await signedIn("editor");
  admin = await signedIn("admin");
});
const resetPolicy = () =>
  db.reviewPolicy.update({ where: { id: 1 }, data: { siteRequired: false, perType: {} } });
afterEach(resetPolicy);
afterAll(async () => {
  const ids = (
    await db.organisation.findMany({ where: { key: { startsWith: "twoeyes-" } }, select: { id: true } })
  ).map((o) => o.id);
  await db.scheduledJob.deleteMany({ where: { entityId: { in: ids } } });
  await db.reviewRequest.deleteMany({ where: { entityId: { in: ids } } });
  await db.notification.deleteMany({ where: { entityId: { in: ids } } });
  await db.organisation.deleteMany({ where: { key: { startsWith: "twoeyes-" } } });
  await db.$disconnect();
});

const policy = (siteRequired: boolean, perType: Record<string, boolean> = {}) =>
  db.reviewPolicy.update({ where: { id: 1 }, data: { siteRequired, perType } });

const run = (definition: Parameters<typeof runAction>[0], input: Record<string, unknown>, as: Session) =>
  runAction(definition, input, as.headers, () => {});

async function organisation() {
  const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
  return db.organisation.create({
    data: { key: `twoeyes-${randomUUID().slice(0, 8)}`, regionId: region.id },
  });
}

const working = (id: string) => readWorkingCopy(db, "organisation", id, "nl");

/** Saves the Dutch text from its current version with an intent, as `as`. */
async function save(id: string, intent: "draft" | "review" | "publish", as: Session, extra = {}) {
  return run(
    saveTranslation,
    {
      type: "organisation",
      id,
      locale: "nl",
      version: (await working(id))?.version ?? 0,
      name: `Agentschap ${id.slice(-6)}`,
      slug: "",
      summary: "Een samenvatting.",
      body: "Een tekst.",
      intent,
      ...extra,
    },
    as,
  );
}

async function decide(id: string, decision: "approve" | "send_back", as: Session, comment = "") {
  return run(
    reviewTranslation,
    { type: "organisation", id, locale: "nl", version: (await working(id))!.version, decision, comment },
    as,
  );
}

describe("the second pair of eyes", () => {
  it("off (the default): an editor still approves their own submission", async () => {
    const o = await organisation();
    expect((await save(o.id, "review", author)).ok).toBe(true);
    expect(await decide(o.id, "approve", author)).toMatchObject({ ok: true, data: { status: "published" } });
  });

  it("refuses the author's approval with a translated reason and changes nothing; someone else approves", async () => {
    await policy(true);
    const o = await organisation();
    expect((await save(o.id, "review", author)).ok).toBe(true);
    const before = await working(o.id);

    expect(await decide(o.id, "approve", author)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "ownChange",
    });
    const after = await working(o.id);
    expect(after).toMatchObject({ status: "in_review", version: before!.version, publicStatus: "in_review" });
    expect(await db.auditLog.count({ where: { targetId: o.id, action: "content.publish" } })).toBe(0);

    const approved = await decide(o.id, "approve", other);
    expect(approved).toMatchObject({ ok: true, data: { status: "published" } });
    expect(await working(o.id)).toMatchObject({ status: "published", authorId: author.user.id });
  });

  it("the author may still send their own submission back: that publishes nothing", async () => {
    await policy(true);
    const o = await organisation();
    expect((await save(o.id, "review", author)).ok).toBe(true);
    expect(await decide(o.id, "send_back", author)).toMatchObject({ ok: true, data: { status: "draft" } });
  });

  it("refuses a direct publication by the one who writes it, and keeps the text as it was", async () => {
    const o = await organisation();
    expect((await save(o.id, "draft", author)).ok).toBe(true);
    await policy(true);
    const before = await working(o.id);
    expect(await save(o.id, "publish", author, { summary: "Nieuw." })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "ownChange",
    });
    expect(await working(o.id)).toEqual(before);
  });

  it("a content type's rule wins over the site's, either way", async () => {
    const a = await organisation();
    await policy(false, { organisation: true });
    expect(await save(a.id, "publish", author)).toMatchObject({ ok: false, message: "ownChange" });
    await policy(true, { organisation: false });
    expect(await save(a.id, "publish", author)).toMatchObject({ ok: true, data: { status: "published" } });
    // The rule of another type does not apply here.
    await policy(false, { region: true });
    expect(await save(a.id, "publish", author, { summary: "Weer nieuw." })).toMatchObject({ ok: true });
  });

  it("a planned publication: refused for one's own text when planned, and again when it runs", async () => {
    await policy(true);
    const o = await organisation();
    expect((await save(o.id, "review", other)).ok).toBe(true);
    const plan = (as: Session) =>
      run(
        scheduleJob,
        {
          type: "organisation",
          id: o.id,
          locale: "nl",
          action: "publish",
          runAt: toBrusselsInput(new Date(Date.now() + 3_600_000)),
        },
        as,
      );
    expect(await plan(other)).toMatchObject({ ok: false, code: "FORBIDDEN", message: "ownChange" });
    const planned = await plan(author);
    expect(planned.ok, JSON.stringify(planned)).toBe(true);

    // The planner then writes a text of their own: when due, the job refuses to publish it.
    expect((await save(o.id, "draft", author, { summary: "Zelf herschreven." })).ok).toBe(true);
    const jobId = (planned as { data: { id: string } }).data.id;
    await db.scheduledJob.update({ where: { id: jobId }, data: { runAt: new Date(Date.now() - 1000) } });
    const outcomes = await runDueJobs(() => {});
    expect(outcomes.find((j) => j.id === jobId)).toMatchObject({ status: "failed", error: "ownChange" });
    // Never published: the row follows the working copy, and nothing went public.
    expect(await working(o.id)).toMatchObject({ status: "draft", publicStatus: "draft" });
  });

  it("the setting: admins only, audited with before and after, refused from an older version", async () => {
    const version = (await db.reviewPolicy.findUniqueOrThrow({ where: { id: 1 } })).version;
    const input = { siteRequired: "on", type_project: "not_required", version: String(version) };
    expect(await run(setReviewPolicy, input, author)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await run(setReviewPolicy, input, admin)).toMatchObject({
      ok: true,
      data: { siteRequired: true, perType: { project: false } },
    });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "settings.review_policy", actorId: admin.user.id },
      orderBy: { id: "desc" },
    });
    expect(entry.detail).toMatchObject({ siteRequired: [false, true], perType: [{}, { project: false }] });
    // A second admin's form, opened before that change.
    expect(await run(setReviewPolicy, { ...input, siteRequired: "" }, admin)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "policyChanged",
    });
    expect(await db.reviewPolicy.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      siteRequired: true,
    });
  });
});
