import "server-only";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { TranslationStatus } from "@/lib/generated/prisma/enums";

export type StatusCounts = Record<TranslationStatus, number>;

const translationTables = {
  region: db.regionTranslation,
  organisation: db.organisationTranslation,
  initiative: db.initiativeTranslation,
  strategy: db.strategyTranslation,
  pillar: db.pillarTranslation,
  project: db.projectTranslation,
} as const;

/** Translations per content type and status. */
export async function readStatusCounts(): Promise<Record<ContentType, StatusCounts>> {
  const rows = await Promise.all(
    contentTypes.map(async (type) => {
      const groups = await (translationTables[type] as typeof db.regionTranslation).groupBy({
        by: ["status"],
        _count: true,
      });
      const counts: StatusCounts = { draft: 0, in_review: 0, published: 0, archived: 0 };
      for (const g of groups) counts[g.status] = g._count;
      return [type, counts] as const;
    }),
  );
  return Object.fromEntries(rows) as Record<ContentType, StatusCounts>;
}

export interface RevisionSummary {
  id: string;
  entityType: ContentType;
  entityId: string;
  locale: string;
  name: string;
  status: TranslationStatus;
  authorName: string | null;
  createdAt: Date;
}

function summarize(r: {
  id: string;
  entityType: ContentType;
  entityId: string;
  locale: string;
  status: TranslationStatus;
  authorName: string | null;
  createdAt: Date;
  content: unknown;
}): RevisionSummary {
  const name = (r.content as { name?: string } | null)?.name ?? "";
  return {
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    locale: r.locale,
    name,
    status: r.status,
    authorName: r.authorName,
    createdAt: r.createdAt,
  };
}

/** The user's latest revisions that are still drafts. */
export async function readMyDrafts(userId: string): Promise<RevisionSummary[]> {
  const rows = await db.revision.findMany({
    where: { authorId: userId, status: { in: ["draft", "in_review"] } },
    orderBy: { createdAt: "desc" },
    distinct: ["entityType", "entityId", "locale"],
    take: 10,
  });
  return rows.map(summarize);
}

export async function readLatestChanges(): Promise<RevisionSummary[]> {
  return (await db.revision.findMany({ orderBy: { createdAt: "desc" }, take: 10 })).map(summarize);
}

export { translationTables };
