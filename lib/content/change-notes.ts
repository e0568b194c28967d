import "server-only";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { reader } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { cachedRead } from "./shared";

export interface ChangeNoteView {
  id: string;
  note: string;
  publishedAt: string;
}

/** The major change notes published with a page in one language, newest first. */
export async function readMajorChanges(
  type: ContentType,
  entityId: string,
  locale: Locale,
): Promise<ChangeNoteView[]> {
  const notes = await reader().changeNote.findMany({
    where: { entityType: type, entityId, locale, major: true },
    orderBy: { publishedAt: "desc" },
    take: 50,
  });
  return notes.map((n) => ({ id: n.id, note: n.note, publishedAt: n.publishedAt.toISOString() }));
}

/** One cached reader per type, so publishing an item revalidates only its own type's pages. */
const readers = Object.fromEntries(
  contentTypes.map((type) => [
    type,
    cachedRead(`major-changes-${type}`, [type], (entityId: string, locale: Locale) =>
      readMajorChanges(type, entityId, locale),
    ),
  ]),
) as Record<ContentType, (entityId: string, locale: Locale) => Promise<ChangeNoteView[]>>;

export const getMajorChanges = (type: ContentType, entityId: string, locale: Locale) =>
  readers[type](entityId, locale);
