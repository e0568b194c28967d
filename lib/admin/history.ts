import "server-only";
import type { TranslationStatus } from "@/lib/generated/prisma/enums";
import type { ContentType } from "@/lib/cache-tags";
import { entityTable, readWorkingCopy, type TranslationContent } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { diffContent, revisionPreview, type FieldDiff, type RevisionPreview } from "@/lib/history";
import type { Locale } from "@/lib/i18n/routing";
import { revisionNote, type RevisionNote } from "./revision-note";

const HISTORY_PAGE_SIZE = 50;

export interface RevisionEntry {
  id: string;
  version: number;
  status: TranslationStatus;
  /** Null for the seeded (initial) content, which nobody wrote in the admin. */
  authorName: string | null;
  /** Who moved the text to this status without writing it (a review decision, an archiving). */
  decidedByName: string | null;
  savedAt: Date;
  note: RevisionNote | null;
  /** What this version changed, compared with the one before it. */
  preview: RevisionPreview;
}

export interface VersionRef {
  id: string;
  version: number;
}

export interface HistoryView {
  /** The working copy's name, or null when this translation does not exist. */
  name: string | null;
  workingVersion: number | null;
  /** One page of versions, newest first. */
  revisions: RevisionEntry[];
  total: number;
  pageCount: number;
  /** The two versions compared (by default the two newest), and their differences. */
  compared: { from: VersionRef; to: VersionRef; diff: FieldDiff[] } | null;
}

const selection = {
  id: true,
  version: true,
  status: true,
  authorName: true,
  decidedByName: true,
  createdAt: true,
  comment: true,
  content: true,
} as const;

type Row = {
  id: string;
  version: number;
  status: TranslationStatus;
  authorName: string | null;
  decidedByName: string | null;
  createdAt: Date;
  comment: string | null;
  content: unknown;
};

const contentOf = (row: Row) => row.content as TranslationContent & Record<string, unknown>;

function entry(row: Row, previous: Row | null): RevisionEntry {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    authorName: row.authorName,
    decidedByName: row.decidedByName,
    savedAt: row.createdAt,
    note: revisionNote(row.comment),
    preview: revisionPreview(previous && contentOf(previous), contentOf(row)),
  };
}

/**
 * Every saved version of one translation, a page at a time, with what each changed, and the
 * differences between two of them. Null when the item does not exist.
 */
export async function readHistory(
  type: ContentType,
  id: string,
  locale: Locale,
  query: { from?: string; to?: string; page: number },
): Promise<HistoryView | null> {
  if (!(await entityTable(db, type).findUnique({ where: { id } }))) return null;
  const of = { entityType: type, entityId: id, locale };
  const [working, total] = await Promise.all([
    readWorkingCopy(db, type, id, locale),
    db.revision.count({ where: of }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  // One more than a page: the version before the oldest shown, to say what that one changed.
  const rows = await db.revision.findMany({
    where: of,
    orderBy: { version: "desc" },
    skip: (page - 1) * HISTORY_PAGE_SIZE,
    take: HISTORY_PAGE_SIZE + 1,
    select: selection,
  });
  const revisions = rows.slice(0, HISTORY_PAGE_SIZE).map((row, i) => entry(row, rows[i + 1] ?? null));
  return {
    name: working?.content.name ?? null,
    workingVersion: working?.version ?? null,
    revisions,
    total,
    pageCount,
    compared: await compare(of, query, page === 1 ? rows : null),
  };
}

/** The chosen pair of versions (any page), or the two newest. */
async function compare(
  of: { entityType: ContentType; entityId: string; locale: Locale },
  query: { from?: string; to?: string },
  newest: Row[] | null,
) {
  const chosen = [query.from, query.to].filter((x): x is string => !!x);
  const picked = chosen.length
    ? await db.revision.findMany({ where: { ...of, id: { in: chosen } }, select: selection })
    : [];
  const latest =
    newest ??
    (await db.revision.findMany({ where: of, orderBy: { version: "desc" }, take: 2, select: selection }));
  const from = picked.find((r) => r.id === query.from) ?? latest[1];
  const to = picked.find((r) => r.id === query.to) ?? latest[0];
  if (!from || !to) return null;
  return {
    from: { id: from.id, version: from.version },
    to: { id: to.id, version: to.version },
    diff: diffContent(contentOf(from), contentOf(to)),
  };
}
