import "server-only";
import { reader } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { initiativeCardInclude, toInitiativeCard, type InitiativeCard } from "./initiatives";
import { readOrganisationPage } from "./organisations";
import { readRegions, type RegionSummary } from "./regions";
import { readStrategies, type StrategyView } from "./strategy";
import { cachedRead, present } from "./shared";

export interface ComparisonColumn {
  region: RegionSummary;
  /** The region's first organisations but its main one (one listing page), and how many in all. */
  otherOrganisations: NonNullable<RegionSummary["leadAgency"]>[];
  organisationCount: { shown: number; total: number };
  flagships: InitiativeCard[];
  strategies: Pick<StrategyView, "id" | "name" | "slugs" | "lang" | "isFallback">[];
}

export interface Comparison {
  columns: ComparisonColumn[];
  crossRegional: InitiativeCard[];
}

/** The regions and the federal level side by side. */
export async function readComparison(locale: Locale): Promise<Comparison> {
  const [regions, strategies, flagshipRows] = await Promise.all([
    readRegions(locale),
    readStrategies(locale),
    reader().initiative.findMany({
      where: { isFlagship: true },
      include: initiativeCardInclude,
      orderBy: [{ position: "asc" }, { key: "asc" }],
    }),
  ]);
  const organisations = await Promise.all(
    regions.map((region) => readOrganisationPage(locale, region.key, 1)),
  );
  const flagships = flagshipRows.map((row) => ({
    regionId: row.regionId,
    card: toInitiativeCard(row, locale),
  }));
  return {
    columns: regions.map((region, i) => ({
      region,
      otherOrganisations: organisations[i].items.filter((o) => o.id !== region.leadAgency?.id),
      organisationCount: { shown: organisations[i].items.length, total: organisations[i].total },
      flagships: present(flagships.filter((f) => f.regionId === region.id).map((f) => f.card)),
      strategies: strategies
        .filter((s) => s.region?.id === region.id)
        .map(({ id, name, slugs, lang, isFallback }) => ({ id, name, slugs, lang, isFallback })),
    })),
    crossRegional: present(flagships.filter((f) => f.regionId === null).map((f) => f.card)),
  };
}

export const getComparison = cachedRead(
  "comparison",
  ["region", "organisation", "initiative", "strategy", "pillar"],
  readComparison,
);
