import "server-only";
import { reader } from "@/lib/db";
import type { RegionKind, Theme } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicImage } from "@/components/site/MediaImage";
import {
  cachedRead,
  localize,
  notArchived,
  present,
  hasPublished,
  onSite,
  onSiteWithSlug,
  publishedOnly,
  prerenderSelection,
  slugParams,
  withWorkingCopies,
  type LocalizedText,
} from "./shared";

export type RegionRef = LocalizedText & { id: string; key: string; kind: RegionKind };

export type OrganisationCard = LocalizedText & {
  id: string;
  key: string;
  websiteUrl: string | null;
  isLeadAgency: boolean;
  focusAreas: Theme[];
  region: RegionRef | null;
  logo: PublicImage | null;
};

export type InitiativeRef = LocalizedText & { id: string; key: string; themes: Theme[] };

export type OrganisationProfile = OrganisationCard & {
  parent: OrganisationCard | null;
  initiatives: InitiativeRef[];
  related: OrganisationCard[];
};

/** What a page needs of a logo: never its bytes. */
const logoSelect = {
  select: {
    id: true,
    hash: true,
    mimeType: true,
    width: true,
    height: true,
    decorative: true,
    texts: { select: { locale: true, alt: true } },
    variants: { select: { width: true }, orderBy: { width: "asc" } },
  },
} as const;

const cardInclude = {
  translations: publishedOnly,
  region: { include: { translations: publishedOnly } },
  logo: logoSelect,
} as const;

function logoOf(logo: CardRow["logo"], locale: Locale): PublicImage | null {
  if (!logo) return null;
  return {
    id: logo.id,
    hash: logo.hash,
    mimeType: logo.mimeType,
    width: logo.width,
    height: logo.height,
    widths: logo.variants.map((v) => v.width),
    alt: logo.decorative ? "" : (logo.texts.find((t) => t.locale === locale)?.alt ?? ""),
  };
}

type CardRow = Awaited<ReturnType<typeof loadCards>>[number];

function loadCards(where: object = {}, take?: number) {
  return reader().organisation.findMany({
    where,
    include: cardInclude,
    orderBy: [{ position: "asc" }, { key: "asc" }],
    take,
  });
}

/** A row read with `cardInclude`, or by another reader without the logo (then none is shown). */
export function toOrganisationCard(
  row: Omit<CardRow, "logo"> & { logo?: CardRow["logo"] },
  locale: Locale,
): OrganisationCard | null {
  const text = localize(row.translations, locale);
  if (!text) return null;
  const regionText = localize(row.region.translations, locale);
  return {
    ...text,
    id: row.id,
    key: row.key,
    websiteUrl: row.websiteUrl,
    isLeadAgency: row.isLeadAgency,
    focusAreas: row.focusAreas,
    region: regionText
      ? { ...regionText, id: row.region.id, key: row.region.key, kind: row.region.kind }
      : null,
    logo: logoOf(row.logo ?? null, locale),
  };
}

/** The first organisations by position (the home page shows a few; the list is paginated). */
export async function readOrganisations(locale: Locale, take?: number): Promise<OrganisationCard[]> {
  return present((await loadCards(hasPublished, take)).map((row) => toOrganisationCard(row, locale)));
}

export const ORGANISATIONS_PER_PAGE = 24;

export interface OrganisationPage {
  items: OrganisationCard[];
  total: number;
  pageCount: number;
}

/**
 * One page of the organisations, region after region (in the regions' order) and by position
 * within each; `region` (a key) keeps one region's. As the initiatives are paginated, so that a
 * list page renders as fast with 10,000 entities as with the seed.
 */
export async function readOrganisationPage(
  locale: Locale,
  region: string,
  page: number,
): Promise<OrganisationPage> {
  const where = { ...hasPublished, ...(region ? { region: { key: region } } : {}) };
  const [rows, total] = await Promise.all([
    reader().organisation.findMany({
      where,
      include: cardInclude,
      orderBy: [{ region: { position: "asc" } }, { position: "asc" }, { key: "asc" }],
      skip: (page - 1) * ORGANISATIONS_PER_PAGE,
      take: ORGANISATIONS_PER_PAGE,
    }),
    reader().organisation.count({ where }),
  ]);
  return {
    items: present(rows.map((row) => toOrganisationCard(row, locale))),
    total,
    pageCount: Math.max(1, Math.ceil(total / ORGANISATIONS_PER_PAGE)),
  };
}

/** Finds the organisation shown at /{locale}/…/{slug}: its own slug, or its fallback's. */
export async function readOrganisationBySlug(
  locale: Locale,
  slug: string,
  preview = false,
): Promise<OrganisationProfile | null> {
  const candidates = await reader().organisation.findMany({
    where: {
      translations: { some: preview ? { slug, status: { not: "archived" } } : onSiteWithSlug(slug) },
    },
    include: {
      ...cardInclude,
      translations: preview ? notArchived : onSite,
      parent: { include: cardInclude },
      initiatives: {
        include: { initiative: { include: { translations: publishedOnly, organisations: true } } },
      },
    },
  });
  for (const found of candidates) {
    const row = preview
      ? { ...found, translations: await withWorkingCopies("organisation", found.id, found.translations) }
      : found;
    const card = toOrganisationCard(row, locale);
    if (!card || (!preview && card.slugs[locale] !== slug)) continue;
    const initiatives = present(
      row.initiatives
        .map(({ initiative }) => initiative)
        .sort((a, b) => a.position - b.position)
        .map((i) => {
          const text = localize(i.translations, locale);
          return text ? { ...text, id: i.id, key: i.key, themes: i.themes } : null;
        }),
    );
    const partnerIds = new Set(
      row.initiatives.flatMap(({ initiative }) => initiative.organisations.map((o) => o.organisationId)),
    );
    partnerIds.delete(row.id);
    const related = present(
      (
        await loadCards({
          id: { not: row.id },
          OR: [{ regionId: row.regionId }, { id: { in: [...partnerIds] } }],
        })
      ).map((r) => toOrganisationCard(r, locale)),
    );
    const parent = row.parent ? toOrganisationCard(row.parent, locale) : null;
    return { ...card, parent, initiatives, related };
  }
  return null;
}

export async function readOrganisationSlugs(): Promise<{ locale: Locale; slug: string }[]> {
  return slugParams(
    await reader().organisation.findMany({ where: { isLeadAgency: true }, ...prerenderSelection }),
  );
}

export const getOrganisations = cachedRead(
  "organisations",
  ["organisation", "region"],
  (locale: Locale, take: number) => readOrganisations(locale, take),
);
export const getOrganisationPage = cachedRead(
  "organisation-page",
  ["organisation", "region"],
  (locale: Locale, region: string, page: number) => readOrganisationPage(locale, region, page),
);
export const getOrganisationBySlug = cachedRead(
  "organisation-by-slug",
  ["organisation", "region", "initiative"],
  (locale: Locale, slug: string) => readOrganisationBySlug(locale, slug),
);
