// `npm run seed:scale [-- --url postgresql://… --entities 10000]`: a separate database with the
// seed plus generated organisations and initiatives (prisma/scale.ts), for measuring the portal at
// scale. Without --url it (re)creates the database `portal_scale` on the local PostgreSQL server
// (TEST_DATABASE_URL, or 127.0.0.1:5432). It never touches the portal's own database.
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrationFiles } from "./lib/setup.mjs";
import { locales } from "../lib/i18n/routing";

const { values } = parseArgs({
  options: { url: { type: "string" }, entities: { type: "string", default: "10000" } },
});
const entities = Number(values.entities);
if (!Number.isInteger(entities) || entities < 25) throw new Error("--entities must be a whole number ≥ 25");

async function freshDatabase(name: string): Promise<string> {
  const server = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

const url = values.url ?? (await freshDatabase("portal_scale"));
if (values.url && values.url === process.env.DATABASE_URL)
  throw new Error("Refusing to generate content into the portal's own database");
const started = performance.now();
await applyMigrationFiles(url);
// lib/db opens its client at import: import it once the URL is known.
process.env.DATABASE_URL = url;
const { createPrismaClient } = await import("../lib/db");
const { generateEntities } = await import("../prisma/scale");
const { seed } = await import("../prisma/seed");
const db = createPrismaClient(url);
try {
  await db.$transaction((tx) => seed(tx), { timeout: 120_000 });
  // One in 25 is an organisation, each running about 24 initiatives.
  const organisations = Math.round(entities / 25);
  await db.$transaction(
    (tx) => generateEntities(tx, { organisations, initiatives: entities - organisations }),
    { timeout: 600_000 },
  );
  // Fresh statistics, as a database in service has: the planner needs them after a bulk load.
  await db.$executeRawUnsafe("ANALYZE");
  const [o, i] = await Promise.all([db.organisation.count(), db.initiative.count()]);
  console.log(
    `seed:scale: ${o} organisations and ${i} initiatives, each in ${locales.join(", ")}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`DATABASE_URL=${url}`);
} finally {
  await db.$disconnect();
}
