import "server-only";
import type { ContentType } from "@/lib/cache-tags";
import { reader } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { cachedRead, onSiteWithSlug } from "./shared";

/**
 * The entity whose published (or withdrawn) text has this slug: in this language, or (`elsewhere`) in another
 * one (a link shared across languages).
 */
async function entityWithSlug(type: ContentType, locale: Locale, slug: string, elsewhere: boolean) {
  const where = { ...onSiteWithSlug(slug), locale: elsewhere ? { not: locale } : locale };
  const orderBy = { locale: "asc" as const };
  switch (type) {
    case "region":
      return (await reader().regionTranslation.findFirst({ where, orderBy }))?.regionId;
    case "organisation":
      return (await reader().organisationTranslation.findFirst({ where, orderBy }))?.organisationId;
    case "initiative":
      return (await reader().initiativeTranslation.findFirst({ where, orderBy }))?.initiativeId;
    case "strategy":
      return (await reader().strategyTranslation.findFirst({ where, orderBy }))?.strategyId;
    case "pillar":
      return (await reader().pillarTranslation.findFirst({ where, orderBy }))?.pillarId;
    case "project":
      return undefined;
  }
}

/**
 * Where a slug that is not this language's current one now lives (the entity's current path in
 * this language), or null: an old slug of this language, the current slug of another language,
 * or an old slug of another language, in that order. Slugs are lower case, so an address typed
 * with capitals (`/nl/gewesten/VLAANDEREN`) leads to the page its lower-case form names.
 */
export async function readSlugRedirect(
  type: ContentType,
  locale: Locale,
  typed: string,
): Promise<string | null> {
  const slug = typed.toLowerCase();
  const entityId =
    (slug !== typed ? await entityWithSlug(type, locale, slug, false) : undefined) ??
    (
      await reader().slugRedirect.findUnique({
        where: { entityType_locale_oldSlug: { entityType: type, locale, oldSlug: slug } },
      })
    )?.entityId ??
    (await entityWithSlug(type, locale, slug, true)) ??
    (
      await reader().slugRedirect.findFirst({
        where: { entityType: type, oldSlug: slug },
        orderBy: { createdAt: "desc" },
      })
    )?.entityId;
  if (!entityId) return null;
  const { publicPath } = await import("./public-path");
  const path = await publicPath(type, entityId, locale);
  return path && !path.endsWith(`/${encodeURIComponent(typed)}`) ? path : null;
}

export const getSlugRedirect = cachedRead(
  "slug-redirect",
  ["region", "organisation", "initiative", "strategy", "pillar"],
  (type: ContentType, locale: Locale, slug: string) => readSlugRedirect(type, locale, slug),
);
