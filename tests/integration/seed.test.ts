import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { organisations } from "@/prisma/seed-data";
import { locales, type Locale } from "@/lib/i18n/routing";

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
    expect(seeded).toHaveLength(locales.length);
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

  it("has every seeded translation in every language", async () => {
    const counts = await db.organisationTranslation.groupBy({ by: ["locale"], _count: true });
    const byLocale = Object.fromEntries(counts.map((c) => [c.locale, c._count]));
    expect(byLocale.nl).toBeGreaterThanOrEqual(6);
    expect(byLocale.nl).toBe(byLocale.fr);
    expect(byLocale.fr).toBe(byLocale.de);
    expect(byLocale.de).toBe(byLocale.en);
  });
});

describe("seed on a database seeded by an earlier version", () => {
  const athumi = organisations.find((o) => o.key === "athumi")!;
  const previous = { summary: "Text of an earlier seed.", body: "Body of an earlier seed." };

  async function translation(locale: Locale) {
    return db.organisationTranslation.findFirstOrThrow({
      where: { organisation: { key: "athumi" }, locale },
    });
  }

  /** Leaves a translation as an earlier seed wrote it: its row and its first revision hold `previous`. */
  async function asEarlierSeed(locale: Locale) {
    const row = await translation(locale);
    await db.organisationTranslation.update({ where: { id: row.id }, data: previous });
    const first = { entityType: "organisation" as const, entityId: row.organisationId, locale };
    const revision = await db.revision.findFirstOrThrow({ where: { ...first, version: 1 } });
    await db.revision.update({
      where: { id: revision.id },
      data: { content: { ...(revision.content as object), ...previous } },
    });
    return row;
  }

  afterAll(async () => {
    for (const locale of locales) {
      const row = await translation(locale);
      await db.revision.deleteMany({ where: { entityId: row.organisationId, locale, version: { gt: 1 } } });
      await db.revision.updateMany({
        where: { entityId: row.organisationId, locale, version: 1 },
        data: {
          content: { ...athumi.translations[locale], seoDescription: null },
          authorId: null,
          authorName: null,
        },
      });
      await db.organisationTranslation.update({
        where: { id: row.id },
        data: { ...athumi.translations[locale], version: 1 },
      });
    }
  });

  it("brings translations nobody touched up to the current seed text, and leaves editors' work alone", async () => {
    const untouched = await asEarlierSeed("nl");
    // fr: an editor published their own text, which happens to be the earlier seed's.
    const edited = await asEarlierSeed("fr");
    await db.organisationTranslation.update({ where: { id: edited.id }, data: { version: 2 } });
    await db.revision.create({
      data: {
        entityType: "organisation",
        entityId: edited.organisationId,
        locale: "fr",
        version: 2,
        status: "published",
        content: { name: "Athumi", slug: "athumi", ...previous, seoDescription: null },
        authorName: "An editor",
      },
    });
    // en: the row was changed outside the revisions (it no longer holds its latest revision).
    const changed = await translation("en");
    await db.organisationTranslation.update({
      where: { id: changed.id },
      data: { summary: "Changed by hand." },
    });

    const result = await db.$transaction((tx) => seed(tx));
    expect(result).toEqual({ created: 0, updated: 1 });

    expect(await translation("nl")).toMatchObject({
      summary: athumi.translations.nl.summary,
      body: athumi.translations.nl.body,
      slug: untouched.slug,
      version: 2,
      status: "published",
    });
    const revision = await db.revision.findFirstOrThrow({
      where: { entityId: untouched.organisationId, locale: "nl", version: 2 },
    });
    expect(revision).toMatchObject({ authorId: null, authorName: null, status: "published" });
    expect(revision.content).toMatchObject({ summary: athumi.translations.nl.summary });

    expect(await translation("fr")).toMatchObject({ ...previous, version: 2 });
    expect(await translation("en")).toMatchObject({ summary: "Changed by hand.", version: 1 });

    expect(await db.$transaction((tx) => seed(tx))).toEqual({ created: 0, updated: 0 });
  });
});

describe("seed on a database seeded before German", () => {
  it("adds the German translations, with their first revision, and changes nothing else", async () => {
    const athumi = organisations.find((o) => o.key === "athumi")!;
    const organisation = await db.organisation.findUniqueOrThrow({ where: { key: "athumi" } });
    const where = { entityType: "organisation" as const, entityId: organisation.id, locale: "de" as const };
    await db.revision.deleteMany({ where });
    await db.organisationTranslation.deleteMany({ where: { organisationId: organisation.id, locale: "de" } });
    const others = await db.organisationTranslation.findMany({
      where: { organisationId: organisation.id },
      orderBy: { locale: "asc" },
    });
    expect(others.map((t) => t.locale)).not.toContain("de");

    expect(await db.$transaction((tx) => seed(tx))).toEqual({ created: 1, updated: 0 });
    const german = await db.organisationTranslation.findFirstOrThrow({
      where: { organisationId: organisation.id, locale: "de" },
    });
    expect(german).toMatchObject({
      slug: athumi.translations.de.slug,
      summary: athumi.translations.de.summary,
      status: "published",
    });
    expect(await db.revision.count({ where: { ...where, version: 1, authorId: null } })).toBe(1);
    expect(
      await db.organisationTranslation.findMany({
        where: { organisationId: organisation.id, locale: { not: "de" } },
        orderBy: { locale: "asc" },
      }),
    ).toEqual(others);
  });
});
