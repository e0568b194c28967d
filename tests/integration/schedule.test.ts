// Scheduled publishing against the real database: validation in Brussels time, the job runner,
// two schedulers racing for the same jobs, failures that leave the text untouched, cancelling.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { cancelJob, runDueJobs, scheduleJob } from "@/lib/actions/schedule";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { toBrusselsInput } from "@/lib/time/brussels";
import { signedIn } from "../helpers/auth";

let editor: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
});
afterAll(async () => {
  const ids = (
    await db.organisation.findMany({ where: { key: { startsWith: "sched-" } }, select: { id: true } })
  ).map((o) => o.id);
  await db.scheduledJob.deleteMany({ where: { entityId: { in: ids } } });
  await db.organisation.deleteMany({ where: { key: { startsWith: "sched-" } } });
  await db.$disconnect();
});

const run = (definition: Parameters<typeof runAction>[0], input: Record<string, unknown>) =>
  runAction(definition, input, editor.headers, () => {});

/** An organisation with an English draft that was never published. */
async function draftOrganisation() {
  const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
  const o = await db.organisation.create({
    data: { key: `sched-${randomUUID().slice(0, 8)}`, regionId: region.id },
  });
  const saved = await run(saveTranslation, {
    type: "organisation",
    id: o.id,
    locale: "en",
    version: 0,
    name: `Scheduled ${o.key}`,
    slug: o.key,
    summary: "Planned text.",
    body: "The planned text.",
    intent: "draft",
  });
  expect(saved.ok).toBe(true);
  return o;
}

const later = (ms: number) => toBrusselsInput(new Date(Date.now() + ms));

async function schedule(id: string, extra: Record<string, unknown> = {}) {
  return run(scheduleJob, {
    type: "organisation",
    id,
    locale: "en",
    action: "publish",
    runAt: later(3_600_000),
    ...extra,
  });
}

/** Makes a planned job due now, as if its time had come. */
const makeDue = (jobId: string) =>
  db.scheduledJob.update({ where: { id: jobId }, data: { runAt: new Date(Date.now() - 1000) } });

