import "server-only";
import { reader } from "@/lib/db";
import type { RegionKind, Theme } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { toInitiativeCard, initiativeCardInclude, type InitiativeCard } from "./initiatives";
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
  initiatives: InitiativeCard[];
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
    const initiatives = await reader().initiative.findMany({
      where: { OR: [{ regionId: row.id }, { regionId: null }] },
      include: initiativeCardInclude,
      orderBy: [{ position: "asc" }, { key: "asc" }],
    });
    const cards = initiatives.map((i) => ({ regionId: i.regionId, card: toInitiativeCard(i, locale) }));
    return {
      ...summary,
      organisations: present(row.organisations.map((o) => toOrganisationCard(o, locale))),
      initiatives: present(cards.filter((c) => c.regionId === row.id).map((c) => c.card)),
      crossRegional: present(cards.filter((c) => c.regionId === null).map((c) => c.card)),
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
