// The media library's forms, shared by the forms and the actions (lib/actions/media.ts).
import { z } from "zod";
import { routing, type Locale } from "@/lib/i18n/routing";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import { checkbox, localeSchema } from "./content";

const text = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, "tooLong"));

/** `alt_nl`, `caption_nl`, … : the texts of each language, as flat form fields. */
const textFields = Object.fromEntries(
  routing.locales.flatMap((locale) => [
    [`alt_${locale}`, text(MEDIA_LIMITS.alt)],
    [`caption_${locale}`, text(MEDIA_LIMITS.caption)],
  ]),
) as Record<`alt_${Locale}` | `caption_${Locale}`, ReturnType<typeof text>>;

export const uploadMediaSchema = z.object({
  file: z.instanceof(File, { error: "fileRequired" }).refine((f) => f.size > 0, "fileRequired"),
  decorative: checkbox,
  isPublic: checkbox,
  ...textFields,
});

export const mediaSettingsSchema = z.object({
  id: z.string().min(1).max(64),
  /** The asset's updatedAt when the form was opened. */
  updatedAt: z.string().max(40),
  decorative: checkbox,
  isPublic: checkbox,
});

export const mediaTextSchema = z.object({
  id: z.string().min(1).max(64),
  locale: localeSchema,
  /** The text's updatedAt when the form was opened; empty when the language had none. */
  updatedAt: z.string().max(40).default(""),
  alt: text(MEDIA_LIMITS.alt),
  caption: text(MEDIA_LIMITS.caption),
});

export const deleteMediaSchema = z.object({
  id: z.string().min(1).max(64),
  confirm: z.literal("yes", { error: "confirmDelete" }),
});
