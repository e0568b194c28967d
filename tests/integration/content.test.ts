import { afterAll, describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/routing";
import { readInitiatives, readInitiativeBySlug } from "@/lib/content/initiatives";
import {
  ORGANISATIONS_PER_PAGE,
  readOrganisationBySlug,
  readOrganisationPage,
  readOrganisations,
  readOrganisationSlugs,
} from "@/lib/content/organisations";
import { readComparison } from "@/lib/content/compare";
import { readRegionBySlug, readRegions } from "@/lib/content/regions";
import { readPillar, readStrategies } from "@/lib/content/strategy";
import { db } from "@/lib/db";
import { generateEntities, removeGenerated } from "@/prisma/scale";

afterAll(() => db.$disconnect());

const agencies = ["Digitaal Vlaanderen", "Digital Wallonia", "Digitalcity.brussels"];

describe("organisations", () => {
  it.each([
    ["nl", "FOD Beleid en Ondersteuning (BOSA)"],
    ["fr", "SPF Stratégie et Appui (BOSA)"],
    ["en", "FPS Policy and Support (BOSA)"],
  ] as const)("lists the agencies in %s", async (locale, bosa) => {
    const names = (await readOrganisations(locale)).map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining([...agencies, bosa, "Athumi", "SustAIn.brussels"]));
    expect((await readOrganisations(locale)).every((o) => o.lang === locale && !o.isFallback)).toBe(true);
  });

  it("reads a profile with its region, initiatives and related organisations", async () => {
    const profile = await readOrganisationBySlug("nl", "digitaal-vlaanderen");
    expect(profile).toMatchObject({ name: "Digitaal Vlaanderen", isLeadAgency: true, lang: "nl" });
    expect(profile?.region?.name).toBe("Vlaanderen");
    expect(profile?.initiatives.map((i) => i.name)).toContain("Veilig gegevens delen via Athumi");
    expect(profile?.related.map((o) => o.name)).toContain("Athumi");
  });

  it("does not find an unknown slug, nor a slug of another locale", async () => {
    expect(await readOrganisationBySlug("en", "does-not-exist")).toBeNull();
    expect(await readOrganisationBySlug("nl", "bosa")).not.toBeNull();
    const initiative = await readInitiativeBySlug("fr", "belgische-ai-strategie");
    expect(initiative).toBeNull();
  });

  it("prerenders the featured profiles (lead agencies), once per locale; the others render on demand", async () => {
    const params = await readOrganisationSlugs();
    const lead = (await readOrganisations("fr")).filter((o) => o.isLeadAgency);
    expect(lead.length).toBeGreaterThan(0);
    expect(
      params
        .filter((p) => p.locale === "fr")
        .map((p) => p.slug)
        .sort(),
    ).toEqual(lead.map((o) => o.slugs.fr).sort());
    expect(params.filter((p) => p.locale === "nl")).toHaveLength(lead.length);
  });
});

describe("the organisations list, one page at a time", () => {
  // 200 more organisations, 50 per region: every list that shows them shows one page of them.
  const PREFIX = "pages";
  afterAll(() => removeGenerated(db, PREFIX));

  it("pages every region's organisations, region after region, and one region's alone", async () => {
    const before = await readOrganisationPage("en", "", 1);
    await generateEntities(db, { organisations: 200, initiatives: 0, prefix: PREFIX });
    const regions = await readRegions("en");
    const first = await readOrganisationPage("en", "", 1);
    expect(first.total).toBe(before.total + 200);
    expect(first.pageCount).toBe(Math.ceil(first.total / ORGANISATIONS_PER_PAGE));
    expect(first.items).toHaveLength(ORGANISATIONS_PER_PAGE);
    // Every page together: each organisation once, the regions in their order.
    const all = [];
    for (let page = 1; page <= first.pageCount; page++)
      all.push(...(await readOrganisationPage("en", "", page)).items);
    expect(new Set(all.map((o) => o.id)).size).toBe(first.total);
    const order = all.map((o) => regions.findIndex((r) => r.id === o.region?.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect((await readOrganisationPage("en", "", first.pageCount + 1)).items).toEqual([]);

    const wallonia = await readOrganisationPage("fr", "wallonia", 1);
    expect(wallonia.total).toBe(51);
    expect(wallonia.items.every((o) => o.region?.name === "Wallonie")).toBe(true);
    expect(wallonia.items[0].name).toBe("Digital Wallonia");
  });

  it("shows a region's first page on its page, the index and the comparison, with the count", async () => {
    const region = await readRegionBySlug("en", "wallonia");
    expect(region?.organisations.items).toHaveLength(ORGANISATIONS_PER_PAGE);
    expect(region?.organisations.total).toBe(51);
    // The summary keeps its main organisation and every theme of the region's organisations.
    expect(region?.leadAgency?.name).toBe("Digital Wallonia");
    const themes = await db.organisation.findMany({
      where: { region: { key: "wallonia" } },
      select: { focusAreas: true },
    });
    expect(new Set(region?.focusAreas)).toEqual(new Set(themes.flatMap((t) => t.focusAreas)));
    const column = (await readComparison("en")).columns.find((c) => c.region.key === "wallonia");
    expect(column?.organisationCount).toEqual({ shown: ORGANISATIONS_PER_PAGE, total: 51 });
    expect(column?.otherOrganisations.map((o) => o.name)).not.toContain("Digital Wallonia");
  });
});

describe("fallback when a translation is missing or unpublished", () => {
  it("shows another language with a flag, at the fallback's slug, and never a draft", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
    const created = await db.organisation.create({
      data: {
        key: "test-fallback-org",
        regionId: region.id,
        translations: {
          create: [
            {
              locale: "fr",
              slug: "test-repli",
              name: "Organisation de test",
              status: "published",
              publishedAt: new Date(),
            },
            { locale: "nl", slug: "test-ontwerp", name: "Ontwerp", status: "draft" },
          ],
        },
      },
    });
    try {
      const inDutch = await readOrganisationBySlug("nl", "test-repli");
      expect(inDutch).toMatchObject({ name: "Organisation de test", lang: "fr", isFallback: true });
      expect(inDutch?.slugs).toEqual(Object.fromEntries(locales.map((l) => [l, "test-repli"])));
      expect(await readOrganisationBySlug("nl", "test-ontwerp")).toBeNull();
      expect((await readOrganisations("nl")).find((o) => o.key === "test-fallback-org")?.isFallback).toBe(
        true,
      );
    } finally {
      await db.organisation.delete({ where: { id: created.id } });
    }
  });

  it("hides an entity with no published translation at all", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
    const created = await db.organisation.create({
      data: {
        key: "test-draft-only",
        regionId: region.id,
        translations: {
          create: [{ locale: "en", slug: "draft-only", name: "Draft only", status: "in_review" }],
        },
      },
    });
    try {
      expect((await readOrganisations("en")).some((o) => o.key === "test-draft-only")).toBe(false);
      expect(await readOrganisationBySlug("en", "draft-only")).toBeNull();
    } finally {
      await db.organisation.delete({ where: { id: created.id } });
    }
  });
});

