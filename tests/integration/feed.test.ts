// The Atom feed's <published> is the first publication of a text and stays so through later
// editions, while <updated> follows the last one.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readFeedEntries } from "@/lib/seo/feed";
import { migrationNames } from "../../scripts/lib/setup.mjs";
import { createTestDatabase } from "../../scripts/lib/test-db.mjs";
import { signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

const PREFIX = "feed-";

let editor: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: PREFIX } } });
  await db.$disconnect();
});

async function newOrganisation(translations: { publishedAt: Date }[] = []) {
  const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
  const key = `${PREFIX}${randomUUID().slice(0, 8)}`;
  return db.organisation.create({
    data: {
      key,
      regionId: region.id,
      translations: {
        create: translations.map(({ publishedAt }) => ({
          locale: "en" as const,
          slug: key,
          name: `Feed ${key}`,
          summary: "Summary.",
          body: "Text.",
          status: "published" as const,
          publishedAt,
        })),
      },
    },
  });
}

const entryOf = async (key: string) =>
  (await readFeedEntries("en")).find((e) => e.id === `organisation:${key}:en`)!;

/** Waits until the clock has moved past a moment, so that a new write gets a later timestamp. */
async function after(iso: string) {
  while (Date.now() <= Date.parse(iso)) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe("Atom feed dates", () => {
  it("keep the first publication as published while updated moves with each edition", async () => {
    const organisation = await newOrganisation();
    await saveText(editor.headers, organisation.id, "en", "publish", { name: `First ${organisation.key}` });
    const first = await entryOf(organisation.key);
    expect(first.published).toBe(first.updated);

    await after(first.updated);
    await saveText(editor.headers, organisation.id, "en", "draft", { name: `Draft ${organisation.key}` });
    expect(await entryOf(organisation.key)).toMatchObject({
      published: first.published,
      updated: first.updated,
    });

    await saveText(editor.headers, organisation.id, "en", "publish", { name: `Second ${organisation.key}` });
    const second = await entryOf(organisation.key);
    expect(second.title).toBe(`Second ${organisation.key}`);
    expect(second.published).toBe(first.published);
    expect(Date.parse(second.updated)).toBeGreaterThan(Date.parse(first.updated));
  });

  it("keep a text published before first publications were recorded at its old date", async () => {
    const long = new Date("2026-01-15T09:00:00.000Z");
    const organisation = await newOrganisation([{ publishedAt: long }]);
    await saveText(editor.headers, organisation.id, "en", "publish", { name: `Again ${organisation.key}` });
    const entry = await entryOf(organisation.key);
    expect(entry.published).toBe(long.toISOString());
    expect(Date.parse(entry.updated)).toBeGreaterThan(long.getTime());
  });
});

describe("the first-publication migration", () => {
  const MIGRATION = "20261202073000_first_publication";
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;
  const apply = async (names: string[]) => {
    for (const name of names)
      await client.query(fs.readFileSync(path.join("prisma/migrations", name, "migration.sql"), "utf8"));
  };

  beforeAll(async () => {
    database = await createTestDatabase("first_publication", { seeded: false });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await apply(migrationNames().filter((n: string) => n < MIGRATION));
    const content = JSON.stringify({ name: "Gewest", slug: "gewest", summary: "", body: "" });
    await client.query(`
      INSERT INTO region (id, key, position, updated_at) VALUES ('r1', 'old-region', 1, now());
      INSERT INTO region_translation (id, region_id, locale, slug, name, status, published_at, updated_at, version)
      VALUES ('nl', 'r1', 'nl', 'gewest', 'Gewest', 'published', '2026-03-01', '2026-03-01', 3),
             ('fr', 'r1', 'fr', 'region', 'Région', 'published', '2026-02-01', '2026-02-01', 1),
             ('en', 'r1', 'en', 'region', 'Region', 'draft', NULL, '2026-02-01', 1);
      INSERT INTO revision (id, entity_type, entity_id, locale, version, status, content, created_at) VALUES
        ('nl-1', 'region', 'r1', 'nl', 1, 'draft', '${content}', '2026-01-01'),
        ('nl-2', 'region', 'r1', 'nl', 2, 'published', '${content}', '2026-01-10'),
        ('nl-3', 'region', 'r1', 'nl', 3, 'published', '${content}', '2026-03-01');
    `);
    await apply(migrationNames().filter((n: string) => n >= MIGRATION));
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it("fills the first publication from the history, else from the last publication", async () => {
    const { rows } = await client.query(
      `SELECT locale, to_char(first_published_at, 'YYYY-MM-DD') AS first FROM region_translation ORDER BY locale`,
    );
    expect(rows).toEqual([
      { locale: "nl", first: "2026-01-10" },
      { locale: "fr", first: "2026-02-01" },
      { locale: "en", first: null },
    ]);
  });
});
