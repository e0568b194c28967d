// A fresh, throwaway PostgreSQL database per test run: on the server of DATABASE_URL when it
// answers, otherwise on an in-memory embedded one (PGlite ignores CREATE DATABASE names, so each
// database there is a server of its own).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrationFiles, freePort, nodeBin, run, startEmbeddedDatabase } from "./setup.mjs";

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Creates an empty database; `seeded` also applies the migrations and the seed. */
export async function createTestDatabase(label, { seeded = true } = {}) {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let database;
  // Inside a run on the embedded database, DATABASE_URL points at a PGlite server, where CREATE
  // DATABASE does not isolate anything: start another server instead.
  const onPglite = process.env.TEST_DATABASE_KIND === "pglite";
  if (serverUrl && !onPglite && (await reachable(serverUrl))) {
    const name = `portal_test_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = {
      url: url.toString(),
      kind: "postgresql",
      async drop() {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`drop database if exists "${name}" with (force)`);
        await client.end();
      },
    };
  } else {
    const embedded = await startEmbeddedDatabase({ dataDir: "memory://", port: await freePort() });
    database = {
      url: embedded.url,
      kind: "pglite",
      async drop() {
        embedded.process.kill("SIGTERM");
      },
    };
  }
  if (seeded) {
    await applyMigrationFiles(database.url);
    await run(nodeBin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], {
      quiet: true,
      env: { ...process.env, DATABASE_URL: database.url },
    });
  }
  return database;
}
