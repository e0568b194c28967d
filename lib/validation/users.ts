import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { routing } from "@/lib/i18n/routing";
import { LIMITS } from "./limits";

// Messages are keys of the Errors namespace in messages/*.json, translated where shown.

export const roleSchema = z.enum(["admin", "editor", "translator"], { error: "invalidChoice" });
const localeSchema = z.enum(routing.locales, { error: "invalidChoice" });

const name = z.string().trim().min(1, "required").max(LIMITS.userName, "tooLong");
/** An account's address: what the sign-in accepts (so `admin@localhost`, without a domain, is refused). */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.email, "tooLong")
  .pipe(z.email({ error: "invalidEmail" }));
const email = emailSchema;
const id = z.string().min(1).max(64);

/** A translator edits only their languages: without one, the account could edit nothing. */
const translatorHasLanguage = (v: { role: string; locales: string[] }) =>
  v.role !== "translator" || v.locales.length > 0;
const needsLanguage = { path: ["locales"], message: "translatorNeedsLanguage" };

export const createUserSchema = z
  .object({
    name,
    email,
    role: roleSchema,
    locales: z.array(localeSchema).max(3),
    uiLocale: localeSchema,
  })
  .refine(translatorHasLanguage, needsLanguage);

export const updateUserSchema = z
  .object({
    id,
    name,
    role: roleSchema,
    locales: z.array(localeSchema).max(3),
    /** The user's updatedAt when the form was opened: refuses to overwrite a newer change. */
    updatedAt: z.iso.datetime({ error: "required" }),
  })
  .refine(translatorHasLanguage, needsLanguage);

export const userIdSchema = z.object({ id });
/** Deactivating signs the user out everywhere: the admin confirms it (the form asks first). */
export const setActiveSchema = z
  .object({
    id,
    active: z.enum(["true", "false"]).transform((v) => v === "true"),
    confirm: z.string().optional(),
  })
  .refine((v) => v.active || v.confirm === "yes", { path: ["confirm"], message: "confirmDeactivate" });

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "required").max(MAX_PASSWORD_LENGTH, "tooLong"),
    next: z.string().min(MIN_PASSWORD_LENGTH, "passwordTooShort").max(MAX_PASSWORD_LENGTH, "tooLong"),
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "passwordsDiffer" });

export const uiLocaleSchema = z.object({ uiLocale: localeSchema });

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  next: z.string().optional(),
});
