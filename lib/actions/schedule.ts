import "server-only";
import type { ScheduledJob } from "@/lib/generated/prisma/client";
import type { TranslationStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { canManageContent, canPublish, toActor, type Actor } from "@/lib/auth/access";
import { tagsForWrite, type ContentType } from "@/lib/cache-tags";
import { entityTable, readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertSecondPair } from "@/lib/review/policy";
import { log } from "@/lib/log";
import type { Locale } from "@/lib/i18n/routing";
import { cancelJobSchema, scheduleSchema } from "@/lib/validation/content";
import { assertPublishable, writeTranslation } from "./content";
import { defineAction } from "./pipeline";

/** What an archiving can take off the site: a published page, or a withdrawn one. */
const onSite = (status: TranslationStatus) => status === "published" || status === "withdrawn";

/** Plans a publication or an archiving of one translation at a Brussels date and time. */
export const scheduleJob = defineAction({
  name: "scheduleJob",
  allowed: canManageContent,
  schema: scheduleSchema,
  allowedFor: (actor, input) => canPublish(actor, input.locale),
  async run({ actor, input }) {
    return db.$transaction(async (tx) => {
      if (!(await entityTable(tx, input.type).findUnique({ where: { id: input.id } })))
        throw new AppError("NOT_FOUND");
      const working = await readWorkingCopy(tx, input.type, input.id, input.locale);
      if (!working) throw new AppError("NOT_FOUND");
      if (input.action === "archive" && !onSite(working.publicStatus)) {
        throw new AppError("VALIDATION", "notPublished", undefined, { action: ["notPublished"] });
      }
      // Refused now rather than failing when it is due: the text to publish is the working copy.
      if (input.action === "publish") {
        assertPublishable(input.type, working.content);
        await assertSecondPair(tx, actor, input.type, working.authorId);
      }
      const pending = await tx.scheduledJob.findFirst({
        where: {
          entityType: input.type,
          entityId: input.id,
          locale: input.locale,
          action: input.action,
          status: "pending",
        },
      });
      if (pending)
        throw new AppError("CONFLICT", "alreadyScheduled", undefined, { action: ["alreadyScheduled"] });
      const job = await tx.scheduledJob.create({
        data: {
          entityType: input.type,
          entityId: input.id,
          locale: input.locale,
          action: input.action,
          runAt: input.runAt,
          note: input.action === "publish" ? input.note : null,
          major: input.action === "publish" && input.noteMajor,
          createdById: actor.id,
        },
      });
      await audit(
        tx,
        actor,
        "content.schedule",
        { type: input.type, id: input.id },
        { locale: input.locale, action: input.action, runAt: input.runAt.toISOString(), job: job.id },
      );
      return { id: job.id, runAt: job.runAt.toISOString(), action: job.action };
    });
  },
});

export const cancelJob = defineAction({
  name: "cancelJob",
  allowed: canManageContent,
  schema: cancelJobSchema,
  async run({ actor, input }) {
    return db.$transaction(async (tx) => {
      const job = await tx.scheduledJob.findUnique({ where: { id: input.jobId } });
      if (!job) throw new AppError("NOT_FOUND");
      if (!canPublish(actor, job.locale)) throw new AppError("FORBIDDEN");
      // Only a job still waiting can be cancelled; one being run holds its row lock until done.
      const cancelled = await tx.scheduledJob.updateMany({
        where: { id: job.id, status: "pending" },
        data: { status: "cancelled", doneAt: new Date() },
      });
      if (cancelled.count === 0) throw new AppError("CONFLICT", "jobNotPending");
      await audit(
        tx,
        actor,
        "content.schedule_cancel",
        { type: job.entityType, id: job.entityId },
        { locale: job.locale, action: job.action, job: job.id },
      );
      return { id: job.id };
    });
  },
});

export interface JobOutcome {
  id: string;
  type: ContentType;
  entityId: string;
  locale: Locale;
  action: "publish" | "archive";
  status: "done" | "failed";
  error?: string;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The person who planned the job, still allowed to do what it does, acts when it runs. */
async function jobActor(tx: Tx, job: ScheduledJob): Promise<Actor> {
  const user = job.createdById ? await tx.user.findUnique({ where: { id: job.createdById } }) : null;
  const actor = user && user.active ? toActor(user) : null;
  if (!actor || !canPublish(actor, job.locale)) throw new AppError("FORBIDDEN", "schedulerNotAllowed");
  return actor;
}

async function executeJob(tx: Tx, job: ScheduledJob, actor: Actor) {
  const working = await readWorkingCopy(tx, job.entityType, job.entityId, job.locale);
  if (!working) throw new AppError("NOT_FOUND", "translationGone");
  if (job.action === "archive" && !onSite(working.publicStatus)) {
    throw new AppError("CONFLICT", "notPublished");
  }
  // Checked again when it runs: the working copy may be a newer text by the one who planned it.
  if (job.action === "publish") await assertSecondPair(tx, actor, job.entityType, working.authorId);
  const written = await writeTranslation(tx, actor, {
    type: job.entityType,
    id: job.entityId,
    locale: job.locale,
    expectedVersion: working.version,
    content: working.content,
    status: job.action === "publish" ? "published" : "archived",
    comment: `scheduled:${job.id}`,
    changeNote: job.note,
    major: job.major,
  });
  await audit(
    tx,
    actor,
    job.action === "publish" ? "content.publish" : "content.archive",
    { type: job.entityType, id: job.entityId },
    { locale: job.locale, version: written.version, job: job.id, scheduled: true },
  );
}

/**
 * Runs the jobs that are due, each in its own transaction. `FOR UPDATE SKIP LOCKED` makes every
 * job run once however many schedulers (app instances) look at the table at the same time: a
 * job another scheduler holds is skipped, and once done it is no longer pending. A job that
 * cannot run (its text deleted, its author no longer allowed) is marked failed with the reason.
 */
export async function runDueJobs(
  invalidate: (tags: string[]) => void,
  { limit = 50 }: { limit?: number } = {},
): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (let i = 0; i < limit; i++) {
    const outcome = await db.$transaction(
      async (tx): Promise<JobOutcome | null> => {
        // Prisma stores DateTime as UTC in timestamp columns: compare with UTC "now".
        const [due] = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM scheduled_job
          WHERE status = 'pending' AND run_at <= (now() AT TIME ZONE 'UTC')
          ORDER BY run_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        if (!due) return null;
        const job = await tx.scheduledJob.findUniqueOrThrow({ where: { id: due.id } });
        const base = {
          id: job.id,
          type: job.entityType,
          entityId: job.entityId,
          locale: job.locale,
          action: job.action,
        };
        await tx.$executeRaw`SAVEPOINT scheduled_job`;
        try {
          await executeJob(tx, job, await jobActor(tx, job));
          await tx.scheduledJob.update({
            where: { id: job.id },
            data: { status: "done", doneAt: new Date() },
          });
          return { ...base, status: "done" };
        } catch (error) {
          // Undo whatever the job wrote, keep the lock, and record why it failed.
          await tx.$executeRaw`ROLLBACK TO SAVEPOINT scheduled_job`;
          const reason = error instanceof AppError ? error.message : "unexpected";
          if (!(error instanceof AppError)) log.error({ job: job.id, err: error }, "scheduled job failed");
          await tx.scheduledJob.update({
            where: { id: job.id },
            data: { status: "failed", doneAt: new Date(), error: reason },
          });
          await audit(
            tx,
            null,
            "content.schedule_failed",
            { type: job.entityType, id: job.entityId },
            { locale: job.locale, action: job.action, job: job.id, reason },
          );
          return { ...base, status: "failed", error: reason };
        }
      },
      { timeout: 30_000 },
    );
    if (!outcome) break;
    log.info(
      { job: outcome.id, action: outcome.action, outcome: outcome.status, error: outcome.error },
      "scheduled job",
    );
    outcomes.push(outcome);
    if (outcome.status === "done") invalidate(tagsForWrite(outcome.type));
  }
  return outcomes;
}
