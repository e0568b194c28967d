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
import { toOrganisationCard, type OrganisationCard } from "./organisations";
import {
  cachedRead,
  localize,
  notArchived,
  present,
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
  organisations: OrganisationCard[];
  /** The first initiatives of the region (one listing page); all of them: `initiativeTotal`. */
  initiatives: InitiativeCard[];
  initiativeTotal: number;
  crossRegional: InitiativeCard[];
};

const organisationInclude = {
  where: {},
  include: { translations: publishedOnly, region: { include: { translations: publishedOnly } } },
  orderBy: [{ position: "asc" as const }, { key: "asc" as const }],
};

function regionQuery(where: object, preview = false) {
  return reader().region.findMany({
    where,
    orderBy: { position: "asc" },
    include: { translations: preview ? notArchived : publishedOnly, organisations: organisationInclude },
  });
}

type RegionRow = Awaited<ReturnType<typeof regionQuery>>[number];

function toSummary(row: RegionRow, locale: Locale): RegionSummary | null {
  const text = localize(row.translations, locale);
  if (!text) return null;
  const organisations = present(row.organisations.map((o) => toOrganisationCard(o, locale)));
  const leadAgency = organisations.find((o) => o.isLeadAgency) ?? null;
  const focusAreas = [...new Set(organisations.flatMap((o) => o.focusAreas))];
  return { ...text, id: row.id, key: row.key, kind: row.kind, leadAgency, focusAreas };
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
      translations: { some: preview ? { slug, status: { not: "archived" } } : { slug, status: "published" } },
    },
    preview,
  );
  for (const found of rows) {
    const row = preview
      ? { ...found, translations: await withWorkingCopies("region", found.id, found.translations) }
      : found;
    const summary = toSummary(row, locale);
    if (!summary || (!preview && summary.slugs[locale] !== slug)) continue;
    // One listing page each, however many there are; the rest are on the initiatives page,
    // filtered by region.
    const list = (regionId: string | null) =>
      reader().initiative.findMany({
        where: { regionId, translations: { some: { status: "published" } } },
        include: initiativeCardInclude,
        orderBy: [{ position: "asc" }, { key: "asc" }],
        take: INITIATIVES_PER_PAGE,
      });
    const [initiatives, crossRegional, initiativeTotal] = await Promise.all([
      list(row.id),
      list(null),
      reader().initiative.count({
        where: { regionId: row.id, translations: { some: { status: "published" } } },
      }),
    ]);
    return {
      ...summary,
      organisations: present(row.organisations.map((o) => toOrganisationCard(o, locale))),
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
