import "server-only";
import { audit } from "@/lib/audit";
import { canManageSettings, canReview, canReviewAny, canUseAdmin } from "@/lib/auth/access";
import { contentTypes } from "@/lib/cache-tags";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readReviewPolicy } from "@/lib/review/policy";
import { assignReview } from "@/lib/review/requests";
import {
  assignReviewerSchema,
  emailNotificationsSchema,
  noInputSchema,
  notificationIdSchema,
  reviewPolicySchema,
} from "@/lib/validation/review";
import { defineAction } from "./pipeline";

/**
 * The second pair of eyes, for the site and per content type. Changed from the version the form
 * showed only (the update matches on it); the audit entry keeps the rule before and after.
 */
export const setReviewPolicy = defineAction({
  name: "setReviewPolicy",
  allowed: canManageSettings,
  schema: reviewPolicySchema,
  async run({ actor, input }) {
    const perType = Object.fromEntries(
      contentTypes
        .filter((t) => input[`type_${t}`] !== "site")
        .map((t) => [t, input[`type_${t}`] === "required"]),
    );
    return db.$transaction(async (tx) => {
      const before = await readReviewPolicy(tx);
      const { count } = await tx.reviewPolicy.updateMany({
        where: { id: 1, version: input.version },
        data: { siteRequired: input.siteRequired, perType, version: input.version + 1 },
      });
      if (count === 0) throw new AppError("CONFLICT", "policyChanged", before);
      await audit(
        tx,
        actor,
        "settings.review_policy",
        { type: "settings", id: "review_policy" },
        {
          siteRequired: [before.siteRequired, input.siteRequired],
          perType: [before.perType, perType],
        },
      );
      return { version: input.version + 1, siteRequired: input.siteRequired, perType };
    });
  },
});

/** Gives a translation in review to one reviewer, or back to everyone who may review it. */
export const assignReviewer = defineAction({
  name: "assignReviewer",
  allowed: canReviewAny,
  schema: assignReviewerSchema,
  allowedFor: (actor, input) => canReview(actor, input.locale),
  async run({ actor, input }) {
    return db.$transaction(async (tx) => {
      const working = await readWorkingCopy(tx, input.type, input.id, input.locale);
      if (!working) throw new AppError("NOT_FOUND");
      if (working.version !== input.version || working.status !== "in_review")
        throw new AppError("CONFLICT", "notInReview");
      await assignReview(tx, actor, {
        type: input.type,
        id: input.id,
        locale: input.locale,
        version: input.version,
        itemName: working.content.name,
        authorId: working.authorId,
        expectedReviewerId: input.currentReviewerId,
        reviewerId: input.reviewerId,
      });
      await audit(
        tx,
        actor,
        "content.review_assign",
        { type: input.type, id: input.id },
        { locale: input.locale, version: input.version, reviewerId: input.reviewerId },
      );
      return { reviewerId: input.reviewerId ?? "" };
    });
  },
});

export const markNotificationRead = defineAction({
  name: "markNotificationRead",
  allowed: canUseAdmin,
  schema: notificationIdSchema,
  async run({ actor, input }) {
    return db.$transaction(async (tx) => {
      // Someone else's notification is as absent as a missing one.
      const { count } = await tx.notification.updateMany({
        where: { id: input.id, userId: actor.id },
        data: { readAt: new Date() },
      });
      if (count === 0) throw new AppError("NOT_FOUND");
      await audit(tx, actor, "user.notifications_read", { type: "user", id: actor.id }, { count });
      return { id: input.id };
    });
  },
});

export const markAllNotificationsRead = defineAction({
  name: "markAllNotificationsRead",
  allowed: canUseAdmin,
  schema: noInputSchema,
  async run({ actor }) {
    return db.$transaction(async (tx) => {
      const { count } = await tx.notification.updateMany({
        where: { userId: actor.id, readAt: null },
        data: { readAt: new Date() },
      });
      await audit(tx, actor, "user.notifications_read", { type: "user", id: actor.id }, { count });
      return { count };
    });
  },
});

/** Each user turns the e-mails about reviews on or off for themselves. */
export const setEmailNotifications = defineAction({
  name: "setEmailNotifications",
  allowed: canUseAdmin,
  schema: emailNotificationsSchema,
  async run({ actor, input }) {
    return db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: actor.id },
        data: { emailNotifications: input.emailNotifications },
      });
      await audit(
        tx,
        actor,
        "user.email_notifications",
        { type: "user", id: actor.id },
        { emailNotifications: input.emailNotifications },
      );
      return { emailNotifications: input.emailNotifications };
    });
  },
});
