// How many SQL statements each public page's data costs, counted from Prisma's query events on the
// real database. The count is asserted against a budget, and again after many more organisations
// and initiatives exist, some of them linked to the pages read: a count that grows with the data
// is an N+1 query. Not timed: the number of round trips is what scales with the data. Prisma's
// `relationJoins` loads each include tree in one statement (the home page went from 20 to 3).
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATABASE_QUERY_EVENTS = "1";
});

import { readMajorChanges } from "@/lib/content/change-notes";
import { readComparison } from "@/lib/content/compare";
import { readInitiativeBySlug, readInitiatives } from "@/lib/content/initiatives";
import { readOrganisationBySlug, readOrganisationPage, readOrganisations } from "@/lib/content/organisations";
import { readRegionBySlug, readRegions } from "@/lib/content/regions";
import { readSearch } from "@/lib/content/search";
import { readPillar, readStrategies, readStrategyBySlug } from "@/lib/content/strategy";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/lib/i18n/routing";
import { generateEntities, removeGenerated } from "@/prisma/scale";

const PREFIX = "querycount";
let queries = 0;
(db as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
  queries++;
});

async function count(read: () => Promise<unknown>) {
  queries = 0;
  await read();
  return queries;
}

type Slugs = Record<Locale, string>;
const slugs = {} as Record<"organisation" | "initiative" | "region" | "strategy" | "pillar", Slugs>;
let organisationId = "";

interface PageData {
  file: string;
  /** The cached readers the page calls (get…), whose uncached read… functions `read` runs. */
  getters: string[];
  history: boolean;
  budget: number;
  read: (locale: Locale) => Promise<unknown>;
}

/** Runs a detail page's reader, then its change history, as the page does. */
const withHistory =
  (
    type: Parameters<typeof readMajorChanges>[0],
    find: (l: Locale) => Promise<{ id: string; lang: Locale } | null>,
  ) =>
  async (locale: Locale) => {
    const found = await find(locale);
    if (!found) throw new Error(`no ${type} page in ${locale}`);
    await readMajorChanges(type, found.id, found.lang);
  };

const pages: Record<string, PageData> = {
  home: {
    file: "app/[locale]/page.tsx",
    getters: ["getOrganisations", "getRegions", "getStrategies"],
    history: false,
    budget: 4,
    read: (l) => Promise.all([readRegions(l), readOrganisations(l, 12), readStrategies(l)]),
  },
  organisations: {
    file: "app/[locale]/organisations/page.tsx",
    getters: ["getOrganisationPage", "getRegions"],
    history: false,
    budget: 4,
    read: (l) => Promise.all([readRegions(l), readOrganisationPage(l, "", 1)]),
  },
  organisationList: {
    file: "app/[locale]/organisation-list/[region]/[page]/page.tsx",
    getters: ["getOrganisationPage", "getRegions"],
    history: false,
    budget: 4,
    read: (l) => Promise.all([readRegions(l), readOrganisationPage(l, "wallonia", 1)]),
  },
  regions: {
    file: "app/[locale]/regions/page.tsx",
    getters: ["getOrganisationPage", "getRegions"],
    history: false,
    // Each region's first page of organisations: two statements per region.
    budget: 10,
    read: async (l) => Promise.all((await readRegions(l)).map((r) => readOrganisationPage(l, r.key, 1))),
  },
  strategies: {
    file: "app/[locale]/strategy/page.tsx",
    getters: ["getStrategies"],
    history: false,
    budget: 1,
    read: (l) => readStrategies(l),
  },
  organisation: {
    file: "app/[locale]/organisations/[slug]/page.tsx",
    getters: ["getOrganisationBySlug", "getSlugRedirect"],
    history: true,
    budget: 3,
    read: withHistory("organisation", (l) => readOrganisationBySlug(l, slugs.organisation[l])),
  },
  initiatives: {
    file: "app/[locale]/initiatives/page.tsx",
    getters: ["getInitiatives", "getRegions"],
    history: false,
    budget: 4,
    read: (l) => Promise.all([readRegions(l), readInitiatives(l, {}, 1)]),
  },
  initiative: {
    file: "app/[locale]/initiatives/[slug]/page.tsx",
    getters: ["getInitiativeBySlug", "getSlugRedirect"],
    history: true,
    budget: 2,
    read: withHistory("initiative", (l) => readInitiativeBySlug(l, slugs.initiative[l])),
  },
  region: {
    file: "app/[locale]/regions/[slug]/page.tsx",
    getters: ["getRegionBySlug", "getSlugRedirect"],
    history: true,
    budget: 8,
    read: withHistory("region", (l) => readRegionBySlug(l, slugs.region[l])),
  },
  strategy: {
    file: "app/[locale]/strategy/[slug]/page.tsx",
    getters: ["getSlugRedirect", "getStrategyBySlug"],
    history: true,
    budget: 2,
    read: withHistory("strategy", (l) => readStrategyBySlug(l, slugs.strategy[l])),
  },
  pillar: {
    file: "app/[locale]/strategy/[slug]/[pillar]/page.tsx",
    getters: ["getPillar", "getSlugRedirect"],
    history: true,
    budget: 3,
    read: withHistory("pillar", (l) => readPillar(l, slugs.strategy[l], slugs.pillar[l])),
  },
  compare: {
    file: "app/[locale]/compare/page.tsx",
    getters: ["getComparison"],
    history: false,
    budget: 12,
    read: (l) => readComparison(l),
  },
  search: {
    file: "app/[locale]/search/page.tsx",
    getters: ["getSearch"],
    history: false,
    budget: 1,
    read: (l) => readSearch(l, "digital"),
  },
};

