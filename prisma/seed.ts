// Idempotent seed: creates what is missing and never changes what an editor has touched, so running
// it twice changes nothing and an editor's later changes survive a re-run. A translation only the
// seed ever wrote follows the seed's text when it changes (a correction reaches existing databases).
import { isDeepStrictEqual } from "node:util";
import { upsertAdmin } from "../lib/auth/users";
import { createPrismaClient } from "../lib/db";
import type { ContentType, Locale, PrismaClient } from "../lib/generated/prisma/client";
import { initiatives, organisations, regions, strategy, type TranslationSeed } from "./seed-data";

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

/** The text of a translation as its revisions store it. */
function revisionContent(
  type: ContentType,
  t: Pick<TranslationSeed, "name" | "slug" | "summary" | "body"> & {
    seoDescription?: string | null;
    goal?: string | null;
    governance?: string | null;
  },
) {
  return {
    name: t.name,
    slug: t.slug,
    summary: t.summary,
    body: t.body,
    seoDescription: t.seoDescription ?? null,
    ...(type === "strategy" ? { goal: t.goal ?? "", governance: t.governance ?? "" } : {}),
  };
}

type SeededRow = Parameters<typeof revisionContent>[1] & {
  id: string;
  locale: Locale;
  status: string;
  version: number;
};

type TextUpdate = Omit<ReturnType<typeof revisionContent>, "slug"> & { version: number };

/**
 * Creates an entity's missing translations, each with its first revision (no author), so that
 * the seeded text can be compared and restored like any later version; and brings the ones nobody
 * has touched up to the current seed text (see `untouched`), as a new authorless revision.
 */
async function syncTranslations<T extends TranslationSeed>(
  db: Tx,
  type: ContentType,
  entityId: string,
  translations: Record<Locale, T>,
  existing: SeededRow[],
  now: Date,
  create: (row: T & { locale: Locale; status: "published"; publishedAt: Date }) => Promise<unknown>,
  update: (id: string, version: number, data: TextUpdate) => Promise<{ count: number }>,
): Promise<{ created: number; updated: number }> {
  const add = published(missing(translations, existing), now);
  for (const row of add) {
    await create(row);
    await db.revision.create({
      data: {
        entityType: type,
        entityId,
        locale: row.locale,
        version: 1,
        status: "published",
        content: revisionContent(type, row),
        createdAt: now,
      },
    });
  }
  let updated = 0;
  for (const row of existing) {
    const seeded = translations[row.locale];
    if (!seeded) continue;
    // The address stays: changing it would need a redirect, which is an editor's decision.
    const wanted = revisionContent(type, { ...seeded, slug: row.slug });
    if (isDeepStrictEqual(wanted, revisionContent(type, row))) continue;
    if (!(await untouched(db, type, entityId, row))) continue;
    const { slug: _slug, ...text } = wanted;
    const { count } = await update(row.id, row.version, { ...text, version: row.version + 1 });
    if (!count) continue;
    await db.revision.create({
      data: {
        entityType: type,
        entityId,
        locale: row.locale,
        version: row.version + 1,
        status: "published",
        content: wanted,
        createdAt: now,
      },
    });
    updated++;
  }
  return { created: add.length, updated };
}

/**
 * Whether only the seed ever wrote this translation: it is published, every revision is
 * authorless with no one's decision on it, the row still holds the latest of them, and nothing is
 * planned for it. An editor's save, review, archiving or plan makes it theirs for good.
 */
async function untouched(db: Tx, type: ContentType, entityId: string, row: SeededRow) {
  if (row.status !== "published") return false;
  const where = { entityType: type, entityId, locale: row.locale };
  const [revisions, planned] = await Promise.all([
    db.revision.findMany({ where, orderBy: { version: "asc" } }),
    db.scheduledJob.count({ where: { ...where, status: "pending" } }),
  ]);
  const latest = revisions.at(-1);
  return (
    planned === 0 &&
    revisions.every((r) => r.authorId === null && r.authorName === null && r.decidedById === null) &&
    latest?.version === row.version &&
    isDeepStrictEqual(latest.content, revisionContent(type, row))
  );
}

export async function seed(db: Tx, now = new Date()): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  const tally = (result: { created: number; updated: number }) => {
    created += result.created;
    updated += result.updated;
  };
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
    tally(
      await syncTranslations(
        db,
        "region",
        region.id,
        r.translations,
        region.translations,
        now,
        (t) => db.regionTranslation.create({ data: { ...t, regionId: region.id } }),
        (id, version, data) => db.regionTranslation.updateMany({ where: { id, version }, data }),
      ),
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
    tally(
      await syncTranslations(
        db,
        "organisation",
        organisation.id,
        o.translations,
        organisation.translations,
        now,
        (t) => db.organisationTranslation.create({ data: { ...t, organisationId: organisation.id } }),
        (id, version, data) => db.organisationTranslation.updateMany({ where: { id, version }, data }),
      ),
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
    tally(
      await syncTranslations(
        db,
        "initiative",
        initiative.id,
        i.translations,
        initiative.translations,
        now,
        (t) => db.initiativeTranslation.create({ data: { ...t, initiativeId: initiative.id } }),
        (id, version, data) => db.initiativeTranslation.updateMany({ where: { id, version }, data }),
      ),
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
  tally(
    await syncTranslations(
      db,
      "strategy",
      strategyRow.id,
      s.translations,
      strategyRow.translations,
      now,
      (t) => db.strategyTranslation.create({ data: { ...t, strategyId: strategyRow.id } }),
      (id, version, data) => db.strategyTranslation.updateMany({ where: { id, version }, data }),
    ),
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
    tally(
      await syncTranslations(
        db,
        "pillar",
        pillar.id,
        p.translations,
        pillar.translations,
        now,
        (t) => db.pillarTranslation.create({ data: { ...t, pillarId: pillar.id } }),
        (id, version, data) => db.pillarTranslation.updateMany({ where: { id, version }, data }),
      ),
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
      tally(
        await syncTranslations(
          db,
          "project",
          project.id,
          pr.translations,
          project.translations,
          now,
          (t) => db.projectTranslation.create({ data: { ...t, projectId: project.id } }),
          (id, version, data) => db.projectTranslation.updateMany({ where: { id, version }, data }),
        ),
      );
    }
  }
  return { created, updated };
}

async function main() {
  const db = createPrismaClient();
  try {
    const { created, updated } = await db.$transaction((tx) => seed(tx), { timeout: 60_000 });
    if (created) console.log(`seed: created ${created} rows`);
    if (updated) console.log(`seed: brought ${updated} untouched translations up to the current seed text`);
    if (!created && !updated) console.log("seed: nothing to do");
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
