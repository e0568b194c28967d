import "server-only";
import { canManageUsers, canUseAdmin, type Actor } from "@/lib/auth/access";
import { getAuth } from "@/lib/auth/auth";
import { verifyPassword } from "@/lib/auth/password";
import { hit, reset, SIGN_IN_LIMIT } from "@/lib/auth/rate-limit";
import {
  backupCodesOf,
  enrolmentCodeMatches,
  removeTwoFactor,
  startEnrolment,
  twoFactorPolicy,
} from "@/lib/auth/two-factor";
import { revokeSessions } from "@/lib/auth/users";
import { audit, auditEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  confirmTwoFactorSchema,
  disableTwoFactorSchema,
  resetTwoFactorSchema,
  startTwoFactorSchema,
  twoFactorPolicySchema,
} from "@/lib/validation/two-factor";
import { defineAction } from "./pipeline";

/** Codes and passwords typed on the account page count like sign-in attempts, per account. */
async function limitAttempts(actor: Actor) {
  const limit = await hit(`two-factor:account:${actor.id}`, SIGN_IN_LIMIT.limit, SIGN_IN_LIMIT.windowSeconds);
  if (!limit.allowed) {
    await auditEvent(actor, "auth.two_factor_rate_limited", { type: "user", id: actor.id });
    throw new AppError("RATE_LIMITED", undefined, { retryAfter: limit.retryAfter });
  }
}

export const startTwoFactor = defineAction({
  name: "startTwoFactor",
  allowed: canUseAdmin,
  beforeTwoFactor: true,
  schema: startTwoFactorSchema,
  async run({ actor }) {
    return db.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
      if (user.twoFactorEnabled) throw new AppError("CONFLICT", "twoFactorAlreadyOn");
      const enrolment = await startEnrolment(tx, actor.id);
      await audit(tx, actor, "user.two_factor_start", { type: "user", id: actor.id });
      return enrolment;
    });
  },
});

export const confirmTwoFactor = defineAction({
  name: "confirmTwoFactor",
  allowed: canUseAdmin,
  beforeTwoFactor: true,
  schema: confirmTwoFactorSchema,
  async run({ actor, input, headers }) {
    await limitAttempts(actor);
    const pending = await db.twoFactor.findUnique({ where: { userId: actor.id } });
    if (!pending || pending.verified || pending.id !== input.id)
      throw new AppError("CONFLICT", "twoFactorEnrolmentChanged");
    if (!(await enrolmentCodeMatches(pending, input.code))) {
      await auditEvent(actor, "auth.two_factor_failed", { type: "user", id: actor.id }, { step: "enrol" });
      throw new AppError("VALIDATION", "twoFactorWrongCode", undefined, { code: ["twoFactorWrongCode"] });
    }
    const session = await getAuth().api.getSession({ headers });
    await db.$transaction(async (tx) => {
      // Only the enrolment the code was read from, and only once: checked by the update itself.
      const { count } = await tx.twoFactor.updateMany({
        where: { id: input.id, userId: actor.id, verified: false },
        data: { verified: true },
      });
      if (count === 0) throw new AppError("CONFLICT", "twoFactorEnrolmentChanged");
      await tx.user.update({ where: { id: actor.id }, data: { twoFactorEnabled: true } });
      // Sessions opened elsewhere with the password alone end here.
      await revokeSessions(tx, actor.id, session?.session.token);
      await audit(tx, actor, "user.two_factor_enrol", { type: "user", id: actor.id });
    });
    await reset(`two-factor:account:${actor.id}`);
    // Shown once, in this answer: afterwards they exist only encrypted.
    return { backupCodes: await backupCodesOf(pending) };
  },
});

export const disableTwoFactor = defineAction({
  name: "disableTwoFactor",
  allowed: canUseAdmin,
  schema: disableTwoFactorSchema,
  async run({ actor, input }) {
    if ((await twoFactorPolicy()).roles.includes(actor.role))
      throw new AppError("FORBIDDEN", "twoFactorRequiredForRole");
    await limitAttempts(actor);
    const account = await db.account.findFirst({ where: { userId: actor.id, providerId: "credential" } });
    if (!account?.password || !(await verifyPassword(account.password, input.password)))
      throw new AppError("VALIDATION", "wrongPassword", undefined, { password: ["wrongPassword"] });
    await db.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
      if (!user.twoFactorEnabled) throw new AppError("CONFLICT", "twoFactorAlreadyOff");
      await removeTwoFactor(tx, actor.id);
      await audit(tx, actor, "user.two_factor_disable", { type: "user", id: actor.id });
    });
    return { id: actor.id };
  },
});

export const resetUserTwoFactor = defineAction({
  name: "resetUserTwoFactor",
  allowed: canManageUsers,
  schema: resetTwoFactorSchema,
  async run({ actor, input }) {
    // An admin turns off their own with their password (disableTwoFactor), like anyone.
    if (input.id === actor.id) throw new AppError("FORBIDDEN", "cannotResetOwnTwoFactor");
    await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.id } });
      if (!user) throw new AppError("NOT_FOUND");
      await removeTwoFactor(tx, input.id);
      // Whoever holds the lost device's sessions is signed out; the user signs in with the password.
      await revokeSessions(tx, input.id);
      await audit(tx, actor, "user.two_factor_reset", { type: "user", id: input.id });
    });
    return { id: input.id };
  },
});

export const setTwoFactorPolicy = defineAction({
  name: "setTwoFactorPolicy",
  allowed: canManageUsers,
  schema: twoFactorPolicySchema,
  arrayFields: ["roles"],
  async run({ actor, input }) {
    return db.$transaction(async (tx) => {
      // Requiring it of one's own role without having it would shut oneself out at once.
      const self = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
      if (input.roles.includes(actor.role) && !self.twoFactorEnabled)
        throw new AppError("VALIDATION", "twoFactorSetUpFirst", undefined, {
          roles: ["twoFactorSetUpFirst"],
        });
      const before = await twoFactorPolicy(tx);
      const roles = [...new Set(input.roles)].sort();
      const { count } = await tx.securityPolicy.updateMany({
        where: { id: 1, updatedAt: new Date(input.updatedAt) },
        data: { twoFactorRoles: roles },
      });
      if (count === 0)
        throw new AppError("CONFLICT", "twoFactorPolicyChanged", {
          roles: before.roles,
          updatedAt: before.updatedAt.toISOString(),
        });
      const after = await twoFactorPolicy(tx);
      await audit(tx, actor, "auth.two_factor_policy", undefined, { roles: [before.roles, roles] });
      return { roles, updatedAt: after.updatedAt.toISOString() };
    });
  },
});
