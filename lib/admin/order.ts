import "server-only";
import { pickTranslation } from "@/lib/content/shared";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

export interface OrderedChild {
  id: string;
  name: string;
  /** The language of `name` (the reader's, else the first the child has). */
  lang: Locale | null;
}

export interface ChildrenOrder {
  parent: "strategy" | "pillar";
  id: string;
  name: string;
  /** The strategy a pillar belongs to (for the way back and the public page). */
  strategy: { id: string; name: string } | null;
  children: OrderedChild[];
}

const named = { translations: { select: { locale: true, name: true } } } as const;

function nameOf(row: { key: string; translations: { locale: Locale; name: string }[] }, ui: Locale) {
  const t = pickTranslation(row.translations, ui);
  return { name: t?.name ?? row.key, lang: t?.locale ?? null };
}

/**
 * A strategy's pillars or a pillar's projects in their order (the one the public pages show),
 * named in the reader's language whatever their state; null when the parent does not exist.
 */
export async function readChildrenOrder(
  parent: "strategy" | "pillar",
  id: string,
  ui: Locale,
): Promise<ChildrenOrder | null> {
  const order = [{ position: "asc" as const }, { key: "asc" as const }];
  if (parent === "strategy") {
    const strategy = await db.strategy.findUnique({
      where: { id },
      select: { key: true, ...named, pillars: { orderBy: order, select: { id: true, key: true, ...named } } },
    });
    if (!strategy) return null;
    return {
      parent,
      id,
      name: nameOf(strategy, ui).name,
      strategy: null,
      children: strategy.pillars.map((p) => ({ id: p.id, ...nameOf(p, ui) })),
    };
  }
  const pillar = await db.pillar.findUnique({
    where: { id },
    select: {
      key: true,
      ...named,
      strategy: { select: { id: true, key: true, ...named } },
      projects: { orderBy: order, select: { id: true, key: true, ...named } },
    },
  });
  if (!pillar) return null;
  return {
    parent,
    id,
    name: nameOf(pillar, ui).name,
    strategy: { id: pillar.strategy.id, name: nameOf(pillar.strategy, ui).name },
    children: pillar.projects.map((p) => ({ id: p.id, ...nameOf(p, ui) })),
  };
}
