import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/access";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient | typeof db;

/** Whether publishing needs someone other than the author ("2i"): for the site, and per type. */
export interface ReviewPolicy {
  siteRequired: boolean;
  /** Only the types whose rule differs from the site's. */
  perType: Partial<Record<ContentType, boolean>>;
  version: number;
}

const asPerType = (json: unknown): ReviewPolicy["perType"] => {
  const value = (json ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    contentTypes.filter((t) => typeof value[t] === "boolean").map((t) => [t, value[t] as boolean]),
  );
};

/**
 * The policy as the transaction sees it. `FOR SHARE` makes a publication and a change of the
 * policy wait for each other: a publication never goes through under a rule being switched on.
 */
export async function readReviewPolicy(tx: Tx = db): Promise<ReviewPolicy> {
  const [row] = await tx.$queryRaw<{ site_required: boolean; per_type: unknown; version: number }[]>`
    SELECT site_required, per_type, version FROM review_policy WHERE id = 1 FOR SHARE`;
  return {
    siteRequired: row?.site_required ?? false,
    perType: asPerType(row?.per_type),
    version: row?.version ?? 1,
  };
}

export const secondPairRequired = (policy: ReviewPolicy, type: ContentType) =>
  policy.perType[type] ?? policy.siteRequired;

/** Whether this actor may publish a version written by `authorId` under the policy. */
export const mayPublishVersionOf = (
  policy: ReviewPolicy,
  type: ContentType,
  actor: Pick<Actor, "id">,
  authorId: string | null,
) => !secondPairRequired(policy, type) || authorId !== actor.id;

/**
 * Refuses, inside the publishing transaction, to publish a version its publisher wrote when the
 * policy asks for a second pair of eyes. `authorId` is the author of the version that goes live
 * (for a direct publication, the publisher themselves).
 */
export async function assertSecondPair(
  tx: Tx,
  actor: Pick<Actor, "id">,
  type: ContentType,
  authorId: string | null,
) {
  if (!mayPublishVersionOf(await readReviewPolicy(tx), type, actor, authorId))
    throw new AppError("FORBIDDEN", "ownChange");
}
