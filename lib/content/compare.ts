import "server-only";
import { reader } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { initiativeCardInclude, toInitiativeCard, type InitiativeCard } from "./initiatives";
import { readOrganisations } from "./organisations";
import { readRegions, type RegionSummary } from "./regions";
import { readStrategies, type StrategyView } from "./strategy";
import { cachedRead, present } from "./shared";

export interface ComparisonColumn {
  region: RegionSummary;
  otherOrganisations: RegionSummary["leadAgency"][];
  flagships: InitiativeCard[];
  strategies: Pick<StrategyView, "id" | "name" | "slugs" | "lang" | "isFallback">[];
}

export interface Comparison {
  columns: ComparisonColumn[];
  crossRegional: InitiativeCard[];
}

/** The regions and the federal level side by side. */
export async function readComparison(locale: Locale): Promise<Comparison> {
  const [regions, strategies, flagshipRows, organisations] = await Promise.all([
    readRegions(locale),
    readStrategies(locale),
    reader().initiative.findMany({
      where: { isFlagship: true },
      include: initiativeCardInclude,
      orderBy: [{ position: "asc" }, { key: "asc" }],
    }),
    readOrganisations(locale),
  ]);
  const flagships = flagshipRows.map((row) => ({
    regionId: row.regionId,
    card: toInitiativeCard(row, locale),
  }));
  return {
    columns: regions.map((region) => ({
      region,
      otherOrganisations: organisations.filter(
        (o) => o.region?.id === region.id && o.id !== region.leadAgency?.id,
      ),
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
