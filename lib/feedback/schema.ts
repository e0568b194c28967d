import { z } from "zod";
import { ContactKind } from "@/lib/generated/prisma/enums";
import { locales, type Locale } from "@/lib/i18n/routing";
import { FEEDBACK_LIMITS } from "./config";

// The error codes are message keys of the "Feedback" namespace (Feedback.errors.*).
const localeSchema = z.enum(locales as [Locale, ...Locale[]]);
const optional = (max: number) => z.string().trim().max(max, "tooLong").default("");

export const contactKinds = Object.values(ContactKind) as [ContactKind, ...ContactKind[]];

/** The contact form: what it is about, the message, and optionally a page and an address. */
export const contactSchema = z.object({
  locale: localeSchema,
  kind: z.enum(contactKinds, { error: "kindRequired" }),
  message: z
    .string({ error: "messageRequired" })
    .trim()
    .min(1, "messageRequired")
    .max(FEEDBACK_LIMITS.message, "tooLong"),
  pageUrl: optional(FEEDBACK_LIMITS.pageUrl),
  email: optional(FEEDBACK_LIMITS.email).pipe(z.union([z.literal(""), z.email({ error: "invalidEmail" })])),
});
export type ContactInput = z.infer<typeof contactSchema>;

/** A public page of this site in one of its languages: /nl, /fr/organisations/bosa … */
export const pagePath = z
  .string()
  .max(FEEDBACK_LIMITS.pageUrl)
  .regex(new RegExp(`^/(${locales.join("|")})(/[a-z0-9\\-._~%/]*)?$`, "i"), "invalidPage");

/** "Was this page useful?": the page and yes or no (the two buttons of the form). */
export const pageAnswerSchema = z.object({
  locale: localeSchema,
  page: pagePath,
  answer: z.enum(["yes", "no"], { error: "answerRequired" }),
});

/** The comment after a "no", for the answer its token names. */
export const pageCommentSchema = z.object({
  locale: localeSchema,
  comment: z
    .string({ error: "commentRequired" })
    .trim()
    .min(1, "commentRequired")
    .max(FEEDBACK_LIMITS.comment, "tooLong"),
});

/** Field name → error codes, from a failed parse. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (out[field] ??= []).push(issue.message);
  }
  return out;
}
