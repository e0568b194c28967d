import { z } from "zod";
import { FundingSource, Theme } from "@/lib/generated/prisma/enums";
import { contentTypes } from "@/lib/cache-tags";
import { routing } from "@/lib/i18n/routing";
import { fromBrusselsInput } from "@/lib/time/brussels";
import { malformedReferencesIn } from "@/lib/markdown/references";
import { LIMITS } from "./limits";

export { LIMITS };

// Messages are keys of the Errors namespace in messages/*.json.

export const contentTypeSchema = z.enum(contentTypes, { error: "invalidChoice" });
export const localeSchema = z.enum(routing.locales, { error: "invalidChoice" });

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (max: number) =>
  z
    .string()
    .max(max, "tooLong")
    .transform((v) => v.replace(/\r\n/g, "\n").trim());
const optionalText = (max: number) =>
  z
    .string()
    .max(max, "tooLong")
    .optional()
    .transform((v) => v?.replace(/\r\n/g, "\n").trim() || null);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(LIMITS.slug, "tooLong")
  .regex(SLUG_PATTERN, "invalidSlug");

/** A slug made from a name: lower case, accents removed, words joined by hyphens. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, LIMITS.slug)
    .replace(/-+$/, "");
}

export const intentSchema = z.enum(["draft", "review", "publish"], { error: "invalidChoice" });

export const translationSchema = z.object({
  type: contentTypeSchema,
  id: z.string().min(1).max(64),
  locale: localeSchema,
  /** The version the editor started from; 0 for a translation that does not exist yet. */
  version: z.coerce.number().int().min(0),
  name: text(LIMITS.name).pipe(z.string().min(1, "required")),
  slug: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string()).transform((v) => v.trim()),
  summary: text(LIMITS.summary),
  body: text(LIMITS.body).refine((body) => malformedReferencesIn(body).length === 0, "invalidReference"),
  seoDescription: optionalText(LIMITS.seo),
  goal: optionalText(LIMITS.summary),
  governance: optionalText(LIMITS.summary),
  intent: intentSchema,
  /** Whom a submission for review is asked of (empty: anyone who may review the language). */
  reviewerId: z
    .preprocess((v) => (v === "" ? undefined : v), z.string().max(64).optional())
    .transform((v) => v ?? null),
  changeNote: optionalText(LIMITS.note),
  major: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
export type TranslationInput = z.output<typeof translationSchema>;

/**
 * The fields a public page needs, empty in this text: every type's page, list entries, feed and
 * search snippet show the summary; the body is the page itself, except on pillar pages (which
 * present their projects) and projects (shown within their pillar, by their summary when they
 * have no text of their own).
 */
export function publicationGaps(
  type: (typeof contentTypes)[number],
  content: { summary: string; body: string },
): ("summary" | "body")[] {
  const gaps: ("summary" | "body")[] = [];
  if (!content.summary.trim()) gaps.push("summary");
  if (type !== "pillar" && type !== "project" && !content.body.trim()) gaps.push("body");
  return gaps;
}

export const reviewSchema = z.object({
  type: contentTypeSchema,
  id: z.string().min(1).max(64),
  locale: localeSchema,
  version: z.coerce.number().int().min(1),
  decision: z.enum(["approve", "send_back"], { error: "invalidChoice" }),
  comment: optionalText(LIMITS.note),
});

export const translationRefSchema = z.object({
  type: contentTypeSchema,
  id: z.string().min(1).max(64),
  locale: localeSchema,
  version: z.coerce.number().int().min(1),
});

/** Archiving takes a page off the site: the editor confirms it (the form asks first). */
export const archiveSchema = translationRefSchema.extend({
  confirm: z.literal("yes", { error: "confirmArchive" }),
});

/**
 * Withdrawing keeps the page at its address with a notice that says why, in the page's language
 * (GOV.UK's withdrawal): the explanation is what readers are told, so it cannot be empty.
 */
export const withdrawSchema = translationRefSchema.extend({
  note: text(LIMITS.note).pipe(z.string().min(1, "withdrawalNoteRequired")),
  confirm: z.literal("yes", { error: "confirmWithdraw" }),
});

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
export const optionalId = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.string().max(64).nullable(),
);
const optionalUrl = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z
    .url({ protocol: /^https?$/, error: "invalidUrl" })
    .max(500, "tooLong")
    .nullable(),
);
const position = z.coerce.number({ error: "invalidNumber" }).int("invalidNumber").min(0).max(10_000);
const themes = z
  .array(z.enum(Object.values(Theme) as [Theme, ...Theme[]], { error: "invalidChoice" }))
  .max(8);

