import "server-only";
import { audit } from "@/lib/audit";
import { canManageContent } from "@/lib/auth/access";
import { tagsForWrite } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reorderSchema } from "@/lib/validation/bulk";
import { defineAction } from "./pipeline";

const childOf = { strategy: "pillar", pillar: "project" } as const;

/**
 * Puts a strategy's pillars or a pillar's projects in a new order. The form sends the order it
 * showed: the parent row is locked, and an order that has moved on since (another editor's
 * reorder, a child added or deleted) is refused with the current one, never overwritten. The
 * children keep the positions they had between them, handed out in the new order; only the
 * children that move are written. Pillars' positions are unique within their strategy, so the
 * moving ones step aside (negative positions) before taking their new places.
 */
export const reorderChildren = defineAction({
  name: "reorderChildren",
  allowed: canManageContent,
  schema: reorderSchema,
  arrayFields: ["seen", "order"],
  async run({ actor, input, touch, changed }) {
    const { parent, parentId, seen, order } = input;
    const child = childOf[parent];
    const result = await db.$transaction(async (tx) => {
      const locked =
        parent === "strategy"
          ? await tx.$queryRaw<{ id: string; strategy_id: string }[]>`
              SELECT id, id AS strategy_id FROM strategy WHERE id = ${parentId} FOR UPDATE`
          : await tx.$queryRaw<{ id: string; strategy_id: string }[]>`
              SELECT id, strategy_id FROM pillar WHERE id = ${parentId} FOR UPDATE`;
      if (!locked.length) throw new AppError("NOT_FOUND");
      const strategyId = locked[0].strategy_id;
      const children =
        parent === "strategy"
          ? await tx.pillar.findMany({
              where: { strategyId: parentId },
              orderBy: [{ position: "asc" }, { key: "asc" }],
              select: { id: true, position: true },
            })
          : await tx.project.findMany({
              where: { pillarId: parentId },
              orderBy: [{ position: "asc" }, { key: "asc" }],
              select: { id: true, position: true },
            });
      const current = children.map((c) => c.id);
      if (current.join() !== seen.join()) throw new AppError("CONFLICT", "orderChanged", { order: current });
      const positions = children.map((c) => c.position);
      const moves = order
        .map((id, i) => ({ id, position: positions[i] }))
        .filter(({ id, position }) => children.find((c) => c.id === id)!.position !== position);
      if (!moves.length) return { strategyId, order: current, unchanged: true };
      const place = (id: string, position: number) =>
        parent === "strategy"
          ? tx.pillar.update({ where: { id }, data: { position } })
          : tx.project.update({ where: { id }, data: { position } });
      for (const [i, { id }] of moves.entries()) await place(id, -1 - i);
      for (const { id, position } of moves) await place(id, position);
      await audit(
        tx,
        actor,
        "content.reorder",
        { type: parent, id: parentId },
        { children: child, from: current, to: order },
      );
      return { strategyId, order, unchanged: false };
    });
    if (!result.unchanged) {
      touch(...tagsForWrite(child), ...tagsForWrite(parent));
      changed("strategy", result.strategyId);
      if (parent === "pillar") changed("pillar", parentId);
    }
    return { order: result.order, unchanged: result.unchanged };
  },
});
