// Fails when prisma/schema.prisma and prisma/migrations disagree: the migrations are applied to
// one empty schema, the SQL Prisma derives from schema.prisma to another, and their catalogs are
// compared.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

/** Objects that migrations add by hand because Prisma's schema language cannot express them. */
const handWritten = (name: string) => name.startsWith("search_");

async function catalog(schema: string) {
  const q = async (sql: string) => (await client.query(sql, [schema])).rows;
  const columns = await q(
    `select table_name, column_name, udt_name, is_nullable, column_default
       from information_schema.columns where table_schema = $1 and table_name <> '_prisma_migrations'
      order by 1, 2`,
  );
  const indexes = await q(
    `select tablename, indexname, replace(indexdef, quote_ident($1) || '.', '') as def
       from pg_indexes where schemaname = $1 and tablename <> '_prisma_migrations' order by 2`,
  );
  const constraints = await q(
    `select c.conrelid::regclass::text as tbl, c.conname, pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = $1 order by 2`,
  );
  const enums = await q(
    `select t.typname, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
       from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = $1 group by 1 order by 1`,
  );
  const strip = (rows: Record<string, unknown>[]) =>
    JSON.parse(JSON.stringify(rows).replaceAll(`${schema}.`, "").replaceAll(`"${schema}".`, ""));
  return {
    columns: strip(columns.filter((c) => !handWritten(c.column_name))),
    indexes: strip(indexes.filter((i) => !handWritten(i.indexname))),
    constraints: strip(
      constraints.map(({ conname, def, tbl }) => ({ conname, def, tbl: String(tbl).split(".").pop() })),
    ),
    enums,
  };
}

async function applyIn(schema: string, sql: string) {
  await client.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  // public stays on the path for the extensions (unaccent) that live there.
  await client.query(`set search_path to ${schema}, public`);
  await client.query(sql.replaceAll('CREATE SCHEMA IF NOT EXISTS "public";', ""));
  await client.query("set search_path to public");
}

beforeAll(() => client.connect());
afterAll(async () => {
  await client.query(
    "drop schema if exists drift_migrations cascade; drop schema if exists drift_schema cascade",
  );
  await client.end();
});

describe("migrations", () => {
  it("build exactly the database that schema.prisma describes", async () => {
    const dir = "prisma/migrations";
    const migrations = fs
      .readdirSync(dir)
      .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
      .sort()
      .map((name) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"))
      .join("\n");
    const fromSchema = execFileSync(
      process.execPath,
      [
        "node_modules/prisma/build/index.js",
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    await applyIn("drift_migrations", migrations);
    await applyIn("drift_schema", fromSchema);
    const [a, b] = [await catalog("drift_migrations"), await catalog("drift_schema")];
    expect(a.columns.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  });
});

describe("prisma migrate deploy", () => {
  it("applies every migration to an empty database, as npm start does", { timeout: 60_000 }, async () => {
    const { createTestDatabase } = await import("../../scripts/lib/test-db.mjs");
    const empty = await createTestDatabase("deploy", { seeded: false });
    try {
      // The offline engine splits scripts on every semicolon: this catches one in a comment or body.
      execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: empty.url },
        stdio: "pipe",
      });
      const check = new pg.Client({ connectionString: empty.url });
      await check.connect();
      const { rows } = await check.query(
        "select count(*)::int as n from _prisma_migrations where finished_at is not null",
      );
      await check.end();
      expect(rows[0].n).toBe(
        fs.readdirSync("prisma/migrations").filter((n) => n !== "migration_lock.toml").length,
      );
    } finally {
      await empty.drop();
    }
  });
});
