import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { twoFactor } from "better-auth/plugins/two-factor";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/metadata";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";

export const SESSION_MAX_AGE = 60 * 60 * 12;
/** The name authenticator apps show next to the account. */
export const TWO_FACTOR_ISSUER = "Digital Belgium";

function secret(): string {
  const value = process.env.BETTER_AUTH_SECRET;
  if (!value || value.length < 32) {
    throw new Error(
      "BETTER_AUTH_SECRET must be set to at least 32 characters (npm start creates one in .data/)",
    );
  }
  return value;
}

/**
 * better-auth with database sessions on our PostgreSQL through Prisma. Its HTTP handler is not
 * mounted: sign-in and sign-out go through our own route handlers, which add the origin check
 * and the per-IP and per-account rate limits (lib/auth/rate-limit.ts), and accounts are created
 * by admins only (sign-up is off).
 */
function createAuth() {
  return betterAuth({
    appName: "Digital Belgium",
    baseURL: process.env.BETTER_AUTH_URL ?? siteUrl(),
    secret: secret(),
    trustedOrigins: [process.env.BETTER_AUTH_URL ?? siteUrl()],
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    session: { expiresIn: SESSION_MAX_AGE, updateAge: 60 * 60 },
    rateLimit: { enabled: false },
    user: {
      additionalFields: {
        role: { type: "string", input: false },
        active: { type: "boolean", input: false },
      },
    },
    advanced: {
      useSecureCookies: (process.env.BETTER_AUTH_URL ?? siteUrl()).startsWith("https:"),
      // The client address comes from our own rate limiter's trusted-proxy logic, not headers.
      ipAddress: { disableIpTracking: true },
    },
    telemetry: { enabled: false },
    plugins: [
      // Authenticator codes with backup codes. After the password, a user with two-step sign-in
      // gets a short-lived challenge cookie instead of a session; /api/auth/two-factor turns it
      // into a session (lib/auth/two-factor.ts). No device is ever "trusted": every sign-in asks.
      twoFactor({
        issuer: TWO_FACTOR_ISSUER,
        twoFactorCookieMaxAge: 10 * 60,
        backupCodeOptions: { amount: 10, length: 10 },
        accountLockout: { enabled: true, maxFailedAttempts: 10, durationSeconds: 15 * 60 },
      }),
    ],
  });
}

let instance: ReturnType<typeof createAuth> | undefined;

/** The better-auth instance, made on first use (the secret is needed at run time, not at build). */
export function getAuth() {
  return (instance ??= createAuth());
}
