import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/access";
import { db } from "@/lib/db";

type Tx = Prisma.TransactionClient | typeof db;

/** Appends an entry to the audit log, in the caller's transaction when given one. */
export async function audit(
  tx: Tx,
  actor: Pick<Actor, "id" | "email"> | null,
  action: string,
  target?: { type: string; id: string },
  detail?: Prisma.InputJsonValue,
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      detail: detail ?? undefined,
    },
  });
}

/** An entry of its own, outside any transaction: sign-in and sign-out events. */
export function auditEvent(
  actor: Pick<Actor, "id" | "email"> | null,
  action: string,
  target?: { type: string; id: string },
  detail?: Prisma.InputJsonValue,
): Promise<void> {
  return audit(db, actor, action, target, detail);
}