const factsBase = {
  id: z.string().max(64).optional(),
  /** The entity's updatedAt when the form was opened (optimistic locking); empty for a new one. */
  updatedAt: z.string().optional(),
  /** The language the others translate (absent on creation: the first translation's). */
  sourceLocale: localeSchema.optional(),
};

export const factsSchemas = {
  region: z.object({ ...factsBase, kind: z.enum(["region", "federal"]), position }),
  organisation: z.object({
    ...factsBase,
    regionId: z.string().min(1, "required").max(64),
    websiteUrl: optionalUrl,
    isLeadAgency: checkbox,
    focusAreas: themes,
    parentId: optionalId,
    /** An image of the media library; absent (a form without the field) leaves the logo as it is. */
    logoId: z.preprocess((v) => (v === "" ? null : v), z.string().max(64).nullable().optional()),
    position,
  }),
  initiative: z.object({
    ...factsBase,
    regionId: optionalId,
    websiteUrl: optionalUrl,
    themes,
    isFlagship: checkbox,
    organisationIds: z.array(z.string().max(64)).max(50),
    position,
  }),
  strategy: z
    .object({
      ...factsBase,
      regionId: z.string().min(1, "required").max(64),
      organisationId: optionalId,
      periodStart: z.coerce.number({ error: "invalidNumber" }).int().min(1990).max(2100),
      periodEnd: z.coerce.number({ error: "invalidNumber" }).int().min(1990).max(2100),
      adoptedOn: z.string().regex(/^\d{4}-\d{2}$/, "invalidMonth"),
      budgetMinEur: z.preprocess(
        (v) => (v === "" || v === undefined ? null : v),
        z.coerce.number({ error: "invalidNumber" }).int().min(0).max(1e12).nullable(),
      ),
      fundingSources: z
        .array(z.enum(Object.values(FundingSource) as [FundingSource, ...FundingSource[]]))
        .max(5),
    })
    .refine((v) => v.periodEnd >= v.periodStart, { path: ["periodEnd"], message: "endBeforeStart" }),
  pillar: z.object({ ...factsBase, strategyId: z.string().min(1, "required").max(64), position }),
  project: z.object({
    ...factsBase,
    pillarId: z.string().min(1, "required").max(64),
    organisationId: optionalId,
    position,
  }),
} as const;

export const factsArrayFields = ["focusAreas", "themes", "organisationIds", "fundingSources"];

export const createEntitySchema = z.object({
  type: contentTypeSchema,
  locale: localeSchema,
  name: text(LIMITS.name).pipe(z.string().min(1, "required")),
  key: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, "tooLong")
    .regex(/^[a-z0-9-]*$/, "invalidSlug")
    .optional(),
});

export const deleteEntitySchema = z.object({
  type: contentTypeSchema,
  id: z.string().min(1).max(64),
  confirm: z.literal("yes", { error: "confirmDelete" }),
});

export const restoreTrashSchema = z.object({ trashId: z.string().min(1).max(64) });

export const restoreSchema = z.object({
  type: contentTypeSchema,
  id: z.string().min(1).max(64),
  locale: localeSchema,
  version: z.coerce.number().int().min(1),
  revisionId: z.string().min(1).max(64),
});

/** How far ahead a publication can be planned. */
export const MAX_SCHEDULE_DAYS = 730;

export const scheduleSchema = z
  .object({
    type: contentTypeSchema,
    id: z.string().min(1).max(64),
    locale: localeSchema,
    action: z.enum(["publish", "archive"], { error: "invalidChoice" }),
    /** Brussels wall-clock time from a datetime-local field. */
    runAt: z
      .string()
      .max(40, "tooLong")
      .transform((value, ctx) => {
        if (!value.trim()) {
          ctx.addIssue({ code: "custom", message: "required" });
          return z.NEVER;
        }
        const instant = fromBrusselsInput(value.trim());
        if (!instant) {
          ctx.addIssue({ code: "custom", message: "invalidDateTime" });
          return z.NEVER;
        }
        return instant;
      }),
    /** The change note published with it (named apart from the editor form's own fields). */
    note: optionalText(LIMITS.note),
    noteMajor: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .superRefine((value, ctx) => {
    const ahead = value.runAt.getTime() - Date.now();
    if (ahead <= 0) ctx.addIssue({ code: "custom", path: ["runAt"], message: "inPast" });
    if (ahead > MAX_SCHEDULE_DAYS * 86_400_000)
      ctx.addIssue({ code: "custom", path: ["runAt"], message: "tooFarAhead" });
  });

export const cancelJobSchema = z.object({ jobId: z.string().min(1).max(64) });
