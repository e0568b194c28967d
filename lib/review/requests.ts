import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canReview, toActor, type Actor } from "@/lib/auth/access";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { notify } from "@/lib/notifications/notify";
import { readReviewPolicy, secondPairRequired } from "./policy";

type Tx = Prisma.TransactionClient | typeof db;

interface TranslationKey {
  type: ContentType;
  id: string;
  locale: Locale;
}

/** The active accounts that may review this language, in name order. */
export async function reviewersOf(tx: Tx, locale: Locale) {
  const users = await tx.user.findMany({
    where: { active: true, role: { in: ["editor", "admin"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return users.map(toActor).filter((u) => canReview(u, locale));
}

/**
 * Refuses a reviewer who cannot review this language, or who wrote the text when the policy asks
 * for a second pair of eyes (they could not approve it).
 */
async function assertReviewer(tx: Tx, key: TranslationKey, reviewerId: string, authorId: string | null) {
  const user = await tx.user.findUnique({ where: { id: reviewerId } });
  if (!user || !user.active || !canReview(toActor(user), key.locale))
    throw new AppError("VALIDATION", "reviewerNotAllowed", undefined, { reviewerId: ["reviewerNotAllowed"] });
  if (reviewerId === authorId && secondPairRequired(await readReviewPolicy(tx), key.type))
    throw new AppError("VALIDATION", "reviewerIsAuthor", undefined, { reviewerId: ["reviewerIsAuthor"] });
}

/**
 * A submission for review: records whom it is asked of (one reviewer, or anyone who may review
 * the language) and tells them. Runs in the submission's transaction.
 */
export async function requestReview(
  tx: Tx,
  actor: Actor,
  key: TranslationKey & { version: number; itemName: string; reviewerId: string | null },
) {
  if (key.reviewerId) await assertReviewer(tx, key, key.reviewerId, actor.id);
  const where = { entityType: key.type, entityId: key.id, locale: key.locale };
  await tx.reviewRequest.upsert({
    where: { entityType_entityId_locale: where },
    create: { ...where, version: key.version, reviewerId: key.reviewerId, requestedBy: actor.id },
    update: { version: key.version, reviewerId: key.reviewerId, requestedBy: actor.id },
  });
  const recipients = key.reviewerId
    ? [key.reviewerId]
    : (await reviewersOf(tx, key.locale)).map((u) => u.id).filter((id) => id !== actor.id);
  await notify(tx, recipients, {
    kind: key.reviewerId ? "review_assigned" : "review_requested",
    entityType: key.type,
    entityId: key.id,
    locale: key.locale,
    itemName: key.itemName,
    actorName: actor.name,
    comment: null,
  });
}

/**
 * Gives a translation in review to another reviewer (or back to every reviewer). Refused when
 * the text or the assignment changed since the form was opened.
 */
export async function assignReview(
  tx: Tx,
  actor: Actor,
  key: TranslationKey & {
    version: number;
    itemName: string;
    authorId: string | null;
    expectedReviewerId: string | null;
    reviewerId: string | null;
  },
) {
  if (key.reviewerId) await assertReviewer(tx, key, key.reviewerId, key.authorId);
  const where = { entityType: key.type, entityId: key.id, locale: key.locale };
  const { count } = await tx.reviewRequest.updateMany({
    where: { ...where, version: key.version, reviewerId: key.expectedReviewerId },
    data: { reviewerId: key.reviewerId },
  });
  if (count === 0) {
    const current = await tx.reviewRequest.findUnique({ where: { entityType_entityId_locale: where } });
    if (current && current.version === key.version)
      throw new AppError("CONFLICT", "reviewerChanged", { reviewerId: current.reviewerId ?? "" });
    // A submission from before review requests were recorded: this is its first one.
    if (current) throw new AppError("CONFLICT", "contentChanged");
    await tx.reviewRequest.create({ data: { ...where, version: key.version, reviewerId: key.reviewerId } });
  }
  if (key.reviewerId && key.reviewerId !== actor.id && key.reviewerId !== key.expectedReviewerId) {
    await notify(tx, [key.reviewerId], {
      kind: "review_assigned",
      entityType: key.type,
      entityId: key.id,
      locale: key.locale,
      itemName: key.itemName,
      actorName: actor.name,
      comment: null,
    });
  }
}

/** A review decision: the request is answered, and the author (when someone else) is told. */
export async function recordDecision(
  tx: Tx,
  actor: Actor,
  key: TranslationKey & {
    itemName: string;
    authorId: string | null;
    approved: boolean;
    comment: string | null;
  },
) {
  await tx.reviewRequest.deleteMany({
    where: { entityType: key.type, entityId: key.id, locale: key.locale },
  });
  if (!key.authorId || key.authorId === actor.id) return;
  await notify(tx, [key.authorId], {
    kind: key.approved ? "approved" : "sent_back",
    entityType: key.type,
    entityId: key.id,
    locale: key.locale,
    itemName: key.itemName,
    actorName: actor.name,
    comment: key.comment,
  });
}
