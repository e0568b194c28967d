import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { emailSchema } from "@/lib/validation/users";
import type { Role } from "./access";
import { hashPassword } from "./password";

type Tx = Prisma.TransactionClient;

/**
 * Creates an account as better-auth stores one (a user and its "credential" account holding the
 * argon2id hash), so better-auth signs it in.
 */
export async function createAccount(
  tx: Tx,
  user: {
    name: string;
    email: string;
    role: Role;
    locales: Locale[];
    uiLocale: Locale;
    mustChangePassword: boolean;
  },
  password: string,
) {
  const id = randomUUID();
  const created = await tx.user.create({ data: { id, ...user, emailVerified: true } });
  await tx.account.create({
    data: {
      id: randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: await hashPassword(password),
    },
  });
  return created;
}

export async function setPassword(tx: Tx, userId: string, password: string, mustChange: boolean) {
  const hashed = await hashPassword(password);
  const updated = await tx.account.updateMany({
    where: { userId, providerId: "credential" },
    data: { password: hashed },
  });
  if (updated.count === 0) {
    await tx.account.create({
      data: { id: randomUUID(), accountId: userId, providerId: "credential", userId, password: hashed },
    });
  }
  await tx.user.update({ where: { id: userId }, data: { mustChangePassword: mustChange } });
}

/** Ends every session of a user at once (deactivation, password reset). */
export function revokeSessions(tx: Tx | typeof db, userId: string, exceptToken?: string) {
  return tx.session.deleteMany({
    where: { userId, ...(exceptToken ? { token: { not: exceptToken } } : {}) },
  });
}

/**
 * The first administrator `npm start` creates on an empty database. A domain is needed: the
 * sign-in, like the user form, refuses an address such as `admin@localhost`.
 */
export const FIRST_ADMIN_EMAIL = "admin@portal.localhost";
/** What earlier versions created, which could never sign in (renamed by `npm start`). */
export const UNUSABLE_FIRST_ADMIN_EMAIL = "admin@localhost";

/** Thrown for an address the sign-in would refuse: an account made with it could never sign in. */
export class InvalidEmailError extends Error {}

/** Creates or updates an administrator (seed with ADMIN_EMAIL/ADMIN_PASSWORD, npm run admin:create). */
export async function upsertAdmin(address: string, password: string, name = "Administrator") {
  const parsed = emailSchema.safeParse(address);
  if (!parsed.success) throw new InvalidEmailError(`Not an address one can sign in with: ${address}`);
  const email = parsed.data;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing) {
      await tx.user.update({ where: { id: existing.id }, data: { role: "admin", active: true } });
      await setPassword(tx, existing.id, password, false);
      return { id: existing.id, created: false };
    }
    const user = await createAccount(
      tx,
      {
        name,
        email,
        role: "admin",
        locales: [],
        uiLocale: "en",
        mustChangePassword: false,
      },
      password,
    );
    return { id: user.id, created: true };
  });
}

/**
 * Gives the unusable first administrator of earlier versions an address it can sign in with;
 * returns the new address, or null when there was nothing to rename.
 */
export async function renameUnusableFirstAdmin(): Promise<string | null> {
  const taken = await db.user.count({ where: { email: FIRST_ADMIN_EMAIL } });
  if (taken) return null;
  const renamed = await db.user.updateMany({
    where: { email: UNUSABLE_FIRST_ADMIN_EMAIL },
    data: { email: FIRST_ADMIN_EMAIL },
  });
  return renamed.count ? FIRST_ADMIN_EMAIL : null;
}

/** Whether an account with this email exists and may sign in (the sign-in route's check). */
export function signInAccount(email: string): Promise<{ id: string; active: boolean } | null> {
  return db.user.findUnique({ where: { email }, select: { id: true, active: true } });
}
