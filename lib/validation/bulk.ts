import { z } from "zod";
import { contentTypes } from "@/lib/cache-tags";
import { routing } from "@/lib/i18n/routing";
import { localeSchema } from "./content";

// Messages are keys of the Errors namespace in messages/*.json.

/** The most rows the content list shows on one page, and so the most items one bulk action takes. */
export const BULK_MAX_ITEMS = 100;

const idPattern = "[A-Za-z0-9_-]{1,64}";
const itemPattern = new RegExp(`^(${contentTypes.join("|")}):(${idPattern})$`);
const seenPattern = new RegExp(
  `^(${contentTypes.join("|")}):(${idPattern}):(${routing.locales.join("|")}):(\\d{1,9})$`,
);

export const bulkIntents = ["publish", "archive", "submit"] as const;
export type BulkIntent = (typeof bulkIntents)[number];

/**
 * A bulk action on the content list: the selected items (`type:id`), the language to act in (or
 * every language the editor may act in), and the version of each translation as the list showed
 * it (`type:id:locale:version`), so that a translation changed since is refused, not overwritten.
 */
export const bulkSchema = z
  .object({
    intent: z.enum(bulkIntents, { error: "invalidChoice" }),
    locale: z.union([localeSchema, z.literal("all")], { error: "invalidChoice" }),
    items: z
      .array(z.string().regex(itemPattern, "invalidValue"))
      .min(1, "selectSome")
      .max(BULK_MAX_ITEMS, "tooMany"),
    seen: z
      .array(z.string().regex(seenPattern, "invalidValue"))
      .max(BULK_MAX_ITEMS * routing.locales.length)
      .default([]),
    /** Archiving takes pages off the site: the editor confirms it (the form asks first). */
    confirm: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.intent === "archive" && value.confirm !== "yes")
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "confirmArchive" });
  })
  .transform(({ intent, locale, items, seen }) => ({
    intent,
    locale,
    items: [...new Set(items)].map((item) => {
      const [, type, id] = item.match(itemPattern)!;
      return { type: type as (typeof contentTypes)[number], id };
    }),
    /** The version seen of each translation, by `type:id:locale`. */
    seen: new Map(
      seen.map((entry) => {
        const [, type, id, locale, version] = entry.match(seenPattern)!;
        return [`${type}:${id}:${locale}`, Number(version)] as const;
      }),
    ),
  }));
export type BulkInput = z.output<typeof bulkSchema>;

const childId = z.string().regex(new RegExp(`^${idPattern}$`), "invalidValue");

/** The most children one reorder takes (a strategy's pillars, a pillar's projects). */
export const REORDER_MAX = 200;

/**
 * A new order of a strategy's pillars or of a pillar's projects: the order as the editor saw it
 * (`seen`), and either the whole new order (dragged, with JavaScript) or one move of one child
 * (the Move up and Move down buttons, which also work as plain form posts).
 */
export const reorderSchema = z
  .object({
    parent: z.enum(["strategy", "pillar"], { error: "invalidChoice" }),
    parentId: childId,
    seen: z.array(childId).min(1, "invalidValue").max(REORDER_MAX, "tooMany"),
    order: z.array(childId).max(REORDER_MAX, "tooMany").default([]),
    move: z
      .string()
      .regex(new RegExp(`^${idPattern}:(up|down)$`), "invalidValue")
      .optional(),
  })
  .transform((value, ctx) => {
    const { seen } = value;
    let order = value.order;
    if (value.move) {
      const [id, direction] = value.move.split(":");
      const from = seen.indexOf(id);
      const to = from + (direction === "up" ? -1 : 1);
      order = [...seen];
      if (from >= 0 && to >= 0 && to < seen.length) [order[from], order[to]] = [order[to], order[from]];
    }
    const permutation =
      new Set(seen).size === seen.length &&
      order.length === seen.length &&
      [...order].sort().join() === [...seen].sort().join();
    if (!permutation) {
      ctx.addIssue({ code: "custom", path: ["order"], message: "invalidOrder" });
      return z.NEVER;
    }
    return { parent: value.parent, parentId: value.parentId, seen, order };
  });
export type ReorderInput = z.output<typeof reorderSchema>;
