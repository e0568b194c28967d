// Generated content for measuring the portal at scale (`npm run seed:scale`, the benchmark and the
// query-count test). It is plainly synthetic ("Generated initiative 123") and never goes into the
// portal's own database: the callers write it into a separate one.
import type { PrismaClient, Theme } from "../lib/generated/prisma/client";
import { locales, type Locale } from "../lib/i18n/routing";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const themes: Theme[] = [
  "ai",
  "data_sharing",
  "skills",
  "connectivity",
  "startups",
  "sustainability",
  "public_services",
  "blockchain",
];

// Everyday words of the portal's subject, per language, so that generated texts are searched as
// real ones are (stemming, ranking, many hits for common words).
const words: Record<Locale, string[]> = {
  en: [
    "digital",
    "data",
    "skills",
    "schools",
    "municipalities",
    "broadband",
    "security",
    "platform",
    "services",
    "citizens",
    "businesses",
    "innovation",
    "training",
    "open",
    "sharing",
    "cloud",
  ],
  nl: [
    "digitaal",
    "gegevens",
    "vaardigheden",
    "scholen",
    "gemeenten",
    "breedband",
    "veiligheid",
    "platform",
    "diensten",
    "burgers",
    "bedrijven",
    "innovatie",
    "opleiding",
    "open",
    "delen",
    "cloud",
  ],
  fr: [
    "numérique",
    "données",
    "compétences",
    "écoles",
    "communes",
    "haut débit",
    "sécurité",
    "plateforme",
    "services",
    "citoyens",
    "entreprises",
    "innovation",
    "formation",
    "ouvert",
    "partage",
    "nuage",
  ],
  de: [
    "digital",
    "Daten",
    "Kompetenzen",
    "Schulen",
    "Gemeinden",
    "Breitband",
    "Sicherheit",
    "Plattform",
    "Dienste",
    "Bürger",
    "Unternehmen",
    "Innovation",
    "Schulung",
    "offen",
    "Austausch",
    "Cloud",
  ],
};
const label: Record<Locale, { organisation: string; initiative: string }> = {
  en: { organisation: "Generated organisation", initiative: "Generated initiative" },
  nl: { organisation: "Gegenereerde organisatie", initiative: "Gegenereerd initiatief" },
  fr: { organisation: "Organisation générée", initiative: "Initiative générée" },
  de: { organisation: "Generierte Organisation", initiative: "Generierte Initiative" },
};

function text(locale: Locale, n: number, length: number) {
  const list = words[locale];
  return Array.from({ length }, (_, i) => list[(n * 7 + i * 3 + (n >> (i % 5))) % list.length]).join(" ");
}

function translations(
  locale: Locale,
  kind: "organisation" | "initiative",
  n: number,
  prefix: string,
  now: Date,
) {
  const name = `${label[locale][kind]} ${n}`;
  return {
    locale,
    slug: `${prefix}-${kind}-${n}`,
    name,
    summary: `${name}: ${text(locale, n, 8)}.`,
    body: `${text(locale, n + 1, 40)}.\n\n${text(locale, n + 2, 40)}.`,
    status: "published" as const,
    publishedAt: now,
  };
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = 2000) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/**
 * Adds `organisations` organisations (spread over the seeded regions) and `initiatives`
 * initiatives (each run by one of the new organisations), each published in every locale.
 * Keys and slugs start with `prefix`, so that `removeGenerated` finds them again.
 */
export async function generateEntities(
  db: Tx,
  {
    organisations,
    initiatives,
    prefix = "gen",
  }: { organisations: number; initiatives: number; prefix?: string },
  now = new Date(),
) {
  const regions = await db.region.findMany({ orderBy: { position: "asc" }, select: { id: true } });
  if (!regions.length) throw new Error("Seed the database first: generated organisations need its regions");
  const orgRows = Array.from({ length: organisations }, (_, n) => ({
    id: `${prefix}-org-${n}`,
    key: `${prefix}-organisation-${n}`,
    regionId: regions[n % regions.length].id,
    focusAreas: [themes[n % themes.length]],
    position: 1000 + n,
  }));
  const initiativeRows = Array.from({ length: initiatives }, (_, n) => ({
    id: `${prefix}-ini-${n}`,
    key: `${prefix}-initiative-${n}`,
    regionId: regions[n % regions.length].id,
    themes: [themes[n % themes.length], themes[(n + 3) % themes.length]],
    position: 1000 + n,
  }));
  const orgTranslations = orgRows.flatMap((o, n) =>
    locales.map((l) => ({ ...translations(l, "organisation", n, prefix, now), organisationId: o.id })),
  );
  const initiativeTranslations = initiativeRows.flatMap((i, n) =>
    locales.map((l) => ({ ...translations(l, "initiative", n, prefix, now), initiativeId: i.id })),
  );
  await inChunks(orgRows, (data) => db.organisation.createMany({ data }));
  await inChunks(orgTranslations, (data) => db.organisationTranslation.createMany({ data }));
  await inChunks(initiativeRows, (data) => db.initiative.createMany({ data }));
  await inChunks(initiativeTranslations, (data) => db.initiativeTranslation.createMany({ data }));
  // Each text's first revision, as the seed writes it: the admin reads working copies through them.
  const firstRevision =
    (entityType: "organisation" | "initiative") =>
    ({ locale, name, slug, summary, body }: ReturnType<typeof translations>, entityId: string) => ({
      entityType,
      entityId,
      locale,
      version: 1,
      status: "published" as const,
      content: { name, slug, summary, body, seoDescription: null },
      createdAt: now,
    });
  await inChunks(
    [
      ...orgTranslations.map((t) => firstRevision("organisation")(t, t.organisationId)),
      ...initiativeTranslations.map((t) => firstRevision("initiative")(t, t.initiativeId)),
    ],
    (data) => db.revision.createMany({ data }),
  );
  if (organisations)
    await inChunks(
      initiativeRows.map((i, n) => ({ initiativeId: i.id, organisationId: orgRows[n % organisations].id })),
      (data) => db.initiativeOrganisation.createMany({ data }),
    );
  return { organisations: orgRows.map((o) => o.id), initiatives: initiativeRows.map((i) => i.id) };
}

/** Removes what `generateEntities` added with this prefix (translations and links cascade). */
export async function removeGenerated(db: Tx, prefix = "gen") {
  await db.revision.deleteMany({
    where: {
      OR: [{ entityId: { startsWith: `${prefix}-org-` } }, { entityId: { startsWith: `${prefix}-ini-` } }],
    },
  });
  await db.initiative.deleteMany({ where: { key: { startsWith: `${prefix}-initiative-` } } });
  await db.organisation.deleteMany({ where: { key: { startsWith: `${prefix}-organisation-` } } });
}
