import "server-only";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { fallbackOrder } from "@/lib/i18n/locales";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

type Slugged = { locale: Locale; slug: string }[];

/** The slug in a locale, in any status (preview), falling back like the public site. */
function slugIn(rows: Slugged, locale: Locale): string | null {
  for (const l of fallbackOrder(locale)) {
    const row = rows.find((r) => r.locale === l);
    if (row) return row.slug;
  }
  return null;
}

const select = { select: { locale: true, slug: true } } as const;

/** The public address of an entity's page in a locale, or null when it has no page yet. */
export async function publicPath(type: ContentType, id: string, locale: Locale): Promise<string | null> {
  switch (type) {
    case "region":
    case "organisation":
    case "initiative":
    case "strategy": {
      const rows: Slugged =
        type === "region"
          ? await db.regionTranslation.findMany({ where: { regionId: id }, ...select })
          : type === "organisation"
            ? await db.organisationTranslation.findMany({ where: { organisationId: id }, ...select })
            : type === "initiative"
              ? await db.initiativeTranslation.findMany({ where: { initiativeId: id }, ...select })
              : await db.strategyTranslation.findMany({ where: { strategyId: id }, ...select });
      const slug = slugIn(rows, locale);
      if (!slug) return null;
      const pathname = (
        {
          region: "/regions/[slug]",
          organisation: "/organisations/[slug]",
          initiative: "/initiatives/[slug]",
          strategy: "/strategy/[slug]",
        } as const
      )[type];
      return pathFor(locale, { pathname, params: { slug } });
    }
    case "pillar":
    case "project": {
      const pillarId = type === "pillar" ? id : (await db.project.findUnique({ where: { id } }))?.pillarId;
      if (!pillarId) return null;
      const pillar = await db.pillar.findUnique({
        where: { id: pillarId },
        include: { translations: select, strategy: { include: { translations: select } } },
      });
      const pillarSlug = pillar && slugIn(pillar.translations, locale);
      const strategySlug = pillar && slugIn(pillar.strategy.translations, locale);
      if (!pillarSlug || !strategySlug) return null;
      const path = pathFor(locale, {
        pathname: "/strategy/[slug]/[pillar]",
        params: { slug: strategySlug, pillar: pillarSlug },
      });
      if (type === "pillar") return path;
      const project = await db.project.findUnique({ where: { id }, select: { key: true } });
      return `${path}#${project?.key}`;
    }
  }
}
