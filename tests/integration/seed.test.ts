import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";

afterAll(() => db.$disconnect());

async function snapshot() {
  const [organisations, translations, initiatives, projects] = await Promise.all([
    db.organisation.findMany({ orderBy: { key: "asc" }, select: { key: true, updatedAt: true } }),
    db.organisationTranslation.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, updatedAt: true, version: true },
    }),
    db.initiative.count(),
    db.project.count(),
  ]);
  return { organisations, translations, initiatives, projects };
}

describe("seed", () => {
  it("is idempotent: a second run creates and changes nothing", async () => {
    const before = await snapshot();
    const result = await db.$transaction((tx) => seed(tx));
    expect(result.created).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("writes the first revision of every translation it creates, without author", async () => {
    const seeded = await db.organisationTranslation.findMany({
      where: { organisation: { key: "digitaal-vlaanderen" } },
    });
    expect(seeded).toHaveLength(3);
    for (const row of seeded) {
      const first = await db.revision.findUniqueOrThrow({
        where: {
          entityType_entityId_locale_version: {
            entityType: "organisation",
            entityId: row.organisationId,
            locale: row.locale,
            version: 1,
          },
        },
      });
      expect(first).toMatchObject({ status: "published", authorId: null, authorName: null });
      expect(first.content).toEqual({
        name: row.name,
        slug: row.slug,
        summary: row.summary,
        body: row.body,
        seoDescription: row.seoDescription,
      });
    }
    const strategy = await db.strategyTranslation.findFirstOrThrow({ where: { locale: "fr" } });
    const first = await db.revision.findFirstOrThrow({
      where: { entityId: strategy.strategyId, locale: "fr", version: 1 },
    });
    expect(first.content).toMatchObject({ goal: strategy.goal, governance: strategy.governance });
  });

  it("has every seeded translation in the three languages", async () => {
    const counts = await db.organisationTranslation.groupBy({ by: ["locale"], _count: true });
    const byLocale = Object.fromEntries(counts.map((c) => [c.locale, c._count]));
    expect(byLocale.nl).toBeGreaterThanOrEqual(6);
    expect(byLocale.nl).toBe(byLocale.fr);
    expect(byLocale.fr).toBe(byLocale.en);
  });
});
