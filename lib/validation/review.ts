import { z } from "zod";
import { contentTypes } from "@/lib/cache-tags";
import { contentTypeSchema, localeSchema } from "./content";

// Messages are keys of the Errors namespace in messages/*.json.

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optionalUserId = z
  .preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.string().max(64).nullable())
  .default(null);

/** Per content type: as the site, always, or never. */
export const typeRuleSchema = z.enum(["site", "required", "not_required"], { error: "invalidChoice" });
export type TypeRule = z.output<typeof typeRuleSchema>;

export const reviewPolicySchema = z.object({
  siteRequired: checkbox,
  version: z.coerce.number().int().min(1),
  ...Object.fromEntries(contentTypes.map((t) => [`type_${t}`, typeRuleSchema.default("site")])),
}) as unknown as z.ZodType<
  { siteRequired: boolean; version: number } & Record<`type_${(typeof contentTypes)[number]}`, TypeRule>
>;

export const assignReviewerSchema = z.object({
  type: contentTypeSchema,
  id: z.string().min(1).max(64),
  locale: localeSchema,
  version: z.coerce.number().int().min(1),
  /** The reviewer the form showed (empty: none), so that a change made since is not overwritten. */
  currentReviewerId: optionalUserId,
  reviewerId: optionalUserId,
});

export const notificationIdSchema = z.object({ id: z.string().min(1).max(64) });
export const noInputSchema = z.object({});

export const emailNotificationsSchema = z.object({ emailNotifications: checkbox });