const measured: Record<string, Record<Locale, number>> = {};

/** The slugs of an entity's published translations, by locale. */
const bySlug = (rows: { locale: Locale; slug: string }[]) =>
  Object.fromEntries(rows.map((t) => [t.locale, t.slug])) as Slugs;

beforeAll(async () => {
  const published = { where: { status: "published" as const } };
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { key: "digitaal-vlaanderen" },
    include: { translations: published },
  });
  organisationId = organisation.id;
  slugs.organisation = bySlug(organisation.translations);
  const initiative = await db.initiative.findFirstOrThrow({ include: { translations: published } });
  slugs.initiative = bySlug(initiative.translations);
  const region = await db.region.findFirstOrThrow({ include: { translations: published } });
  slugs.region = bySlug(region.translations);
  const pillar = await db.pillar.findFirstOrThrow({
    include: { translations: published, strategy: { include: { translations: published } } },
  });
  slugs.pillar = bySlug(pillar.translations);
  slugs.strategy = bySlug(pillar.strategy.translations);
});

afterAll(async () => {
  await removeGenerated(db, PREFIX);
  await db.$disconnect();
});

describe("queries per public page", () => {
  it("lists, for each page, exactly the readers the page's source calls", () => {
    for (const [name, page] of Object.entries(pages)) {
      const source = fs.readFileSync(page.file, "utf8");
      const imported = [...source.matchAll(/import\s*{([^}]*)}\s*from\s*"@\/lib\/content\/[\w-]+"/g)]
        .flatMap((m) => m[1].split(","))
        .map((s) => s.trim())
        .filter((s) => /^get[A-Z]/.test(s))
        .sort();
      expect(imported, name).toEqual(page.getters);
      expect(source.includes("<ChangeHistory"), name).toBe(page.history);
    }
  });

  it("stays within a small budget on the seed", async () => {
    for (const [name, page] of Object.entries(pages)) {
      measured[name] = {} as Record<Locale, number>;
      for (const locale of locales) {
        const n = await count(() => page.read(locale));
        measured[name][locale] = n;
        expect(n, `${name} in ${locale}`).toBeGreaterThan(0);
        expect(n, `${name} in ${locale}`).toBeLessThanOrEqual(page.budget);
      }
    }
  });

  it("does not grow with the data (no N+1): the same counts with 40 more organisations and 120 more initiatives", async () => {
    await generateEntities(db, { organisations: 40, initiatives: 120, prefix: PREFIX });
    // The profile read above now has 30 more initiatives, run with 30 more partners.
    const extra = await db.initiative.findMany({
      where: { key: { startsWith: `${PREFIX}-initiative-` } },
      take: 30,
      select: { id: true },
    });
    await db.initiativeOrganisation.createMany({
      data: extra.map((i) => ({ initiativeId: i.id, organisationId })),
    });
    const organisations = await readOrganisations("en");
    expect(organisations.length).toBeGreaterThan(40);
    // Lists show one page of organisations, and know how many there are in all.
    expect((await readOrganisationPage("en", "", 1)).items).toHaveLength(24);
    expect((await readRegionBySlug("en", slugs.region.en))?.organisations.total).toBeGreaterThan(10);
    // A region page lists one page of initiatives, and knows how many there are in all.
    const region = await readRegionBySlug("en", slugs.region.en);
    expect(region?.initiatives).toHaveLength(24);
    expect(region?.initiativeTotal).toBeGreaterThan(24);
    // Search shows the best 40 and says that more texts match.
    const search = await readSearch("en", "generated initiative");
    expect(search.total).toBe(40);
    expect(search.more).toBe(true);
    for (const [name, page] of Object.entries(pages))
      for (const locale of locales)
        expect(await count(() => page.read(locale)), `${name} in ${locale}`).toBe(measured[name][locale]);
  });
});
