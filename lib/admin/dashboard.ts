import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TranslationStatus } from "@/lib/generated/prisma/enums";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/lib/i18n/routing";
import { contentTables } from "./content-list";
import { revisionNote } from "./revision-note";
import { readTranslationTotals, type TranslationState } from "./translation-matrix";

/** The states of a translation that ask for someone's work, as the dashboard counts them. */
export const attentionStates = [
  "draft",
  "in_review",
  "outdated",
  "missing",
] as const satisfies readonly TranslationState[];
export type AttentionState = (typeof attentionStates)[number];

/** Per language, how many translations are in each state that needs work. */
export async function readAttention(): Promise<Record<Locale, Record<AttentionState, number>>> {
  const totals = await readTranslationTotals();
  const counts = (locale: Locale) =>
    Object.fromEntries(attentionStates.map((s) => [s, totals[locale]?.[s] ?? 0])) as Record<
      AttentionState,
      number
    >;
  return Object.fromEntries(locales.map((l) => [l, counts(l)])) as Record<
    Locale,
    Record<AttentionState, number>
  >;
}

/** A saved state of one translation, with the item's name as it was saved. */
export interface RevisionSummary {
  id: string;
  entityType: ContentType;
  entityId: string;
  locale: Locale;
  name: string;
  status: TranslationStatus;
  authorName: string | null;
  createdAt: Date;
  /** Who sent it back or approved it, when this state is a review decision. */
  decidedByName: string | null;
  /** The reviewer's comment (never a system marker: lib/admin/revision-note.ts). */
  comment: string | null;
}

type SummaryRow = {
  id: string;
  entity_type: ContentType;
  entity_id: string;
  locale: Locale;
  name: string | null;
  status: TranslationStatus;
  author_name: string | null;
  created_at: Date;
  decided_by_name: string | null;
  comment: string | null;
};

const reviewerComment = (comment: string | null) => {
  const note = revisionNote(comment);
  return note?.kind === "comment" ? note.text : null;
};

const summary = (r: SummaryRow): RevisionSummary => ({
  id: r.id,
  entityType: r.entity_type,
  entityId: r.entity_id,
  locale: r.locale,
  name: r.name ?? "",
  status: r.status,
  authorName: r.author_name,
  createdAt: r.created_at,
  decidedByName: r.decided_by_name,
  comment: reviewerComment(r.comment),
});

/** Working copies (the revision each translation row points at) that match `where`. */
function workingCopies(where: Prisma.Sql, order: Prisma.Sql, limit: number) {
  return db.$queryRaw<SummaryRow[]>`
    ${contentTables}
    SELECT v.id, v.entity_type, v.entity_id, v.locale, v.content->>'name' AS name, v.status,
           v.author_name, v.created_at, v.decided_by_name, v.comment
      FROM raw
      JOIN revision v ON v.entity_type = raw.type::"ContentType" AND v.entity_id = raw.entity_id
                     AND v.locale = raw.locale AND v.version = raw.version
     WHERE ${where}
     ORDER BY ${order}
     LIMIT ${limit}`;
}

/** Translations waiting for review, the longest waiting first, with who submitted them and when. */
export async function readReviewQueue(limit = 20): Promise<RevisionSummary[]> {
  return (await workingCopies(Prisma.sql`v.status = 'in_review'`, Prisma.sql`v.created_at, v.id`, limit)).map(
    summary,
  );
}

/**
 * The user's own drafts and submissions that are still the working copy, latest first: what they
 * wrote, also when a reviewer has sent it back to them (the revision keeps its author).
 */
export async function readMyDrafts(userId: string, limit = 10): Promise<RevisionSummary[]> {
  return (
    await workingCopies(
      Prisma.sql`v.author_id = ${userId} AND v.status IN ('draft', 'in_review')`,
      Prisma.sql`v.created_at DESC, v.id`,
      limit,
    )
  ).map(summary);
}

/** The latest saves, by anyone. */
export async function readLatestChanges(limit = 10): Promise<RevisionSummary[]> {
  const rows = await db.revision.findMany({
    where: { authorId: { not: null } },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    locale: r.locale,
    name: (r.content as { name?: string } | null)?.name ?? "",
    status: r.status,
    authorName: r.authorName,
    createdAt: r.createdAt,
    decidedByName: r.decidedByName,
    comment: reviewerComment(r.comment),
  }));
}
