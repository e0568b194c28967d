import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContentType } from "@/lib/cache-tags";
import { entityKey, translationTable } from "@/lib/content/editorial";
import { contentTypes } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fallbackOrder } from "@/lib/i18n/locales";
import type { Locale } from "@/lib/i18n/routing";
import {
  isReferenceText,
  referenceId,
  referencesIn,
  referenceTypes,
  type Reference,
  type ReferenceType,
} from "@/lib/markdown/references";

type Tx = Prisma.TransactionClient | typeof db;

interface Target {
  id: string;
  key: string;
  translations: { locale: Locale; name: string; status: string }[];
}

/** The items of a type with the given keys, with every translation's name and status. */
function targetsOf(tx: Tx, type: ReferenceType, keys: string[]): Promise<Target[]> {
  const args = {
    where: { key: { in: keys } },
    select: { id: true, key: true, translations: { select: { locale: true, name: true, status: true } } },
  } as const;
  switch (type) {
    case "region":
      return tx.region.findMany(args);
    case "organisation":
      return tx.organisation.findMany(args);
    case "initiative":
      return tx.initiative.findMany(args);
    case "strategy":
      return tx.strategy.findMany(args);
    case "pillar":
      return tx.pillar.findMany(args);
  }
}

/** The items a set of references names, by `referenceId`; a reference to no item is absent. */
async function findTargets(tx: Tx, references: Reference[]): Promise<Map<string, Target>> {
  const found = new Map<string, Target>();
  for (const type of referenceTypes) {
    const keys = references.filter((r) => r.type === type).map((r) => r.key);
    if (!keys.length) continue;
    for (const target of await targetsOf(tx, type, keys)) found.set(`${type}/${target.key}`, target);
  }
  return found;
}

/**
 * Refuses a text that links to an item that does not exist. Run in the save's transaction, so an
 * item deleted while the editor typed is noticed; the row of a deletion in progress is locked.
 */
export async function assertReferencesExist(tx: Tx, body: string) {
  if (!isReferenceText(body)) return;
  const references = referencesIn(body);
  if (!references.length) return;
  const found = await findTargets(tx, references);
  const unknown = references.filter((r) => !found.has(referenceId(r))).map(referenceId);
  if (unknown.length) {
    throw new AppError("VALIDATION", "unknownReference", { unknown }, { body: ["unknownReference"] });
  }
}

/** The name of an item in the editor's language, else in the first language it has. */
const nameFor = (target: Target, locale: Locale) =>
  fallbackOrder(locale)
    .map((l) => target.translations.find((t) => t.locale === l))
    .find(Boolean)?.name ?? target.key;

export interface ItemOption {
  type: ReferenceType;
  key: string;
  name: string;
  published: boolean;
}

const PER_TYPE = 5;

/** Items whose name (in any language) or key contains `query`, for the editor's link picker. */
export async function searchItems(query: string, locale: Locale): Promise<ItemOption[]> {
  const words = query.trim();
  if (words.length < 2) return [];
  const matches = {
    OR: [
      { key: { contains: words, mode: "insensitive" as const } },
      { translations: { some: { name: { contains: words, mode: "insensitive" as const } } } },
    ],
  };
  const select = {
    id: true,
    key: true,
    translations: { select: { locale: true, name: true, status: true } },
  } as const;
  const args = { where: matches, select, orderBy: { key: "asc" as const }, take: PER_TYPE };
  const found: [ReferenceType, Target[]][] = await Promise.all([
    db.organisation.findMany(args).then((r) => ["organisation", r] as [ReferenceType, Target[]]),
    db.initiative.findMany(args).then((r) => ["initiative", r] as [ReferenceType, Target[]]),
    db.region.findMany(args).then((r) => ["region", r] as [ReferenceType, Target[]]),
    db.strategy.findMany(args).then((r) => ["strategy", r] as [ReferenceType, Target[]]),
    db.pillar.findMany(args).then((r) => ["pillar", r] as [ReferenceType, Target[]]),
  ]);
  return found.flatMap(([type, targets]) =>
    targets.map((target) => ({
      type,
      key: target.key,
      name: nameFor(target, locale),
      published: target.translations.some((t) => t.status === "published"),
    })),
  );
}

/** Statuses of a translation that still has, or will have, a page. */
const living = ["draft", "in_review", "published"];

export interface BrokenReference {
  source: { type: ContentType; id: string; name: string; locale: Locale };
  target: { type: ReferenceType; key: string; name: string | null };
  /** "deleted", or the target's status in the source's language ("archived", "missing", …). */
  problem: string;
  /** The language of the page readers are led to instead, or null: the text without a link. */
  fallback: Locale | null;
}

/**
 * References in the texts of every language (as their rows hold them: what readers see, or the
 * draft of a text never published) to items that are deleted, archived or withdrawn in that
 * language, or published in none: whatever readers no longer reach through the link.
 */
export async function readBrokenReferences(uiLocale: Locale): Promise<BrokenReference[]> {
  const sources = (
    await Promise.all(
      contentTypes.map(async (type) => {
        const rows = (await translationTable(db, type).findMany({
          where: { body: { contains: "item:" }, status: { in: living } },
          orderBy: [{ name: "asc" }, { locale: "asc" }],
        })) as unknown as ({ locale: Locale; name: string; body: string } & Record<string, string>)[];
        return rows.map((row) => ({
          type,
          id: row[entityKey[type]],
          name: row.name,
          locale: row.locale,
          references: referencesIn(row.body),
        }));
      }),
    )
  ).flat();
  const targets = await findTargets(
    db,
    sources.flatMap((s) => s.references),
  );
  const broken: BrokenReference[] = [];
  for (const { references, ...source } of sources) {
    for (const reference of references) {
      const target = targets.get(referenceId(reference));
      if (!target) {
        broken.push({ source, target: { ...reference, name: null }, problem: "deleted", fallback: null });
        continue;
      }
      const published = target.translations.filter((t) => t.status === "published");
      const own = target.translations.find((t) => t.locale === source.locale);
      const retired = own !== undefined && !living.includes(own.status);
      if (!retired && published.length > 0) continue;
      broken.push({
        source,
        target: { ...reference, name: nameFor(target, uiLocale) },
        problem: own?.status ?? "missing",
        fallback: fallbackOrder(source.locale).find((l) => published.some((t) => t.locale === l)) ?? null,
      });
    }
  }
  return broken;
}
