import "server-only";
import { canReview, type Actor } from "@/lib/auth/access";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { mayPublishVersionOf, readReviewPolicy, secondPairRequired } from "@/lib/review/policy";
import { reviewersOf } from "@/lib/review/requests";
import { contentTables } from "./content-list";

export interface QueuedReview {
  entityType: ContentType;
  entityId: string;
  locale: Locale;
  name: string;
  authorName: string | null;
  submittedAt: Date;
  /** Asked of this user by name; otherwise of anyone who reviews the language. */
  assignedToMe: boolean;
}

type Row = {
  entity_type: ContentType;
  entity_id: string;
  locale: Locale;
  name: string | null;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  reviewer_id: string | null;
};

/**
 * What waits for this user's review, the longest waiting first: submissions asked of them, and
 * those asked of nobody in particular (or of someone no longer active) in a language they review, except their own where a second
 * pair of eyes is required (they could not approve them).
 */
export async function readMyReviewQueue(actor: Actor, limit = 100): Promise<QueuedReview[]> {
  const [rows, policy] = await Promise.all([
    db.$queryRaw<Row[]>`
      ${contentTables}
      SELECT v.entity_type, v.entity_id, v.locale, v.content->>'name' AS name, v.author_id,
             v.author_name, v.created_at, asked.id AS reviewer_id
        FROM raw
        JOIN revision v ON v.entity_type = raw.type::"ContentType" AND v.entity_id = raw.entity_id
                       AND v.locale = raw.locale AND v.version = raw.version
        LEFT JOIN review_request rr ON rr.entity_type = v.entity_type AND rr.entity_id = v.entity_id
                                   AND rr.locale = v.locale
        -- A reviewer whose account was deactivated since: the request is anyone's again.
        LEFT JOIN "user" asked ON asked.id = rr.reviewer_id AND asked.active
       WHERE v.status = 'in_review' AND (asked.id IS NULL OR asked.id = ${actor.id})
       ORDER BY v.created_at, v.id
       LIMIT ${limit}`,
    readReviewPolicy(),
  ]);
  return rows
    .filter((r) => canReview(actor, r.locale))
    .filter((r) => mayPublishVersionOf(policy, r.entity_type, actor, r.author_id))
    .map((r) => ({
      entityType: r.entity_type,
      entityId: r.entity_id,
      locale: r.locale,
      name: r.name ?? "",
      authorName: r.author_name,
      submittedAt: r.created_at,
      assignedToMe: r.reviewer_id === actor.id,
    }));
}

/** What the editor page needs about the review of one translation. */
export async function readReviewState(type: ContentType, id: string, locale: Locale) {
  const [request, policy, reviewers] = await Promise.all([
    db.reviewRequest.findUnique({
      where: { entityType_entityId_locale: { entityType: type, entityId: id, locale } },
    }),
    readReviewPolicy(),
    reviewersOf(db, locale),
  ]);
  return {
    /** Whether publishing this type needs someone other than the version's author. */
    secondPair: secondPairRequired(policy, type),
    reviewerId: request?.reviewerId ?? null,
    reviewerName: reviewers.find((r) => r.id === request?.reviewerId)?.name ?? null,
    reviewers: reviewers.map((r) => ({ id: r.id, name: r.name })),
  };
}
export type ReviewState = Awaited<ReturnType<typeof readReviewState>>;
