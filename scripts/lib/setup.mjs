// Shared by scripts/start.mjs and scripts/test.mjs: the embedded database, migrations, seed
// and the build check.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const binaries = {
  next: "node_modules/next/dist/bin/next",
  prisma: "node_modules/prisma/build/index.js",
  tsx: "node_modules/tsx/dist/cli.mjs",
  lighthouse: "node_modules/lighthouse/cli/index.js",
  pglite: "node_modules/@electric-sql/pglite-socket/dist/scripts/server.js",
};

/**
 * What a script that builds and runs the portal on a throwaway database sets first: the
 * repository as working directory, and the administrator the seed creates, with a fresh password
 * (the publish probe and the soak's editor sign in with it).
 */
export function prepareScript(adminEmail) {
  process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.."));
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("base64url");
  // The machine's PostgreSQL, as in npm test (the embedded database when none answers).
  process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
  process.env.ADMIN_EMAIL = adminEmail;
  process.env.ADMIN_PASSWORD = randomBytes(12).toString("base64url");
}

export function nodeBin(name) {
  return path.resolve(binaries[name]);
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Runs `node script args…` and resolves when it exits 0. */
export function run(script, args, { quiet = false, env = process.env, removeFirst = [] } = {}) {
  for (const target of removeFirst) fs.rmSync(target, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: quiet ? "pipe" : "inherit", env });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${path.basename(script)} ${args.join(" ")} failed (exit ${code})\n${output}`)),
    );
  });
}

export function waitForPort(port, host = "127.0.0.1", timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect({ port, host });
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Nothing answered on ${host}:${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/**
 * PGlite does not lock its data directory, and two servers on one directory silently lose each
 * other's rows (docs/platform.md): hold a lock file with our PID, replacing a stale one.
 */
function takeLock(lockFile) {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let i = 0; i < 2; i++) {
    try {
      const fd = fs.openSync(lockFile, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockFile, "utf8"));
      if (holder && holder !== process.pid && pidAlive(holder)) {
        throw new Error(
          `The embedded database in ${path.dirname(lockFile)} is in use by process ${holder} (another npm start?).`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take ${lockFile}`);
}

/** Starts PGlite over the Postgres wire protocol; `dataDir` may be "memory://". */
export async function startEmbeddedDatabase({
  dataDir,
  lockFile,
  port = Number(process.env.PGLITE_PORT ?? 54329),
}) {
  const release = lockFile ? takeLock(lockFile) : () => {};
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      nodeBin("pglite"),
      `--db=${dataDir}`,
      `--port=${port}`,
      "--max-connections=100",
      "--extensions=unaccent,pg_trgm",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const exited = new Promise((_, reject) =>
    child.once("exit", (code) =>
      reject(new Error(`The embedded database exited (code ${code}); is port ${port} free?`)),
    ),
  );
  try {
    await Promise.race([waitForPort(port), exited]);
  } catch (error) {
    release();
    throw error;
  }
  exited.catch(() => {});
  return {
    process: child,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    cleanup: release,
  };
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function migrationNames() {
  return fs
    .readdirSync("prisma/migrations", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * `prisma migrate deploy` always takes ≥ 10 s here (a timer in the Wasm engine): run it only
 * when prisma/migrations holds one the database has not applied.
 */
export async function migrateIfNeeded(url) {
  const applied = await withClient(url, async (client) => {
    const { rows } = await client.query(
      "select to_regclass('public._prisma_migrations') is not null as present",
    );
    if (!rows[0].present) return new Set();
    const result = await client.query(
      "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null",
    );
    return new Set(result.rows.map((r) => r.migration_name));
  });
  if (migrationNames().every((name) => applied.has(name))) return false;
  console.log("Applying database migrations …");
  await run(nodeBin("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } });
  return true;
}

/** Applies the migration SQL files directly (tests: 15 ms instead of 10 s through Prisma). */
export async function applyMigrationFiles(url) {
  await withClient(url, async (client) => {
    for (const name of migrationNames()) {
      await client.query(fs.readFileSync(path.join("prisma/migrations", name, "migration.sql"), "utf8"));
    }
  });
}

/** What the seed writes, as a fingerprint: its data and its code. */
function seedFingerprint() {
  const hash = createHash("sha256");
  for (const file of ["prisma/seed.ts", "prisma/seed-data.ts"]) hash.update(fs.readFileSync(file));
  return hash.digest("hex");
}

/**
 * Seeds an empty database, and runs the seed again on a seeded one when the seed changed since it
 * last ran there (a corrected text, a new language): the seed is idempotent and only brings up to
 * date what only the seed ever wrote, never an editor's work (prisma/seed.ts). The stamp of the
 * last run per database is kept in .data/seed/. True when the seed ran.
 */
export async function seedIfNeeded(url) {
  const empty = await withClient(url, async (client) => {
    const { rows } = await client.query("select count(*)::int as n from region");
    return rows[0].n === 0;
  });
  const stamp = path.join(".data", "seed", `${createHash("sha256").update(url).digest("hex").slice(0, 16)}`);
  const fingerprint = seedFingerprint();
  const current = fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
  if (!empty && current) return false;
  console.log(
    empty
      ? "Seeding the database with the portal's content …"
      : "The seed changed: bringing the content only the seed wrote up to date (editors' work is left alone) …",
  );
  await run(nodeBin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: url },
  });
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, fingerprint);
  return true;
}

const buildInputs = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "global.d.ts",
  "package-lock.json",
];

function listFiles(entry) {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .filter((e) => !(entry === "lib" && e.name === "generated"))
    .flatMap((e) => listFiles(path.join(entry, e.name)));
}

/** A fingerprint of everything a build depends on, including the database it prerendered from. */
function buildFingerprint(distDir) {
  const hash = createHash("sha256");
  hash.update(`${process.env.DATABASE_URL ?? ""}\n${process.env.SITE_URL ?? ""}\n${distDir}\n`);
  for (const file of buildInputs.flatMap(listFiles).sort()) {
    hash.update(file);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(distDir = process.env.NEXT_DIST_DIR || ".next") {
  const stamp = path.join(distDir, "portal-build-stamp");
  return (
    fs.existsSync(path.join(distDir, "BUILD_ID")) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, "utf8") === buildFingerprint(distDir)
  );
}

export async function writeBuildStamp(distDir = process.env.NEXT_DIST_DIR || ".next") {
  fs.writeFileSync(path.join(distDir, "portal-build-stamp"), buildFingerprint(distDir));
}
