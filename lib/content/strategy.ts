import "server-only";
import { reader } from "@/lib/db";
import type { FundingSource } from "@/lib/generated/prisma/enums";
import { locales, type Locale } from "@/lib/i18n/routing";
import { toOrganisationCard, type OrganisationCard, type RegionRef } from "./organisations";
import {
  cachedRead,
  localize,
  notArchived,
  present,
  onSite,
  onSiteWithSlug,
  publishedOnly,
  withWorkingCopies,
  type LocalizedText,
} from "./shared";

export type ProjectView = LocalizedText & {
  id: string;
  key: string;
  position: number;
  organisation: OrganisationCard | null;
};

/** A project as the strategy page names it: a link to its place on the pillar page. */
export type ProjectRef = Pick<LocalizedText, "name" | "lang" | "isFallback"> & { id: string; key: string };

export type PillarSummary = LocalizedText & {
  id: string;
  key: string;
  position: number;
  projectCount: number;
  /** The projects with a published translation, in order. */
  projects: ProjectRef[];
};

export type StrategyView = LocalizedText & {
  id: string;
  key: string;
  goal: string;
  governance: string;
  periodStart: number;
  periodEnd: number;
  /** ISO date; month precision. */
  adoptedOn: string;
  budgetMinEur: number | null;
  fundingSources: FundingSource[];
  region: RegionRef | null;
  organisation: OrganisationCard | null;
  pillars: PillarSummary[];
  /** Pillars withdrawn in this language: out of the list, still at their address. */
  withdrawnPillars: PillarSummary[];
};

export type PillarPage = Omit<PillarSummary, "projects"> & {
  strategy: StrategyView;
  projects: ProjectView[];
  previous: PillarSummary | null;
  next: PillarSummary | null;
};

const withRegion = { include: { translations: publishedOnly } } as const;
const organisationInclude = { include: { translations: publishedOnly, region: withRegion } } as const;

/** Strategies with their pillars, and the translations `visible` (a list's, a page's, a preview's). */
function strategyQuery(where: object, visible: { where: object } = publishedOnly) {
  return reader().strategy.findMany({
    where,
    orderBy: { periodStart: "desc" },
    include: {
      translations: visible,
      region: withRegion,
      organisation: organisationInclude,
      pillars: {
        orderBy: { position: "asc" },
        include: {
          translations: visible,
          _count: { select: { projects: true } },
          projects: { orderBy: { position: "asc" }, include: { translations: publishedOnly } },
        },
      },
    },
  });
}

type StrategyRowWithPillars = Awaited<ReturnType<typeof strategyQuery>>[number];

/** Draft mode: the strategy and its pillars with their working copies. */
async function overlayStrategy(row: StrategyRowWithPillars): Promise<StrategyRowWithPillars> {
  return {
    ...row,
    translations: await withWorkingCopies("strategy", row.id, row.translations),
    pillars: await Promise.all(
      row.pillars.map(async (p) => ({
        ...p,
        translations: await withWorkingCopies("pillar", p.id, p.translations),
      })),
    ),
  };
}

const pick = ({ name, lang, isFallback }: LocalizedText) => ({ name, lang, isFallback });

type StrategyRow = Awaited<ReturnType<typeof strategyQuery>>[number];

function toStrategyView(row: StrategyRow, locale: Locale): StrategyView | null {
  const text = localize(row.translations, locale);
  if (!text) return null;
  const own = row.translations.find((t) => t.locale === text.lang)!;
  const regionText = localize(row.region.translations, locale);
  return {
    ...text,
    id: row.id,
    key: row.key,
    goal: own.goal,
    governance: own.governance,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    adoptedOn: row.adoptedOn.toISOString().slice(0, 10),
    budgetMinEur: row.budgetMinEur,
    fundingSources: row.fundingSources,
    region: regionText
      ? { ...regionText, id: row.region.id, key: row.region.key, kind: row.region.kind }
      : null,
    organisation: row.organisation ? toOrganisationCard(row.organisation, locale) : null,
    ...listedAndWithdrawn(
      row.pillars.map((p) => {
        const pillarText = localize(p.translations, locale);
        if (!pillarText) return null;
        const projects = present(
          p.projects.map((project) => {
            const projectText = localize(project.translations, locale);
            return projectText && { ...pick(projectText), id: project.id, key: project.key };
          }),
        );
        return {
          ...pillarText,
          id: p.id,
          key: p.key,
          position: p.position,
          projectCount: p._count.projects,
          projects,
        };
      }),
    ),
  };
}

