import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { deliver, mailConfigured, type Mail } from "./transport";

type Tx = Prisma.TransactionClient | typeof db;

/** After this many failed attempts a mail is given up (it stays in the table with its error). */
export const MAX_ATTEMPTS = 8;

/** Minutes before the next attempt after `attempts` failures: 1, 2, 4 … up to an hour. */
const retryDelayMinutes = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1));

let queued = false;

/**
 * Keeps a mail in the caller's transaction: it exists exactly when the change it tells about was
 * committed. Without SMTP_URL nothing is kept (no e-mail is sent, and none piles up).
 */
export async function enqueueMail(tx: Tx, mail: Mail): Promise<void> {
  if (!mailConfigured()) return;
  await tx.mailOutbox.create({ data: mail });
  queued = true;
}

/**
 * Sends the mails that are due. Each is claimed first in a short transaction (`SKIP LOCKED`, and
 * its next attempt moved on), then sent outside any transaction, so that a slow or failing SMTP
 * server holds no lock and several instances never send one mail twice at once.
 */
export async function drainOutbox({ limit = 20 }: { limit?: number } = {}) {
  if (!mailConfigured()) return { sent: 0, failed: 0 };
  const claimed = await db.$queryRaw<(Mail & { id: string; attempts: number })[]>`
    UPDATE mail_outbox SET attempts = attempts + 1,
           next_attempt_at = (now() AT TIME ZONE 'UTC') + interval '5 minutes'
     WHERE id IN (SELECT id FROM mail_outbox
                   WHERE sent_at IS NULL AND attempts < ${MAX_ATTEMPTS}
                     AND next_attempt_at <= (now() AT TIME ZONE 'UTC')
                   ORDER BY created_at, id LIMIT ${limit}
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, text, html, attempts`;
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await deliver({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      await db.mailOutbox.update({ where: { id: mail.id }, data: { sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message.slice(0, 500) : "unknown";
      log.warn({ mail: mail.id, attempts: mail.attempts, reason }, "mail not sent, will retry");
      await db.mailOutbox.update({
        where: { id: mail.id },
        data: {
          lastError: reason,
          nextAttemptAt: new Date(Date.now() + retryDelayMinutes(mail.attempts) * 60_000),
        },
      });
    }
  }
  return { sent, failed };
}

/**
 * After an action committed mails: send them now, in the background (the answer does not wait
 * for the SMTP server, and a failure is only logged; the scheduler retries).
 */
export function sendQueuedMail(): void {
  if (!queued) return;
  queued = false;
  drainOutbox().catch((error: unknown) => log.error({ err: error }, "mail outbox failed"));
}
