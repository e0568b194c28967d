import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { roleSchema } from "./users";

// Messages are keys of the Errors namespace in messages/*.json, translated where shown.

const id = z.string().min(1).max(64);

/** Six digits; spaces (apps show "123 456") are ignored. */
export const totpCodeSchema = z
  .string()
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(
    z
      .string()
      .min(1, "required")
      .regex(/^\d{6}$/, "twoFactorCodeFormat"),
  );

export const startTwoFactorSchema = z.object({});

export const confirmTwoFactorSchema = z.object({
  /** The enrolment the code was read from: a code for an older secret is refused. */
  id,
  code: totpCodeSchema,
});

export const disableTwoFactorSchema = z.object({
  password: z.string().min(1, "required").max(MAX_PASSWORD_LENGTH, "tooLong"),
});

/** Turning off someone's two-step sign-in lets them in with a password alone: the admin confirms. */
export const resetTwoFactorSchema = z
  .object({ id, confirm: z.string().optional() })
  .refine((v) => v.confirm === "yes", { path: ["confirm"], message: "confirmResetTwoFactor" });

export const twoFactorPolicySchema = z.object({
  roles: z.array(roleSchema).max(3),
  /** The policy's updatedAt when the form was opened: refuses to overwrite a newer change. */
  updatedAt: z.iso.datetime({ error: "required" }),
});

/** The second step of the sign-in: an authenticator code or one of the backup codes. */
export const twoFactorSignInSchema = z.object({
  method: z.enum(["totp", "backup"]).default("totp"),
  code: z.string().trim().min(1).max(32),
  next: z.string().optional(),
});
