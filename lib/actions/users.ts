import "server-only";
import { canManageUsers, canUseAdmin } from "@/lib/auth/access";
import { getAuth } from "@/lib/auth/auth";
import { oneTimePassword, verifyPassword } from "@/lib/auth/password";
import { createAccount, revokeSessions, setPassword } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  changePasswordSchema,
  createUserSchema,
  setActiveSchema,
  uiLocaleSchema,
  updateUserSchema,
  userIdSchema,
} from "@/lib/validation/users";
import { audit } from "@/lib/audit";
import { defineAction } from "./pipeline";

export const createUser = defineAction({
  name: "createUser",
  allowed: canManageUsers,
  schema: createUserSchema,
  arrayFields: ["locales"],
  async run({ actor, input }) {
    const password = oneTimePassword();
    const user = await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email } }))
        throw new AppError("VALIDATION", "emailTaken", undefined, { email: ["emailTaken"] });
      const created = await createAccount(tx, { ...input, mustChangePassword: true }, password);
      await audit(
        tx,
        actor,
        "user.create",
        { type: "user", id: created.id },
        { email: input.email, role: input.role },
      );
      return created;
    });
    return { id: user.id, email: user.email, password };
  },
});

export const updateUser = defineAction({
  name: "updateUser",
  allowed: canManageUsers,
  schema: updateUserSchema,
  arrayFields: ["locales"],
  async run({ actor, input }) {
    return db.$transaction(async (tx) => {
      const current = await tx.user.findUnique({ where: { id: input.id } });
      if (!current) throw new AppError("NOT_FOUND");
      if (current.id === actor.id && input.role !== "admin")
        throw new AppError("FORBIDDEN", "cannotDemoteSelf");
      // Only the state the form was opened on may be changed: checked by the update itself, so
      // two admins saving at once cannot both win.
      const { count } = await tx.user.updateMany({
        where: { id: input.id, updatedAt: new Date(input.updatedAt) },
        data: { name: input.name, role: input.role, locales: input.locales },
      });
      if (count === 0) {
        const newer = await tx.user.findUniqueOrThrow({ where: { id: input.id } });
        throw new AppError("CONFLICT", "userChanged", {
          name: newer.name,
          role: newer.role,
          locales: newer.locales,
          updatedAt: newer.updatedAt.toISOString(),
        });
      }
      const updated = await tx.user.findUniqueOrThrow({ where: { id: input.id } });
      await audit(
        tx,
        actor,
        "user.update",
        { type: "user", id: input.id },
        {
          role: [current.role, input.role],
          locales: [current.locales, input.locales],
        },
      );
      return { id: updated.id, updatedAt: updated.updatedAt.toISOString() };
    });
  },
});

export const setUserActive = defineAction({
  name: "setUserActive",
  allowed: canManageUsers,
  schema: setActiveSchema,
  async run({ actor, input }) {
    if (input.id === actor.id) throw new AppError("FORBIDDEN", "cannotDeactivateSelf");
    return db.$transaction(async (tx) => {
      const user = await tx.user
        .update({ where: { id: input.id }, data: { active: input.active } })
        .catch(() => {
          throw new AppError("NOT_FOUND");
        });
      // A deactivated user's sessions end at once: every admin request re-reads the session.
      if (!input.active) await revokeSessions(tx, input.id);
      await audit(tx, actor, input.active ? "user.activate" : "user.deactivate", {
        type: "user",
        id: input.id,
      });
      return { id: user.id, active: user.active };
    });
  },
});

export const resetUserPassword = defineAction({
  name: "resetUserPassword",
  allowed: canManageUsers,
  schema: userIdSchema,
  async run({ actor, input }) {
    const password = oneTimePassword();
    await db.$transaction(async (tx) => {
      if (!(await tx.user.findUnique({ where: { id: input.id } }))) throw new AppError("NOT_FOUND");
      await setPassword(tx, input.id, password, true);
      await revokeSessions(tx, input.id);
      await audit(tx, actor, "user.reset_password", { type: "user", id: input.id });
    });
    return { id: input.id, password };
  },
});

export const changeOwnPassword = defineAction({
  name: "changeOwnPassword",
  allowed: canUseAdmin,
  beforeTwoFactor: true,
  schema: changePasswordSchema,
  async run({ actor, input, headers }) {
    const account = await db.account.findFirst({ where: { userId: actor.id, providerId: "credential" } });
    if (!account?.password || !(await verifyPassword(account.password, input.current))) {
      throw new AppError("VALIDATION", "wrongPassword", undefined, { current: ["wrongPassword"] });
    }
    const session = await getAuth().api.getSession({ headers });
    await db.$transaction(async (tx) => {
      await setPassword(tx, actor.id, input.next, false);
      // Other devices must sign in again with the new password.
      await revokeSessions(tx, actor.id, session?.session.token);
      await audit(tx, actor, "user.change_password", { type: "user", id: actor.id });
    });
    return { id: actor.id };
  },
});

export const setUiLocale = defineAction({
  name: "setUiLocale",
  allowed: canUseAdmin,
  beforeTwoFactor: true,
  schema: uiLocaleSchema,
  async run({ actor, input }) {
    await db.user.update({ where: { id: actor.id }, data: { uiLocale: input.uiLocale } });
    return { uiLocale: input.uiLocale };
  },
});
