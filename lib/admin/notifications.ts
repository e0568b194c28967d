import "server-only";
import { db } from "@/lib/db";

/** The user's notifications, unread first, then the newest. */
export async function readNotifications(userId: string, limit = 100) {
  return db.notification.findMany({
    where: { userId },
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
    take: limit,
  });
}

export function countUnread(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Whether the user gets the e-mails about reviews (the account page's setting). */
export async function readEmailNotifications(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailNotifications: true } });
  return user?.emailNotifications ?? true;
}
