import "server-only";
import { randomUUID } from "node:crypto";
import { generateRandomString, symmetricDecrypt, symmetricEncrypt } from "better-auth/crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Role } from "./access";
import { getAuth, TWO_FACTOR_ISSUER } from "./auth";
import { otpauthUri, verifyTotp } from "./totp";

type Tx = Prisma.TransactionClient;

/**
 * Secrets and backup codes are stored as better-auth's twoFactor plugin stores them (encrypted with
 * the auth secret, the secret's UTF-8 bytes as the HMAC key, the codes as a JSON list), so the
 * plugin checks the codes at sign-in while enrolment stays in our own audited actions.
 */
async function encryptionKey() {
  return (await getAuth().$context).secretConfig;
}

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** Ten single-use codes of ten characters, as "abcde-12345". */
function newBackupCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const code = generateRandomString(10, "a-z", "0-9");
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** Starts (or starts again) an enrolment: a new secret and new backup codes, not yet in use. */
export async function startEnrolment(tx: Tx, userId: string): Promise<{ id: string }> {
  const key = await encryptionKey();
  const data = {
    id: randomUUID(),
    secret: await symmetricEncrypt({ key, data: generateRandomString(32, "a-z", "A-Z", "0-9") }),
    backupCodes: await symmetricEncrypt({ key, data: JSON.stringify(newBackupCodes()) }),
    verified: false,
  };
  await tx.twoFactor.deleteMany({ where: { userId } });
  await tx.twoFactor.create({ data: { ...data, userId } });
  return { id: data.id };
}

export interface PendingEnrolment {
  /** Changes with every new start: a code typed for an older secret is refused. */
  id: string;
  uri: string;
}

/** The enrolment waiting for its first code, or null. */
export async function pendingEnrolment(user: {
  id: string;
  email: string;
}): Promise<PendingEnrolment | null> {
  const row = await db.twoFactor.findUnique({ where: { userId: user.id } });
  if (!row || row.verified) return null;
  const secret = await symmetricDecrypt({ key: await encryptionKey(), data: row.secret });
  return {
    id: row.id,
    uri: otpauthUri({ issuer: TWO_FACTOR_ISSUER, account: user.email, key: keyOf(secret) }),
  };
}

/** Whether `code` is the current code of this enrolment's secret. */
export async function enrolmentCodeMatches(row: { secret: string }, code: string): Promise<boolean> {
  const secret = await symmetricDecrypt({ key: await encryptionKey(), data: row.secret });
  return verifyTotp(keyOf(secret), code);
}

export async function backupCodesOf(row: { backupCodes: string }): Promise<string[]> {
  const codes: unknown = JSON.parse(
    await symmetricDecrypt({ key: await encryptionKey(), data: row.backupCodes }),
  );
  return Array.isArray(codes) ? codes.filter((c): c is string => typeof c === "string") : [];
}

/** Turns two-step sign-in off for a user: the secret and codes are deleted. */
export async function removeTwoFactor(tx: Tx, userId: string): Promise<void> {
  await tx.twoFactor.deleteMany({ where: { userId } });
  await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
}

export interface TwoFactorPolicy {
  roles: Role[];
  /** The version an admin's form sends back. */
  updatedAt: Date;
}

/** The roles whose accounts must use two-step sign-in (none when the row is missing). */
export async function twoFactorPolicy(client: Tx | typeof db = db): Promise<TwoFactorPolicy> {
  const row = await client.securityPolicy.findUnique({ where: { id: 1 } });
  return { roles: row?.twoFactorRoles ?? [], updatedAt: row?.updatedAt ?? new Date(0) };
}

/**
 * Who is between the password and the code: the user named by the plugin's signed challenge
 * cookie, looked up where the plugin stored it (an unknown or expired identifier is nobody).
 */
export async function challengedUserId(headers: Headers): Promise<string | null> {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((c) => c.trim())
    .find((c) => /^(__Secure-)?better-auth\.two_factor=/.test(c));
  if (!cookie) return null;
  const signed = decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));
  const identifier = signed.slice(0, signed.lastIndexOf("."));
  if (!identifier.startsWith("2fa-")) return null;
  const context = await getAuth().$context;
  const row = await context.internalAdapter.findVerificationValue(identifier);
  return row && row.expiresAt > new Date() ? row.value : null;
}

/** The active account behind the challenge cookie, or null (then the sign-in starts again). */
export async function challengedUser(headers: Headers): Promise<{ id: string; email: string } | null> {
  const userId = await challengedUserId(headers);
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, active: true },
  });
  return user?.active ? { id: user.id, email: user.email } : null;
}

/** How many unused backup codes a user has. */
export async function backupCodesLeft(userId: string): Promise<number> {
  const row = await db.twoFactor.findUnique({ where: { userId } });
  return row ? (await backupCodesOf(row)).length : 0;
}
