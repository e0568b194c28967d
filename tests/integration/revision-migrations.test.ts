// The migrations that give every version of a translation exactly one revision, run on a
// database written before them: one whose concurrent saves left two revisions with the same
// version, and seeded rows that have no revision at all. Nothing may be lost, and the working
// copy each row showed must stay the one it shows.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationNames } from "../../scripts/lib/setup.mjs";
import { createTestDatabase } from "../../scripts/lib/test-db.mjs";

const FIRST = "20261201232409_revision_version_key";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;

const apply = async (names: string[]) => {
  for (const name of names)
    await client.query(fs.readFileSync(path.join("prisma/migrations", name, "migration.sql"), "utf8"));
};

const content = (name: string, body: string) => JSON.stringify({ name, slug: "s", summary: "", body });

beforeAll(async () => {
  database = await createTestDatabase("revisions", { seeded: false });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const names = migrationNames();
  await apply(names.filter((n) => n < FIRST));
  await client.query(`
    INSERT INTO region (id, key, position, updated_at) VALUES ('r1', 'old-region', 1, now());
    INSERT INTO region_translation (id, region_id, locale, slug, name, summary, body, status, updated_at, version)
    VALUES ('rt-nl', 'r1', 'nl', 'oud', 'Oud gewest', 'Samenvatting', 'Tekst', 'published', '2026-01-01', 1),
           ('rt-fr', 'r1', 'fr', 'ancienne', 'Ancienne région', '', 'Texte 3', 'draft', now(), 3),
           ('rt-en', 'r1', 'en', 'old', 'Old region', '', 'Text 2', 'draft', now(), 2);
    INSERT INTO revision (id, entity_type, entity_id, locale, version, status, content, author_name, created_at) VALUES
      ('fr-1', 'region', 'r1', 'fr', 1, 'draft', '${content("Ancienne région", "Texte 1")}', 'A', '2026-01-01 10:00'),
      ('fr-2a', 'region', 'r1', 'fr', 2, 'draft', '${content("Ancienne région", "Texte 2a")}', 'A', '2026-01-01 11:00'),
      ('fr-2b', 'region', 'r1', 'fr', 2, 'draft', '${content("Ancienne région", "Texte 2b")}', 'B', '2026-01-01 11:00:00.5'),
      ('fr-3', 'region', 'r1', 'fr', 3, 'draft', '${content("Ancienne région", "Texte 3")}', 'A', '2026-01-01 12:00'),
      ('en-1', 'region', 'r1', 'en', 1, 'draft', '${content("Old region", "Text 1")}', 'A', '2026-01-01 10:00'),
      ('en-2a', 'region', 'r1', 'en', 2, 'draft', '${content("Old region", "Text 2a")}', 'A', '2026-01-01 11:00'),
      ('en-2b', 'region', 'r1', 'en', 2, 'draft', '${content("Old region", "Text 2b")}', 'B', '2026-01-01 11:01');
    INSERT INTO strategy (id, key, region_id, period_start, period_end, adopted_on, updated_at)
    VALUES ('s1', 'old-strategy', 'r1', 2019, 2024, '2018-12-01', now());
    INSERT INTO strategy_translation (id, strategy_id, locale, slug, name, goal, governance, status, updated_at)
    VALUES ('st-en', 's1', 'en', 'old-strategy', 'Old strategy', 'A goal', 'A minister', 'published', now());
  `);
  await apply(names.filter((n) => n >= FIRST));
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

const revisionsOf = async (locale: string) =>
  (
    await client.query(
      `SELECT id, version, content->>'body' AS body FROM revision
        WHERE entity_id = 'r1' AND locale = $1 ORDER BY version`,
      [locale],
    )
  ).rows;
const rowVersion = async (locale: string) =>
  (await client.query("SELECT version FROM region_translation WHERE locale = $1", [locale])).rows[0].version;

describe("revision migrations on an existing database", () => {
  it("numbers duplicated versions again in saving order, keeping every revision", async () => {
    expect(await revisionsOf("fr")).toEqual([
      { id: "fr-1", version: 1, body: "Texte 1" },
      { id: "fr-2a", version: 2, body: "Texte 2a" },
      { id: "fr-2b", version: 3, body: "Texte 2b" },
      { id: "fr-3", version: 4, body: "Texte 3" },
    ]);
    // The row showed version 3, whose revision is now version 4.
    expect(await rowVersion("fr")).toBe(4);
    expect(await revisionsOf("en")).toEqual([
      { id: "en-1", version: 1, body: "Text 1" },
      { id: "en-2a", version: 2, body: "Text 2a" },
      { id: "en-2b", version: 3, body: "Text 2b" },
    ]);
    // The row showed the newest revision of version 2.
    expect(await rowVersion("en")).toBe(3);
  });

  it("refuses a second revision of a version from now on", async () => {
    await expect(
      client.query(
        `INSERT INTO revision (id, entity_type, entity_id, locale, version, status, content)
         VALUES ('dup', 'region', 'r1', 'fr', 4, 'draft', '{}')`,
      ),
    ).rejects.toThrow(/revision_entity_type_entity_id_locale_version_key/);
  });

  it("gives a row at version 1 without revision its first revision, copied from the row, without author", async () => {
    const { rows } = await client.query(
      `SELECT entity_type, locale, version, status, content, author_id, author_name, created_at
         FROM revision WHERE locale = 'nl' OR entity_id = 's1' ORDER BY entity_type`,
    );
    expect(rows).toEqual([
      {
        entity_type: "region",
        locale: "nl",
        version: 1,
        status: "published",
        content: {
          name: "Oud gewest",
          slug: "oud",
          summary: "Samenvatting",
          body: "Tekst",
          seoDescription: null,
        },
        author_id: null,
        author_name: null,
        created_at: new Date("2026-01-01T00:00:00Z"),
      },
      expect.objectContaining({
        entity_type: "strategy",
        version: 1,
        content: {
          name: "Old strategy",
          slug: "old-strategy",
          summary: "",
          body: "",
          seoDescription: null,
          goal: "A goal",
          governance: "A minister",
        },
      }),
    ]);
    // The translations that had revisions got none.
    expect((await revisionsOf("fr")).length).toBe(4);
  });
});
