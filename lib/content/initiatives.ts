import "server-only";
import { reader } from "@/lib/db";
import { Theme, type RegionKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { toOrganisationCard, type OrganisationCard, type RegionRef } from "./organisations";
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

export const themes = Object.values(Theme);

export type InitiativeCard = LocalizedText & {
  id: string;
  key: string;
  themes: Theme[];
  isFlagship: boolean;
  region: RegionRef | null;
};

export type InitiativePage = InitiativeCard & {
  websiteUrl: string | null;
  organisations: OrganisationCard[];
};

export const initiativeCardInclude = {
  translations: publishedOnly,
  region: { include: { translations: publishedOnly } },
} as const;

interface InitiativeRow {
  id: string;
  key: string;
  themes: Theme[];
  isFlagship: boolean;
  translations: Parameters<typeof localize>[0];
  region: {
    id: string;
    key: string;
    kind: RegionKind;
    translations: Parameters<typeof localize>[0];
  } | null;
}

export function toInitiativeCard(row: InitiativeRow, locale: Locale): InitiativeCard | null {
  const text = localize(row.translations, locale);
  if (!text) return null;
  const regionText = row.region ? localize(row.region.translations, locale) : null;
  return {
    ...text,
    id: row.id,
    key: row.key,
    themes: row.themes,
    isFlagship: row.isFlagship,
    region:
      row.region && regionText
        ? { ...regionText, id: row.region.id, key: row.region.key, kind: row.region.kind }
        : null,
  };
}

export interface InitiativeFilter {
  /** A region key, or "cross-regional" for initiatives shared by several levels. */
  region?: string;
  theme?: Theme;
}

export const INITIATIVES_PER_PAGE = 24;

export async function readInitiatives(
  locale: Locale,
  filter: InitiativeFilter = {},
  page = 1,
): Promise<{ items: InitiativeCard[]; total: number; pageCount: number }> {
  const where = {
    ...hasPublished,
    ...(filter.region === "cross-regional"
      ? { regionId: null }
      : filter.region
        ? { region: { key: filter.region } }
        : {}),
    ...(filter.theme ? { themes: { has: filter.theme } } : {}),
  };
  const [rows, total] = await Promise.all([
    reader().initiative.findMany({
      where,
      include: initiativeCardInclude,
      orderBy: [{ position: "asc" }, { key: "asc" }],
      skip: (page - 1) * INITIATIVES_PER_PAGE,
      take: INITIATIVES_PER_PAGE,
    }),
    reader().initiative.count({ where }),
  ]);
  return {
    items: present(rows.map((row) => toInitiativeCard(row, locale))),
    total,
    pageCount: Math.max(1, Math.ceil(total / INITIATIVES_PER_PAGE)),
  };
}

export async function readInitiativeBySlug(
  locale: Locale,
  slug: string,
  preview = false,
): Promise<InitiativePage | null> {
  const rows = await reader().initiative.findMany({
    where: {
      translations: { some: preview ? { slug, status: { not: "archived" } } : onSiteWithSlug(slug) },
    },
    include: {
      ...initiativeCardInclude,
      translations: preview ? notArchived : onSite,
      organisations: {
        include: {
          organisation: {
            include: { translations: publishedOnly, region: { include: { translations: publishedOnly } } },
          },
        },
      },
    },
  });
  for (const found of rows) {
    const row = preview
      ? { ...found, translations: await withWorkingCopies("initiative", found.id, found.translations) }
      : found;
    const card = toInitiativeCard(row, locale);
    if (!card || (!preview && card.slugs[locale] !== slug)) continue;
    const organisations = present(
      row.organisations
        .map(({ organisation }) => organisation)
        .sort((a, b) => a.position - b.position)
        .map((o) => toOrganisationCard(o, locale)),
    );
    return { ...card, websiteUrl: row.websiteUrl, organisations };
  }
  return null;
}

export async function readInitiativeSlugs(): Promise<{ locale: Locale; slug: string }[]> {
  return slugParams(
    await reader().initiative.findMany({ where: { isFlagship: true }, ...prerenderSelection }),
  );
}

export const getInitiatives = cachedRead(
  "initiatives",
  ["initiative", "region"],
  (locale: Locale, region: string, theme: string, page: number) =>
    readInitiatives(
      locale,
      { region: region || undefined, theme: (theme || undefined) as Theme | undefined },
      page,
    ),
);
export const getInitiativeBySlug = cachedRead(
  "initiative-by-slug",
  ["initiative", "organisation", "region"],
  (locale: Locale, slug: string) => readInitiativeBySlug(locale, slug),
);
