import "server-only";
import type { Actor } from "@/lib/auth/access";
import {
  backupCodesOf,
  pendingEnrolment,
  twoFactorPolicy,
  type TwoFactorPolicy,
} from "@/lib/auth/two-factor";
import { db } from "@/lib/db";

/** The own account's two-step sign-in, as the account page shows it. */
export interface OwnTwoFactorView {
  enabled: boolean;
  /** Required by the role: cannot be turned off (and must be set up). */
  required: boolean;
  /** The enrolment waiting for its first code: the QR code's address and the key to type. */
  pending: { id: string; uri: string; key: string } | null;
  /** Unused backup codes, when it is on. */
  backupCodesLeft: number | null;
}

export async function readOwnTwoFactor(actor: Actor): Promise<OwnTwoFactorView> {
  const [user, policy, row] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { twoFactorEnabled: true } }),
    twoFactorPolicy(),
    db.twoFactor.findUnique({ where: { userId: actor.id } }),
  ]);
  const pending = user.twoFactorEnabled ? null : await pendingEnrolment(actor);
  return {
    enabled: user.twoFactorEnabled,
    required: policy.roles.includes(actor.role),
    pending: pending && { ...pending, key: new URL(pending.uri).searchParams.get("secret") ?? "" },
    backupCodesLeft: user.twoFactorEnabled && row ? (await backupCodesOf(row)).length : null,
  };
}

/** Whether a user (on an admin's user page) has two-step sign-in on. */
export async function readTwoFactorEnabled(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { twoFactorEnabled: true } });
  return user?.twoFactorEnabled ?? false;
}

export function readTwoFactorPolicy(): Promise<TwoFactorPolicy> {
  return twoFactorPolicy();
}
