import "server-only";
import type { ContentType } from "@/lib/cache-tags";
import { reader } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { cachedRead } from "./shared";

/** Where an old slug of an entity now lives (its current published path), or null. */
export async function readSlugRedirect(
  type: ContentType,
  locale: Locale,
  slug: string,
): Promise<string | null> {
  const redirect = await reader().slugRedirect.findUnique({
    where: { entityType_locale_oldSlug: { entityType: type, locale, oldSlug: slug } },
  });
  if (!redirect) return null;
  const { publicPath } = await import("./public-path");
  const path = await publicPath(type, redirect.entityId, locale);
  return path && !path.endsWith(`/${slug}`) ? path : null;
}

export const getSlugRedirect = cachedRead(
  "slug-redirect",
  ["region", "organisation", "initiative", "strategy", "pillar"],
  (type: ContentType, locale: Locale, slug: string) => readSlugRedirect(type, locale, slug),
);
