import "server-only";
import { db } from "@/lib/db";
import { FORM_LIFETIME_SECONDS, RETENTION_MONTHS } from "./config";
import { draftCutoff } from "./drafts";

/** The moment before which what readers sent is deleted. */
export function retentionCutoff(now = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - RETENTION_MONTHS);
  return cutoff;
}

/**
 * Deletes contact messages and page answers older than the retention period, the feedback
 * rate-limit counters whose window is over, the marks of used form tokens that would be refused
 * as expired anyway, and the refused forms kept for their pages (lib/feedback/drafts.ts). Called by the scheduler (app/api/jobs/run).
 */
export async function purgeExpiredFeedback(now = new Date()) {
  const before = retentionCutoff(now);
  return db.$transaction(async (tx) => {
    const messages = await tx.contactMessage.deleteMany({ where: { createdAt: { lt: before } } });
    const answers = await tx.pageFeedback.deleteMany({ where: { createdAt: { lt: before } } });
    await tx.rateLimit.deleteMany({ where: { key: { startsWith: "feedback:" }, resetAt: { lt: now } } });
    const expired = new Date(now.getTime() - FORM_LIFETIME_SECONDS * 1000);
    await tx.usedFormToken.deleteMany({ where: { usedAt: { lt: expired } } });
    await tx.formDraft.deleteMany({ where: { createdAt: { lt: draftCutoff(now) } } });
    return { messages: messages.count, answers: answers.count };
  });
}

let lastPurge = 0;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/** The purge at most once an hour per process: the scheduler calls every few seconds. */
export async function purgeExpiredFeedbackIfDue(now = new Date()) {
  if (now.getTime() - lastPurge < PURGE_EVERY_MS) return null;
  lastPurge = now.getTime();
  return purgeExpiredFeedback(now);
}
