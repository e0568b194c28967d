import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

type Tx = Prisma.TransactionClient | typeof db;

/** How often an open page says it is still there. */
export const HEARTBEAT_MS = 60_000;
/** Someone seen this recently is shown to the others. */
const PRESENCE_RECENT_MS = 15 * 60_000;
/** Within this time of their last heartbeat (two and a half of them), someone is taken to be there still. */
const STILL_THERE_MS = 2.5 * HEARTBEAT_MS;
/** Rows older than this mean nothing any more: they are removed as others leave. */
const FORGOTTEN_MS = 86_400_000;

export interface TranslationRef {
  type: ContentType;
  id: string;
  locale: Locale;
}

export interface Presence {
  name: string;
  openedAt: Date;
  seenAt: Date;
  /** False once they closed or left the page, or stopped sending heartbeats. */
  stillThere: boolean;
}

/**
 * Records that a user has a translation open (on opening it and at every heartbeat). Coming back
 * after leaving, or after heartbeats stopped, counts as opening it again.
 */
export async function recordOpen(
  tx: Tx,
  userId: string,
  ref: TranslationRef,
  now = new Date(),
  page: string | null = null,
) {
  const stale = new Date(now.getTime() - STILL_THERE_MS);
  await tx.$executeRaw`
    INSERT INTO presence (user_id, entity_type, entity_id, locale, opened_at, seen_at, page_id)
    VALUES (${userId}, ${ref.type}::"ContentType", ${ref.id}, ${ref.locale}::"Locale", ${now}, ${now}, ${page})
    ON CONFLICT (user_id, entity_type, entity_id, locale) DO UPDATE SET
      opened_at = CASE WHEN presence.left_at IS NOT NULL OR presence.seen_at < ${stale}
                       THEN EXCLUDED.opened_at ELSE presence.opened_at END,
      seen_at = EXCLUDED.seen_at,
      left_at = NULL,
      page_id = EXCLUDED.page_id`;
}

/**
 * Records that a user closed or left the page of a translation. A leave from another page than
 * the one that last said it was open (a reload's beacon arriving after the new page's heartbeat,
 * a second tab) changes nothing: that page is still open.
 */
export async function recordLeave(
  tx: Tx,
  userId: string,
  ref: TranslationRef,
  now = new Date(),
  page: string | null = null,
) {
  await tx.presence.updateMany({
    where: {
      userId,
      entityType: ref.type,
      entityId: ref.id,
      locale: ref.locale,
      ...(page ? { OR: [{ pageId: null }, { pageId: page }] } : {}),
    },
    data: { seenAt: now, leftAt: now },
  });
  await tx.presence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - FORGOTTEN_MS) } } });
}

/** The other active users who had this translation open in the last 15 minutes, latest first. */
export async function readOthersPresent(
  ref: TranslationRef,
  userId: string,
  now = new Date(),
): Promise<Presence[]> {
  const rows = await db.presence.findMany({
    where: {
      entityType: ref.type,
      entityId: ref.id,
      locale: ref.locale,
      userId: { not: userId },
      seenAt: { gte: new Date(now.getTime() - PRESENCE_RECENT_MS) },
      user: { active: true },
    },
    orderBy: { seenAt: "desc" },
    select: { openedAt: true, seenAt: true, leftAt: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({
    name: r.user.name,
    openedAt: r.openedAt,
    seenAt: r.seenAt,
    stillThere: !r.leftAt && now.getTime() - r.seenAt.getTime() <= STILL_THERE_MS,
  }));
}
