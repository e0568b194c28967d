import "server-only";
import { recordLeave, recordOpen } from "@/lib/admin/presence";
import { canEdit, canManageContent } from "@/lib/auth/access";
import { entityTable } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { presenceSchema } from "@/lib/validation/presence";
import { defineAction } from "./pipeline";

/**
 * Who has a translation open, for the notice others see (app/api/admin/presence). Only those who
 * may edit the language are recorded; nothing is locked, and no audit entry is written.
 */
export const recordPresence = defineAction({
  name: "recordPresence",
  allowed: (actor) => canManageContent(actor) || actor.locales.length > 0,
  schema: presenceSchema,
  allowedFor: (actor, input) => canEdit(actor, input.locale),
  async run({ actor, input }) {
    await db.$transaction(async (tx) => {
      if (!(await entityTable(tx, input.type).findUnique({ where: { id: input.id } })))
        throw new AppError("NOT_FOUND");
      const record = input.event === "leave" ? recordLeave : recordOpen;
      await record(tx, actor.id, input, new Date(), input.page ?? null);
    });
    return { event: input.event };
  },
});
