import "server-only";
import { cachedRead, pickTranslation, slugsOf } from "@/lib/content/shared";
import { reader } from "@/lib/db";
import { pathFor, type Href } from "@/lib/i18n/paths";
import { locales, type Locale } from "@/lib/i18n/routing";
import { buildSitemapFiles, type SitemapPage } from "./sitemap-xml";

/**
 * What the sitemap needs of a translation: where it is and when it changed. Not its text: with
 * 10,000 entities, reading every published text took most of the build's extra time.
 */
const published = {
  where: { status: "published" as const },
  select: { locale: true, slug: true, updatedAt: true },
};
type Link = { locale: Locale; slug: string; updatedAt: Date };
type Row = { translations: Link[] };

function pagesOf<R extends Row>(
  rows: R[],
  href: (row: R, slugs: Record<Locale, string>, locale: Locale) => Href | null,
): SitemapPage[] {
  return rows.flatMap((row) => {
    if (!row.translations.length) return [];
    const slugs = slugsOf(row.translations);
    const paths: Partial<Record<Locale, string>> = {};
    const lastmod: Partial<Record<Locale, string>> = {};
    for (const locale of locales) {
      const target = href(row, slugs, locale);
      if (!target) continue;
      paths[locale] = pathFor(locale, target);
      lastmod[locale] = pickTranslation(row.translations, locale)!.updatedAt.toISOString();
    }
    return Object.keys(paths).length ? [{ paths, lastmod }] : [];
  });
}

/** Every published public page, once per locale, with its alternates and last modification. */
export async function readSitemapPages(): Promise<SitemapPage[]> {
  const [regions, organisations, initiatives, strategies] = await Promise.all([
    reader().region.findMany({ select: { translations: published }, orderBy: { position: "asc" } }),
    reader().organisation.findMany({
      select: { translations: published },
      orderBy: [{ position: "asc" }, { key: "asc" }],
    }),
    reader().initiative.findMany({
      select: { translations: published },
      orderBy: [{ position: "asc" }, { key: "asc" }],
    }),
    reader().strategy.findMany({
      select: {
        translations: published,
        pillars: { select: { translations: published }, orderBy: { position: "asc" } },
      },
    }),
  ]);
  const all: Link[] = [regions, organisations, initiatives, strategies].flatMap((rows) =>
    rows.flatMap((r: Row) => r.translations),
  );
  const newest = all.reduce(
    (max, t) => (t.updatedAt.toISOString() > max ? t.updatedAt.toISOString() : max),
    "",
  );
  const fixed = (href: Href, withDate: boolean): SitemapPage => ({
    paths: Object.fromEntries(locales.map((l) => [l, pathFor(l, href)])),
    lastmod: withDate && newest ? Object.fromEntries(locales.map((l) => [l, newest])) : {},
  });
  return [
    fixed("/", true),
    fixed("/organisations", true),
    fixed("/regions", true),
    fixed("/initiatives", true),
    fixed("/strategy", true),
    fixed("/compare", true),
    fixed("/accessibility", false),
    fixed("/privacy", false),
    fixed("/developers", false),
    fixed("/contact", false),
    fixed("/about", false),
    ...pagesOf(regions, (_, slugs, l) => ({ pathname: "/regions/[slug]", params: { slug: slugs[l] } })),
    ...pagesOf(organisations, (_, slugs, l) => ({
      pathname: "/organisations/[slug]",
      params: { slug: slugs[l] },
    })),
    ...pagesOf(initiatives, (_, slugs, l) => ({
      pathname: "/initiatives/[slug]",
      params: { slug: slugs[l] },
    })),
    ...pagesOf(strategies, (_, slugs, l) => ({ pathname: "/strategy/[slug]", params: { slug: slugs[l] } })),
    ...strategies.flatMap((s) =>
      pagesOf(s.pillars, (_, slugs, l) => {
        return s.translations.length
          ? {
              pathname: "/strategy/[slug]/[pillar]",
              params: { slug: slugsOf(s.translations)[l], pillar: slugs[l] },
            }
          : null;
      }),
    ),
  ];
}

export const getSitemapFiles = cachedRead(
  "sitemap",
  ["region", "organisation", "initiative", "strategy", "pillar"],
  async (siteUrl: string, maxUrls: number) => buildSitemapFiles(await readSitemapPages(), siteUrl, maxUrls),
);