/** A withdrawn pillar keeps its page but leaves the strategy's list of pillars. */
function listedAndWithdrawn(pillars: (StrategyView["pillars"][number] | null)[]) {
  const shown = present(pillars);
  return { pillars: shown.filter((p) => !p.withdrawn), withdrawnPillars: shown.filter((p) => p.withdrawn) };
}

export async function readStrategies(locale: Locale): Promise<StrategyView[]> {
  return present((await strategyQuery({})).map((row) => toStrategyView(row, locale)));
}

export async function readStrategyBySlug(
  locale: Locale,
  slug: string,
  preview = false,
): Promise<StrategyView | null> {
  if (!preview) {
    const rows = await strategyQuery({ translations: { some: onSiteWithSlug(slug) } }, onSite);
    return rows.map((row) => toStrategyView(row, locale)).find((s) => s?.slugs[locale] === slug) ?? null;
  }
  const rows = await strategyQuery(
    { translations: { some: { slug, status: { not: "archived" } } } },
    notArchived,
  );
  const row = rows[0];
  if (!row) return null;
  const view = toStrategyView(await overlayStrategy(row), locale);
  // In a preview, pages keep their current addresses (the row slugs, not the drafts').
  return (
    view && {
      ...view,
      slugs: Object.fromEntries(Object.keys(view.slugs).map((l) => [l, slug])) as typeof view.slugs,
    }
  );
}

export async function readPillar(
  locale: Locale,
  strategySlug: string,
  pillarSlug: string,
  preview = false,
): Promise<PillarPage | null> {
  const strategy = await readStrategyBySlug(locale, strategySlug, preview);
  const pillarRows = preview
    ? await reader().pillarTranslation.findMany({
        where: { slug: pillarSlug, status: { not: "archived" } },
        select: { pillarId: true },
      })
    : [];
  if (!strategy) return null;
  const reachable = [...strategy.pillars, ...strategy.withdrawnPillars];
  const index = reachable.findIndex((p) =>
    preview ? pillarRows.some((r) => r.pillarId === p.id) : p.slugs[locale] === pillarSlug,
  );
  if (index < 0) return null;
  const pillar = reachable[index];
  const found = await reader().project.findMany({
    where: { pillarId: pillar.id },
    orderBy: { position: "asc" },
    include: { translations: preview ? notArchived : publishedOnly, organisation: organisationInclude },
  });
  const projects = preview
    ? await Promise.all(
        found.map(async (p) => ({
          ...p,
          translations: await withWorkingCopies("project", p.id, p.translations),
        })),
      )
    : found;
  return {
    ...pillar,
    strategy,
    // A withdrawn pillar is outside the sequence the others are read in.
    previous: pillar.withdrawn ? null : (strategy.pillars[index - 1] ?? null),
    next: pillar.withdrawn ? null : (strategy.pillars[index + 1] ?? null),
    projects: present(
      projects.map((p) => {
        const text = localize(p.translations, locale);
        return text
          ? {
              ...text,
              id: p.id,
              key: p.key,
              position: p.position,
              organisation: p.organisation ? toOrganisationCard(p.organisation, locale) : null,
            }
          : null;
      }),
    ),
  };
}

export async function readStrategyParams(): Promise<{ locale: Locale; slug: string; pillar?: string }[]> {
  const params: { locale: Locale; slug: string; pillar?: string }[] = [];
  for (const locale of locales) {
    for (const s of await readStrategies(locale)) {
      params.push({ locale, slug: s.slugs[locale] });
      for (const p of s.pillars) params.push({ locale, slug: s.slugs[locale], pillar: p.slugs[locale] });
    }
  }
  return params;
}

export const getStrategies = cachedRead(
  "strategies",
  ["strategy", "pillar", "project", "region", "organisation"],
  readStrategies,
);
export const getStrategyBySlug = cachedRead(
  "strategy-by-slug",
  ["strategy", "pillar", "project", "region", "organisation"],
  (locale: Locale, slug: string) => readStrategyBySlug(locale, slug),
);
export const getPillar = cachedRead(
  "pillar",
  ["strategy", "pillar", "project", "region", "organisation"],
  (locale: Locale, strategySlug: string, pillarSlug: string) => readPillar(locale, strategySlug, pillarSlug),
);