describe("scheduling", () => {
  it("refuses a time in the past, an invalid time and a second plan for the same action", async () => {
    const o = await draftOrganisation();
    const past = await schedule(o.id, { runAt: toBrusselsInput(new Date(Date.now() - 120_000)) });
    expect(past).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { runAt: ["inPast"] } });
    const invalid = await schedule(o.id, { runAt: "2026-02-30T10:00" });
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { runAt: ["invalidDateTime"] } });
    const archive = await schedule(o.id, { action: "archive" });
    expect(archive).toMatchObject({ ok: false, fieldErrors: { action: ["notPublished"] } });
    expect((await schedule(o.id)).ok).toBe(true);
    expect(await schedule(o.id)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.scheduledJob.count({ where: { entityId: o.id } })).toBe(1);
  });

  it("stores the Brussels time the editor entered as the right instant", async () => {
    const o = await draftOrganisation();
    const result = await schedule(o.id, { runAt: "2027-07-14T09:30" });
    expect(result.ok).toBe(true);
    const job = await db.scheduledJob.findFirstOrThrow({ where: { entityId: o.id } });
    expect(job.runAt.toISOString()).toBe("2027-07-14T07:30:00.000Z");
  });

  it("a due job publishes the working copy with its change note, audits it and revalidates", async () => {
    const o = await draftOrganisation();
    const planned = await schedule(o.id, { note: "First publication", noteMajor: "on" });
    if (!planned.ok) throw new Error(planned.code);
    const { id: jobId } = planned.data as { id: string };

    const early: string[] = [];
    expect((await runDueJobs((tags) => early.push(...tags))).map((j) => j.id)).not.toContain(jobId);
    expect((await readWorkingCopy(db, "organisation", o.id, "en"))?.publicStatus).toBe("draft");

    await makeDue(jobId);
    const tags: string[] = [];
    const outcomes = await runDueJobs((t) => tags.push(...t));
    expect(outcomes).toContainEqual(expect.objectContaining({ id: jobId, status: "done" }));
    expect(tags).toContain("content:organisation");
    const working = await readWorkingCopy(db, "organisation", o.id, "en");
    expect(working).toMatchObject({ status: "published", publicStatus: "published", version: 2 });
    const row = await db.organisationTranslation.findFirstOrThrow({ where: { organisationId: o.id } });
    expect(row.publishedAt).not.toBeNull();
    expect(await db.changeNote.findMany({ where: { entityId: o.id } })).toEqual([
      expect.objectContaining({ note: "First publication", major: true, locale: "en" }),
    ]);
    const job = await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("done");
    expect(job.doneAt).not.toBeNull();
    const entries = await db.auditLog.findMany({ where: { targetId: o.id }, orderBy: { at: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["content.save", "content.schedule", "content.publish"]);
    expect(entries[2]).toMatchObject({
      actorId: editor.user.id,
      detail: expect.objectContaining({ job: jobId }),
    });
    // Run again: nothing left to do for this job.
    expect((await runDueJobs(() => {})).map((j) => j.id)).not.toContain(jobId);
  });

  it("two schedulers running at the same time execute each job exactly once", async () => {
    const organisations = await Promise.all(Array.from({ length: 6 }, () => draftOrganisation()));
    const jobIds: string[] = [];
    for (const o of organisations) {
      const planned = await schedule(o.id);
      if (!planned.ok) throw new Error(planned.code);
      jobIds.push((planned.data as { id: string }).id);
      await makeDue(jobIds.at(-1)!);
    }
    const [a, b] = await Promise.all([runDueJobs(() => {}), runDueJobs(() => {})]);
    const ran = [...a, ...b].map((j) => j.id).filter((id) => jobIds.includes(id));
    expect(ran.sort()).toEqual([...jobIds].sort());
    for (const o of organisations) {
      const publishes = await db.revision.count({
        where: { entityId: o.id, status: "published", comment: { startsWith: "scheduled:" } },
      });
      expect(publishes).toBe(1);
      expect(await db.auditLog.count({ where: { targetId: o.id, action: "content.publish" } })).toBe(1);
    }
  });

  it("a job whose author may no longer publish fails and changes nothing", async () => {
    const other = await signedIn("editor");
    const o = await draftOrganisation();
    const planned = await runAction(
      scheduleJob,
      { type: "organisation", id: o.id, locale: "en", action: "publish", runAt: later(3_600_000) },
      other.headers,
      () => {},
    );
    if (!planned.ok) throw new Error(planned.code);
    const { id: jobId } = planned.data as { id: string };
    await db.user.update({ where: { id: other.user.id }, data: { active: false } });
    await makeDue(jobId);
    const outcomes = await runDueJobs(() => {});
    expect(outcomes).toContainEqual(
      expect.objectContaining({ id: jobId, status: "failed", error: "schedulerNotAllowed" }),
    );
    expect((await readWorkingCopy(db, "organisation", o.id, "en"))?.publicStatus).toBe("draft");
    expect(await db.revision.count({ where: { entityId: o.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: o.id, action: "content.schedule_failed" } })).toBe(1);
  });

  it("a cancelled job never runs, and cannot be cancelled twice", async () => {
    const o = await draftOrganisation();
    const planned = await schedule(o.id);
    if (!planned.ok) throw new Error(planned.code);
    const { id: jobId } = planned.data as { id: string };
    expect((await run(cancelJob, { jobId })).ok).toBe(true);
    expect(await run(cancelJob, { jobId })).toMatchObject({ ok: false, code: "CONFLICT" });
    await makeDue(jobId);
    expect((await runDueJobs(() => {})).map((j) => j.id)).not.toContain(jobId);
    expect((await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("cancelled");
    expect((await readWorkingCopy(db, "organisation", o.id, "en"))?.publicStatus).toBe("draft");
  });
});
