#!/usr/bin/env node
// `npm run db:export [-- file]` writes the portal's data as a versioned JSON archive (default:
// backups/portal-<date>.json); `npm run db:import -- file [--replace]` restores one, in a single
// transaction. Without DATABASE_URL both work on the embedded database in .data/ (stop the
// portal first: the embedded database takes one process at a time).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { exportArchive, importArchive, readArchive } from "./lib/archive.mjs";
import { migrateIfNeeded, startEmbeddedDatabase } from "./lib/setup.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
try {
  process.loadEnvFile(".env");
} catch {}

const [command, ...args] = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!["export", "import"].includes(command) || (command === "import" && !file)) {
  console.error("Usage: npm run db:export [-- file.json]  |  npm run db:import -- file.json [--replace]");
  process.exit(2);
}

let embedded = null;
if (!process.env.DATABASE_URL) {
  embedded = await startEmbeddedDatabase({ dataDir: ".data/pglite", lockFile: ".data/pglite.lock" });
  process.env.DATABASE_URL = embedded.url;
}
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
try {
  await client.connect();
  if (command === "export") {
    const archive = await exportArchive(client);
    const target = file ?? path.join("backups", `portal-${archive.exportedAt.replace(/[:.]/g, "-")}.json`);
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    fs.writeFileSync(target, JSON.stringify(archive), { mode: 0o600 });
    const rows = Object.values(archive.tables).reduce((n, t) => n + t.length, 0);
    console.log(`Wrote ${target}: ${rows} rows from ${Object.keys(archive.tables).length} tables.`);
  } else {
    await client.end();
    await migrateIfNeeded(process.env.DATABASE_URL);
    const again = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await again.connect();
    try {
      const counts = await importArchive(again, readArchive(file), { replace: args.includes("--replace") });
      const rows = Object.values(counts).reduce((n, c) => n + c, 0);
      console.log(`Imported ${rows} rows from ${file}. Restart the portal so that its cache is rebuilt.`);
    } finally {
      await again.end();
    }
  }
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
  if (embedded) {
    embedded.process.kill("SIGTERM");
    await new Promise((resolve) => embedded.process.once("exit", resolve));
    embedded.cleanup();
  }
}
