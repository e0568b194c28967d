// db:export / db:import: every piece of content, user and revision survives a round trip into
// an empty database; no plaintext secret is in the archive; a bad archive changes nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { saveTranslation } from "@/lib/actions/content";
import { uploadMedia } from "@/lib/actions/media";
import { runAction } from "@/lib/actions/pipeline";
import { db } from "@/lib/db";
import { exportArchive, importArchive } from "@/scripts/lib/archive.mjs";
import { applyMigrationFiles } from "@/scripts/lib/setup.mjs";
import { createTestDatabase } from "@/scripts/lib/test-db.mjs";
import { PASSWORD, signedIn } from "../helpers/auth";

type Archive = Awaited<ReturnType<typeof exportArchive>>;

let source: pg.Client;
let mediaId: string;
let target: { url: string; drop(): Promise<void> };
beforeAll(async () => {
  const editor = await signedIn("editor");
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { key: "bosa" },
    include: { translations: { where: { locale: "fr" } } },
  });
  // A revision with a change note, so that the archive holds more than the seed.
  const saved = await runAction(
    saveTranslation,
    {
      type: "organisation",
      id: organisation.id,
      locale: "fr",
      version: organisation.translations[0].version,
      name: organisation.translations[0].name,
      slug: organisation.translations[0].slug,
      summary: "Résumé « archivé » & <vérifié>.",
      body: organisation.translations[0].body,
      intent: "draft",
    },
    editor.headers,
    () => {},
  );
  expect(saved.ok).toBe(true);
  // A file of the media library, as the logo of an organisation: its bytes must travel too.
  const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#174785" } })
    .png()
    .toBuffer();
  const uploaded = await runAction(
    uploadMedia,
    { file: new File([new Uint8Array(png)], "archived.png"), alt_en: "Archived logo" },
    editor.headers,
    () => {},
  );
  expect(uploaded.ok).toBe(true);
  mediaId = (uploaded as { data: { id: string } }).data.id;
  await db.organisation.update({ where: { id: organisation.id }, data: { logoId: mediaId } });
  source = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await source.connect();
  target = await createTestDatabase("archive", { seeded: false });
  await applyMigrationFiles(target.url);
});
afterAll(async () => {
  if (mediaId) {
    await db.organisation.updateMany({ where: { logoId: mediaId }, data: { logoId: null } });
    await db.mediaAsset.delete({ where: { id: mediaId } });
  }
  await source?.end();
  await target?.drop();
  await db.$disconnect();
});

const withTarget = async <T>(fn: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

const comparable = (archive: Archive) => ({ ...archive, exportedAt: undefined, migration: undefined });

describe("export and import", () => {
  let archive: Archive;

  it("exports every content table, users, revisions and the audit log, without plaintext secrets", async () => {
    archive = await exportArchive(source);
    expect(archive).toMatchObject({ format: "belgian-digital-agencies-portal/archive", version: 1 });
    expect(archive.tables.organisation.length).toBeGreaterThanOrEqual(6);
    expect(archive.tables.revision.length).toBeGreaterThanOrEqual(1);
    expect(archive.tables.user.length).toBeGreaterThanOrEqual(1);
    expect(archive.tables.audit_log.length).toBeGreaterThanOrEqual(1);
    expect(archive.tables).not.toHaveProperty("session");
    const text = JSON.stringify(archive);
    expect(text).not.toContain(PASSWORD);
    for (const account of archive.tables.account as { password: string | null }[]) {
      if (account.password) expect(account.password).toMatch(/^\$argon2id\$/);
    }
  });

  it("imports into an empty database and exports the very same data again", async () => {
    const counts = await withTarget((client) => importArchive(client, archive));
    expect(counts.organisation).toBe(archive.tables.organisation.length);
    const again = await withTarget((client) => exportArchive(client));
    expect(comparable(again)).toEqual(comparable(archive));
    // The search vectors are recomputed from the imported text.
    const vectors = await withTarget((client) =>
      client.query(
        "SELECT count(*)::int AS n FROM organisation_translation WHERE search_vector IS NOT NULL AND search_vector <> ''::tsvector",
      ),
    );
    expect(vectors.rows[0].n).toBe(archive.tables.organisation_translation.length);
  });

  it("carries the media library's files as base64, byte for byte", async () => {
    const row = (archive.tables.media_asset as { id: string; data: string; hash: string }[]).find(
      (a) => a.id === mediaId,
    )!;
    expect(row.data).toMatch(/^[A-Za-z0-9+/=\s]+$/);
    expect(archive.tables.media_variant.length).toBeGreaterThanOrEqual(1);
    const stored = await db.mediaAsset.findUniqueOrThrow({ where: { id: mediaId } });
    const imported = await withTarget((client) =>
      client.query<{ data: Buffer; logo: string }>(
        `SELECT a.data, (SELECT o.logo_id FROM organisation o WHERE o.logo_id = a.id) AS logo
           FROM media_asset a WHERE a.id = $1`,
        [mediaId],
      ),
    );
    expect(Buffer.compare(imported.rows[0].data, Buffer.from(stored.data))).toBe(0);
    expect(imported.rows[0].logo).toBe(mediaId);
    const variants = await withTarget((client) =>
      client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM media_variant WHERE asset_id = $1 AND length(data) > 0",
        [mediaId],
      ),
    );
    expect(variants.rows[0].n).toBe(await db.mediaVariant.count({ where: { assetId: mediaId } }));
  });

  it("refuses a non-empty database without --replace, a foreign file and a broken archive, changing nothing", async () => {
    await expect(withTarget((client) => importArchive(client, archive))).rejects.toThrow(
      /already holds content/,
    );
    await expect(withTarget((client) => importArchive(client, { format: "other" } as never))).rejects.toThrow(
      /not a portal archive/,
    );
    const broken = structuredClone(archive);
    (broken.tables.organisation_translation as Record<string, unknown>[])[0].organisation_id =
      "missing-parent";
    await expect(withTarget((client) => importArchive(client, broken, { replace: true }))).rejects.toThrow();
    const after = await withTarget((client) => exportArchive(client));
    expect(comparable(after)).toEqual(comparable(archive));
  });

  it("replaces everything with --replace", async () => {
    const changed = structuredClone(archive);
    (changed.tables.region_translation as { name: string }[])[0].name = "Renamed by the archive";
    await withTarget((client) => importArchive(client, changed, { replace: true }));
    const after = await withTarget((client) => exportArchive(client));
    expect(comparable(after)).toEqual(comparable(changed));
  });
});
