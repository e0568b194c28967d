import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TranslationStatus } from "@/lib/generated/prisma/enums";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

type Tx = Prisma.TransactionClient | typeof db;

/** The text of a translation, as stored in its row and in every revision. */
export interface TranslationContent {
  name: string;
  slug: string;
  summary: string;
  body: string;
  seoDescription: string | null;
  goal?: string | null;
  governance?: string | null;
}

export interface TranslationRecord extends TranslationContent {
  id: string;
  locale: Locale;
  status: TranslationStatus;
  version: number;
  publishedAt: Date | null;
  firstPublishedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalNote: string | null;
  updatedAt: Date;
}

/** The foreign key of each type's translation table. */
export const entityKey = {
  region: "regionId",
  organisation: "organisationId",
  initiative: "initiativeId",
  strategy: "strategyId",
  pillar: "pillarId",
  project: "projectId",
} as const satisfies Record<ContentType, string>;

interface TranslationDelegate {
  findFirst(args: object): Promise<TranslationRecord | null>;
  findMany(args: object): Promise<TranslationRecord[]>;
  create(args: object): Promise<TranslationRecord>;
  createMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<TranslationRecord>;
  updateMany(args: object): Promise<{ count: number }>;
}

interface EntityDelegate {
  findUnique(
    args: object,
  ): Promise<({ id: string; key: string; updatedAt: Date } & Record<string, unknown>) | null>;
  updateMany(args: object): Promise<{ count: number }>;
  delete(args: object): Promise<unknown>;
}

export function translationTable(tx: Tx, type: ContentType): TranslationDelegate {
  const tables = {
    region: tx.regionTranslation,
    organisation: tx.organisationTranslation,
    initiative: tx.initiativeTranslation,
    strategy: tx.strategyTranslation,
    pillar: tx.pillarTranslation,
    project: tx.projectTranslation,
  };
  return tables[type] as unknown as TranslationDelegate;
}

export function entityTable(tx: Tx, type: ContentType): EntityDelegate {
  const tables = {
    region: tx.region,
    organisation: tx.organisation,
    initiative: tx.initiative,
    strategy: tx.strategy,
    pillar: tx.pillar,
    project: tx.project,
  };
  return tables[type] as unknown as EntityDelegate;
}

export function contentOf(type: ContentType, row: TranslationContent): TranslationContent {
  const base = {
    name: row.name,
    slug: row.slug,
    summary: row.summary,
    body: row.body,
    seoDescription: row.seoDescription ?? null,
  };
  return type === "strategy" ? { ...base, goal: row.goal ?? "", governance: row.governance ?? "" } : base;
}

/** The state an editor works on: the latest saved revision, or the row when none exists (seed). */
export interface WorkingCopy {
  content: TranslationContent;
  status: TranslationStatus;
  version: number;
  /** Who wrote the text of this version (a review decision or an archiving keeps its author). */
  authorId: string | null;
  authorName: string | null;
  /** Who sent it back, approved or archived it, when this version is such a decision. */
  decidedById: string | null;
  decidedByName: string | null;
  savedAt: Date;
  comment: string | null;
  /** The status of the row the public site reads. */
  publicStatus: TranslationStatus;
  /** When the public page was withdrawn, and the explanation its readers see. */
  withdrawal: { at: Date; note: string } | null;
}

export async function readWorkingCopy(
  tx: Tx,
  type: ContentType,
  entityId: string,
  locale: Locale,
): Promise<WorkingCopy | null> {
  const row = await translationTable(tx, type).findFirst({ where: { [entityKey[type]]: entityId, locale } });
  if (!row) return null;
  const withdrawal =
    row.status === "withdrawn" && row.withdrawnAt
      ? { at: row.withdrawnAt, note: row.withdrawalNote ?? "" }
      : null;
  const revision = await tx.revision.findUnique({
    where: {
      entityType_entityId_locale_version: { entityType: type, entityId, locale, version: row.version },
    },
  });
  return revision
    ? {
        content: revision.content as unknown as TranslationContent,
        status: revision.status,
        version: row.version,
        authorId: revision.authorId,
        authorName: revision.authorName,
        decidedById: revision.decidedById,
        decidedByName: revision.decidedByName,
        savedAt: revision.createdAt,
        comment: revision.comment,
        publicStatus: row.status,
        withdrawal,
      }
    : {
        content: contentOf(type, row),
        status: row.status,
        version: row.version,
        authorId: null,
        authorName: null,
        decidedById: null,
        decidedByName: null,
        savedAt: row.updatedAt,
        comment: null,
        publicStatus: row.status,
        withdrawal,
      };
}