describe("regions, initiatives and the strategy", () => {
  it("gives each region its lead agency", async () => {
    const regions = await readRegions("fr");
    expect(regions.map((r) => [r.name, r.leadAgency?.name])).toEqual([
      ["Flandre", "Digitaal Vlaanderen"],
      ["Wallonie", "Digital Wallonia"],
      ["Région de Bruxelles-Capitale", "Digitalcity.brussels"],
      ["Niveau fédéral", "SPF Stratégie et Appui (BOSA)"],
    ]);
  });

  it("reads a region page with its organisations and initiatives", async () => {
    const wallonia = await readRegionBySlug("en", "wallonia");
    expect(wallonia?.organisations.items.map((o) => o.name)).toEqual(["Digital Wallonia"]);
    expect(wallonia?.organisations.total).toBe(1);
    expect(wallonia?.initiatives.map((i) => i.name)).toContain("Digitalent");
    expect(wallonia?.crossRegional.map((i) => i.name)).toEqual(["Belgian AI Strategy"]);
  });

  it("filters initiatives by region and theme", async () => {
    const ai = (await readInitiatives("en", { theme: "ai" })).items;
    expect(ai.map((i) => i.name).sort()).toEqual([
      "AI, blockchain and 5G",
      "Belgian AI Strategy",
      "Sustainable AI for companies",
    ]);
    const brusselsSkills = (await readInitiatives("nl", { region: "brussels", theme: "skills" })).items;
    expect(brusselsSkills.map((i) => i.key)).toEqual(["digitalcity-skills-hub"]);
    expect((await readInitiatives("fr", { region: "cross-regional" })).items.map((i) => i.key)).toEqual([
      "belgian-ai-strategy",
    ]);
    expect(await readInitiatives("en")).toMatchObject({ total: 9, pageCount: 1 });
  });

  it("reads the Digital Wallonia strategy with its facts and five ordered pillars", async () => {
    const [strategy] = await readStrategies("en");
    expect(strategy).toMatchObject({
      name: "Digital Wallonia 2019–2024 strategy",
      periodStart: 2019,
      periodEnd: 2024,
      adoptedOn: "2018-12-01",
      budgetMinEur: 5_000_000,
      fundingSources: ["regional_budget", "eu_funds", "private_partnerships"],
    });
    expect(strategy.pillars.map((p) => p.name)).toEqual([
      "Digital Sector",
      "Digital Business",
      "Digital Skills and Education",
      "Digital Administration",
      "Digital Territory",
    ]);
  });

  it("reads a pillar with its projects and neighbours", async () => {
    const pillar = await readPillar("nl", "digital-wallonia-2019-2024", "digitale-vaardigheden-en-onderwijs");
    expect(pillar?.projects.map((p) => p.name)).toEqual([
      "WallCode",
      "Digitale basisvaardigheden van burgers",
      "Digital Wallonia Champions",
      "Uitrusting en breedband voor scholen",
    ]);
    expect(pillar?.previous?.name).toBe("Digitale bedrijven");
    expect(pillar?.next?.name).toBe("Digitale overheid");
    expect(await readPillar("nl", "digital-wallonia-2019-2024", "digital-sector")).toBeNull();
  });
});
