import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { siteUrl } from "@/lib/metadata";
import { notificationMail, type NotificationFacts } from "./render";

type Tx = Prisma.TransactionClient | typeof db;

/**
 * Tells these users, in the caller's transaction: a notification in their admin list, and an
 * e-mail in their admin language to those who did not turn e-mail off. Inactive accounts are
 * skipped. The mails are sent once the transaction has committed (lib/mail/outbox.ts).
 */
export async function notify(tx: Tx, userIds: string[], facts: NotificationFacts): Promise<void> {
  const recipients = await tx.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, active: true },
    select: { id: true, email: true, uiLocale: true, emailNotifications: true },
  });
  if (!recipients.length) return;
  await tx.notification.createMany({ data: recipients.map((r) => ({ userId: r.id, ...facts })) });
  const links = {
    item: `${siteUrl()}/admin/content/${facts.entityType}/${facts.entityId}?locale=${facts.locale}`,
    account: `${siteUrl()}/admin/account`,
  };
  for (const r of recipients.filter((r) => r.emailNotifications)) {
    await enqueueMail(tx, { to: r.email, ...notificationMail(r.uiLocale, facts, links) });
  }
}
