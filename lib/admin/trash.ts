import "server-only";
import { TRASH_DAYS } from "@/lib/actions/trash";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";

export interface TrashEntry {
  id: string;
  type: ContentType;
  name: string;
  deletedAt: Date;
  deletedByName: string | null;
  /** When the scheduler deletes it for good. */
  purgeAt: Date;
}

/** What is in the trash, most recently deleted first (without the kept rows themselves). */
export async function readTrash(): Promise<TrashEntry[]> {
  const rows = await db.trashItem.findMany({
    orderBy: { deletedAt: "desc" },
    select: { id: true, entityType: true, name: true, deletedAt: true, deletedByName: true },
  });
  return rows.map((r) => ({
    id: r.id,
    type: r.entityType,
    name: r.name,
    deletedAt: r.deletedAt,
    deletedByName: r.deletedByName,
    purgeAt: new Date(r.deletedAt.getTime() + TRASH_DAYS * 24 * 60 * 60 * 1000),
  }));
}
