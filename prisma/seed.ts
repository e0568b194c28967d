// Idempotent seed: creates what is missing and never changes what exists, so running it twice
// changes nothing and an editor's later changes survive a re-run.
import { upsertAdmin } from "../lib/auth/users";
import { createPrismaClient } from "../lib/db";
import type { ContentType, Locale, PrismaClient } from "../lib/generated/prisma/client";
import {
  initiatives,
  organisations,
  regions,
  strategy,
  type StrategyTranslationSeed,
  type TranslationSeed,
} from "./seed-data";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

function published<T extends TranslationSeed>(translations: Record<Locale, T>, now: Date) {
  return (Object.entries(translations) as [Locale, T][]).map(([locale, t]) => ({
    ...t,
    locale,
    status: "published" as const,
    publishedAt: now,
  }));
}

/** The locales in which an entity still lacks a translation row. */
function missing<T>(translations: Record<Locale, T>, existing: { locale: Locale }[]) {
  const have = new Set(existing.map((t) => t.locale));
  return Object.fromEntries(
    Object.entries(translations).filter(([locale]) => !have.has(locale as Locale)),
  ) as Record<Locale, T>;
}

/**
 * Creates an entity's missing translations, each with its first revision (no author), so that
 * the seeded text can be compared and restored like any later version.
 */
async function addTranslations<T extends TranslationSeed>(
  db: Tx,
  type: ContentType,
  entityId: string,
  translations: Record<Locale, T>,
  existing: { locale: Locale }[],
  now: Date,
  create: (row: T & { locale: Locale; status: "published"; publishedAt: Date }) => Promise<unknown>,
): Promise<number> {
  const add = published(missing(translations, existing), now);
  for (const row of add) {
    await create(row);
    const { goal, governance } = row as Partial<StrategyTranslationSeed>;
    await db.revision.create({
      data: {
        entityType: type,
        entityId,
        locale: row.locale,
        version: 1,
        status: "published",
        content: {
          name: row.name,
          slug: row.slug,
          summary: row.summary,
          body: row.body,
          seoDescription: row.seoDescription ?? null,
          ...(type === "strategy" ? { goal: goal ?? "", governance: governance ?? "" } : {}),
        },
        createdAt: now,
      },
    });
  }
  return add.length;
}

export async function seed(db: Tx, now = new Date()): Promise<{ created: number }> {
  let created = 0;
  const regionIds = new Map<string, string>();
  for (const r of regions) {
    const found = await db.region.findUnique({ where: { key: r.key }, include: { translations: true } });
    const region =
      found ??
      (await db.region.create({
        data: { key: r.key, kind: r.kind, position: r.position },
        include: { translations: true },
      }));
    if (!found) created++;
    created += await addTranslations(db, "region", region.id, r.translations, region.translations, now, (t) =>
      db.regionTranslation.create({ data: { ...t, regionId: region.id } }),
    );
    regionIds.set(r.key, region.id);
  }

  const organisationIds = new Map<string, string>();
  for (const o of organisations) {
    const found = await db.organisation.findUnique({
      where: { key: o.key },
      include: { translations: true },
    });
    const organisation =
      found ??
      (await db.organisation.create({
        data: {
          key: o.key,
          regionId: regionIds.get(o.region)!,
          websiteUrl: o.websiteUrl,
          isLeadAgency: o.isLeadAgency,
          focusAreas: o.focusAreas,
          position: o.position,
        },
        include: { translations: true },
      }));
    if (!found) created++;
    created += await addTranslations(
      db,
      "organisation",
      organisation.id,
      o.translations,
      organisation.translations,
      now,
      (t) => db.organisationTranslation.create({ data: { ...t, organisationId: organisation.id } }),
    );
    organisationIds.set(o.key, organisation.id);
  }

  for (const i of initiatives) {
    const found = await db.initiative.findUnique({ where: { key: i.key }, include: { translations: true } });
    const initiative =
      found ??
      (await db.initiative.create({
        data: {
          key: i.key,
          regionId: i.region ? regionIds.get(i.region)! : null,
          themes: i.themes,
          isFlagship: i.isFlagship,
          position: i.position,
          organisations: {
            create: i.organisations.map((key) => ({ organisationId: organisationIds.get(key)! })),
          },
        },
        include: { translations: true },
      }));
    if (!found) created++;
    created += await addTranslations(
      db,
      "initiative",
      initiative.id,
      i.translations,
      initiative.translations,
      now,
      (t) => db.initiativeTranslation.create({ data: { ...t, initiativeId: initiative.id } }),
    );
  }

  const s = strategy;
  const foundStrategy = await db.strategy.findUnique({
    where: { key: s.key },
    include: { translations: true },
  });
  const strategyRow =
    foundStrategy ??
    (await db.strategy.create({
      data: {
        key: s.key,
        regionId: regionIds.get(s.region)!,
        organisationId: organisationIds.get(s.organisation)!,
        periodStart: s.periodStart,
        periodEnd: s.periodEnd,
        adoptedOn: new Date(`${s.adoptedOn}T00:00:00Z`),
        budgetMinEur: s.budgetMinEur,
        fundingSources: s.fundingSources,
      },
      include: { translations: true },
    }));
  if (!foundStrategy) created++;
  created += await addTranslations(
    db,
    "strategy",
    strategyRow.id,
    s.translations,
    strategyRow.translations,
    now,
    (t) => db.strategyTranslation.create({ data: { ...t, strategyId: strategyRow.id } }),
  );

  for (const p of s.pillars) {
    const found = await db.pillar.findUnique({ where: { key: p.key }, include: { translations: true } });
    const pillar =
      found ??
      (await db.pillar.create({
        data: { key: p.key, strategyId: strategyRow.id, position: p.position },
        include: { translations: true },
      }));
    if (!found) created++;
    created += await addTranslations(db, "pillar", pillar.id, p.translations, pillar.translations, now, (t) =>
      db.pillarTranslation.create({ data: { ...t, pillarId: pillar.id } }),
    );

    for (const pr of p.projects) {
      const foundProject = await db.project.findUnique({
        where: { key: pr.key },
        include: { translations: true },
      });
      const project =
        foundProject ??
        (await db.project.create({
          data: {
            key: pr.key,
            pillarId: pillar.id,
            position: pr.position,
            organisationId: pr.organisation ? organisationIds.get(pr.organisation)! : null,
          },
          include: { translations: true },
        }));
      if (!foundProject) created++;
      created += await addTranslations(
        db,
        "project",
        project.id,
        pr.translations,
        project.translations,
        now,
        (t) => db.projectTranslation.create({ data: { ...t, projectId: project.id } }),
      );
    }
  }
  return { created };
}

async function main() {
  const db = createPrismaClient();
  try {
    const { created } = await db.$transaction((tx) => seed(tx), { timeout: 60_000 });
    console.log(created ? `seed: created ${created} rows` : "seed: nothing to do");
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = process.env;
    if (ADMIN_EMAIL && ADMIN_PASSWORD) {
      const admin = await upsertAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
      console.log(`seed: administrator ${ADMIN_EMAIL} ${admin.created ? "created" : "updated"}`);
    }
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("seed.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
