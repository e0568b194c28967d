import "server-only";
import { reader } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { pathFor } from "@/lib/i18n/paths";
import {
  parseReference,
  referenceId,
  referenceTypes,
  type Reference,
  type ReferenceTargets,
  type ReferenceType,
} from "@/lib/markdown/references";
import { cachedRead, pickTranslation, publishedOnly } from "./shared";

type Published = { locale: Locale; slug: string }[];
/** An item's published slugs; a pillar's page also needs its strategy's. */
type Entity = { key: string; translations: Published; strategy?: Published };

const slugged = { where: publishedOnly.where, select: { locale: true, slug: true } } as const;

async function entities(type: ReferenceType, keys: string[]): Promise<Entity[]> {
  const where = { key: { in: keys } };
  const select = { key: true, translations: slugged } as const;
  switch (type) {
    case "region":
      return reader().region.findMany({ where, select });
    case "organisation":
      return reader().organisation.findMany({ where, select });
    case "initiative":
      return reader().initiative.findMany({ where, select });
    case "strategy":
      return reader().strategy.findMany({ where, select });
    case "pillar": {
      const pillars = await reader().pillar.findMany({
        where,
        select: { ...select, strategy: { select: { translations: slugged } } },
      });
      return pillars.map((p) => ({ ...p, strategy: p.strategy.translations }));
    }
  }
}

const pathnames = {
  region: "/regions/[slug]",
  organisation: "/organisations/[slug]",
  initiative: "/initiatives/[slug]",
  strategy: "/strategy/[slug]",
} as const;

/**
 * Where a reference leads for a reader of `locale`: the item's page under its current slug, in
 * the reader's language or, when it is not published there, the language the site falls back
 * to (said next to the link); null when the item has no published translation or no longer exists.
 */
function resolve(type: ReferenceType, entity: Entity, locale: Locale) {
  const text = pickTranslation(entity.translations, locale);
  if (!text) return null;
  const fallback = text.locale === locale ? null : text.locale;
  if (type === "pillar") {
    const strategy = pickTranslation(entity.strategy ?? [], locale);
    if (!strategy) return null;
    const params = { slug: strategy.slug, pillar: text.slug };
    return { path: pathFor(locale, { pathname: "/strategy/[slug]/[pillar]", params }), fallback };
  }
  return { path: pathFor(locale, { pathname: pathnames[type], params: { slug: text.slug } }), fallback };
}

/** Where each reference leads for a reader of `locale` (`ids`: reference ids, space-separated). */
export async function readReferenceTargets(locale: Locale, ids: string): Promise<ReferenceTargets> {
  const references = ids.split(" ").map((id) => parseReference(`item:${id}`)!);
  const targets: ReferenceTargets = Object.fromEntries(references.map((r) => [referenceId(r), null]));
  for (const type of referenceTypes) {
    const keys = references.filter((r) => r.type === type).map((r) => r.key);
    if (!keys.length) continue;
    for (const entity of await entities(type, keys)) {
      targets[`${type}/${entity.key}`] = resolve(type, entity, locale);
    }
  }
  return targets;
}

/**
 * Tagged with every type a reference may name, so publishing, archiving or deleting any of them
 * (a slug change included) renders the pages that link to them again.
 */
const readTargets = cachedRead("references", referenceTypes, readReferenceTargets);

/** A text's references in the order the cache keys them. */
export const referenceIds = (references: Reference[]) => references.map(referenceId).sort().join(" ");

/** The targets of a text's references for one reader (nothing is read for a text without any). */
export async function resolveReferences(locale: Locale, references: Reference[]): Promise<ReferenceTargets> {
  if (!references.length) return {};
  return readTargets(locale, referenceIds(references));
}
