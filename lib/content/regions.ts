import "server-only";
import { reader } from "@/lib/db";
import type { RegionKind, Theme } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import {
  INITIATIVES_PER_PAGE,
  initiativeCardInclude,
  toInitiativeCard,
  type InitiativeCard,
} from "./initiatives";
import {
  readOrganisationPage,
  toOrganisationCard,
  type OrganisationCard,
  type OrganisationPage,
} from "./organisations";
import {
  cachedRead,
  localize,
  notArchived,
  present,
  hasPublished,
  onSite,
  onSiteWithSlug,
  publishedOnly,
  slugParams,
  withWorkingCopies,
  type LocalizedText,
} from "./shared";

export type RegionSummary = LocalizedText & {
  id: string;
  key: string;
  kind: RegionKind;
  leadAgency: OrganisationCard | null;
  focusAreas: Theme[];
};

export type RegionPage = RegionSummary & {
  /** The first organisations of the region (one listing page) and how many there are. */
  organisations: OrganisationPage;
  /** The first initiatives of the region (one listing page); all of them: `initiativeTotal`. */
  initiatives: InitiativeCard[];
  initiativeTotal: number;
  crossRegional: InitiativeCard[];
};

/** A region's main organisation: the rest are on the organisations list, paginated. */
const leadAgencyInclude = {
  where: { isLeadAgency: true, ...hasPublished },
  include: { translations: publishedOnly, region: { include: { translations: publishedOnly } } },
  orderBy: [{ position: "asc" as const }, { key: "asc" as const }],
  take: 1,
};

/** Regions with the translations `shown` (a list's, a page's or a preview's). */
async function regionQuery(where: object, shown: { where: object } = publishedOnly) {
  const rows = await reader().region.findMany({
    where,
    orderBy: { position: "asc" },
    include: { translations: shown, organisations: leadAgencyInclude },
  });
  // The themes its organisations work on: one small row per organisation, not their cards.
  const areas = await reader().organisation.findMany({
    where: { regionId: { in: rows.map((row) => row.id) }, ...hasPublished },
    select: { regionId: true, focusAreas: true },
  });
  return rows.map((row) => ({
    ...row,
    focusAreas: [...new Set(areas.filter((a) => a.regionId === row.id).flatMap((a) => a.focusAreas))],
  }));
}

type RegionRow = Awaited<ReturnType<typeof regionQuery>>[number];

function toSummary(row: RegionRow, locale: Locale): RegionSummary | null {
  const text = localize(row.translations, locale);
  if (!text) return null;
  const leadAgency = present(row.organisations.map((o) => toOrganisationCard(o, locale)))[0] ?? null;
  return { ...text, id: row.id, key: row.key, kind: row.kind, leadAgency, focusAreas: row.focusAreas };
}

export async function readRegions(locale: Locale): Promise<RegionSummary[]> {
  return present((await regionQuery({})).map((row) => toSummary(row, locale)));
}

/** The region at /{locale}/…/{slug}; with `preview`, drafts included (draft mode). */
export async function readRegionBySlug(
  locale: Locale,
  slug: string,
  preview = false,
): Promise<RegionPage | null> {
  const rows = await regionQuery(
    {
      translations: { some: preview ? { slug, status: { not: "archived" } } : onSiteWithSlug(slug) },
    },
    preview ? notArchived : onSite,
  );
  for (const found of rows) {
    const row = preview
      ? { ...found, translations: await withWorkingCopies("region", found.id, found.translations) }
      : found;
    const summary = toSummary(row, locale);
    if (!summary || (!preview && summary.slugs[locale] !== slug)) continue;
    // One listing page each, however many there are; the rest are on the initiatives and
    // organisations pages, filtered by region.
    const list = (regionId: string | null) =>
      reader().initiative.findMany({
        where: { regionId, ...hasPublished },
        include: initiativeCardInclude,
        orderBy: [{ position: "asc" }, { key: "asc" }],
        take: INITIATIVES_PER_PAGE,
      });
    const [initiatives, crossRegional, initiativeTotal, organisations] = await Promise.all([
      list(row.id),
      list(null),
      reader().initiative.count({
        where: { regionId: row.id, ...hasPublished },
      }),
      readOrganisationPage(locale, row.key, 1),
    ]);
    return {
      ...summary,
      organisations,
      initiatives: present(initiatives.map((i) => toInitiativeCard(i, locale))),
      initiativeTotal,
      crossRegional: present(crossRegional.map((i) => toInitiativeCard(i, locale))),
    };
  }
  return null;
}

export async function readRegionSlugs(): Promise<{ locale: Locale; slug: string }[]> {
  return slugParams(await reader().region.findMany({ select: { translations: publishedOnly } }));
}

export const getRegions = cachedRead("regions", ["region", "organisation"], readRegions);
export const getRegionBySlug = cachedRead(
  "region-by-slug",
  ["region", "organisation", "initiative"],
  (locale: Locale, slug: string) => readRegionBySlug(locale, slug),
);
