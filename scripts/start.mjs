#!/usr/bin/env node
// `npm start`: the portal on a fresh machine. Without DATABASE_URL it starts the embedded
// database (PGlite over the Postgres wire protocol, data in .data/), then applies migrations,
// seeds an empty database (or runs the seed again when it changed), builds when the build is missing or stale, and runs `next start`.
// Ctrl-C (or SIGTERM) stops Next first, then the database.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildIsCurrent,
  freePort,
  migrateIfNeeded,
  nodeBin,
  run,
  seedIfNeeded,
  startEmbeddedDatabase,
  writeBuildStamp,
} from "./lib/setup.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
try {
  process.loadEnvFile(".env");
} catch {}
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
const dev = process.argv.includes("--dev");
// `npm run start:prod`: nginx on PORT in front of INSTANCES `next start` processes (deploy/).
const topology = process.argv.includes("--topology");
// Canonical URLs, hreflang and the sitemap are absolute: default to where this runs.
process.env.SITE_URL ??= `http://localhost:${port}`;

/** Child processes in the order they must stop: Next first, then the database. */
const children = [];
let stopping = false;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) continue;
    child.process.kill("SIGTERM");
    const exited = await Promise.race([
      new Promise((resolve) => child.process.once("exit", () => resolve(true))),
      new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    if (!exited) child.process.kill("SIGKILL");
    await child.cleanup?.();
  }
  process.exit(code);
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

/** The secret that signs sessions: BETTER_AUTH_SECRET, or one made once and kept in .data/. */
function authSecret() {
  const file = ".data/auth-secret";
  if (!fs.existsSync(file)) {
    fs.mkdirSync(".data", { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const embedded = !process.env.DATABASE_URL;
  if (embedded) {
    const database = await startEmbeddedDatabase({ dataDir: ".data/pglite", lockFile: ".data/pglite.lock" });
    database.process.on("exit", (code) => {
      if (!stopping) {
        console.error(`The embedded database stopped unexpectedly (exit ${code}).`);
        void stop(1);
      }
    });
    children.push(database);
    process.env.DATABASE_URL = database.url;
    // One connection per process: pglite-socket can interleave the extended-protocol messages of
    // concurrent connections ("portal does not exist"), and PGlite runs one query at a time anyway.
    process.env.DATABASE_POOL_MAX ??= "1";
    console.log(
      `Embedded database (PGlite) on ${database.url.replace(/:[^:@/]+@/, ":***@")}, data in .data/pglite`,
    );
  }

  process.env.BETTER_AUTH_SECRET ??= authSecret();
  await run(nodeBin("prisma"), ["generate"], { quiet: true });
  await migrateIfNeeded(process.env.DATABASE_URL);
  // Pages are built from the database: new seeded content needs a new build.
  const seeded = await seedIfNeeded(process.env.DATABASE_URL);
  const admin = JSON.parse(
    (await run(nodeBin("tsx"), ["--conditions=react-server", "scripts/ensure-admin.ts"], { quiet: true }))
      .trim()
      .split("\n")
      .pop(),
  );

  if (dev) {
    const next = spawn(process.execPath, [nodeBin("next"), "dev", "-p", port], {
      stdio: "inherit",
      env: process.env,
    });
    children.unshift({ process: next });
    next.on("exit", (code) => {
      if (!stopping) void stop(code ?? 1);
    });
    return;
  }

  if (seeded || !(await buildIsCurrent())) {
    console.log(
      seeded
        ? "Building the portal (the content was seeded) …"
        : "Building the portal (the sources changed since the last build) …",
    );
    // Cached data in .next/cache would be baked into the new build (docs/platform.md).
    await run(nodeBin("next"), ["build"], { removeFirst: [".next/cache"] });
    await writeBuildStamp();
  }

  if (topology) {
    const { edgeEnv, ensureNginx, newRefreshToken, startNext, startNginx, startRedisServer } =
      await import("./lib/topology.mjs");
    ensureNginx();
    let count = Math.max(1, Number(process.env.INSTANCES ?? 2));
    // Each instance remembers revalidated pages in its own memory: several instances must share
    // a cache, or one of them keeps serving a page another has just published again.
    if (count > 1 && !process.env.REDIS_URL) {
      if (spawnSync("redis-server", ["--version"]).status === 0) {
        const redisPort = await freePort();
        const redis = startRedisServer(redisPort);
        children.push({ process: redis.process });
        await redis.ready;
        process.env.REDIS_URL = `redis://127.0.0.1:${redisPort}`;
        console.log(
          `A Redis of its own on ${redisPort} for the instances' shared cache (set REDIS_URL to use yours)`,
        );
      } else {
        console.warn("No REDIS_URL and no redis-server: one instance only, so that pages are never stale.");
        count = 1;
      }
    }
    const ports = Array.from({ length: count }, (_, i) => Number(port) + 1 + i);
    // Behind nginx, which overwrites X-Forwarded-For, the client address can be trusted.
    const refreshToken = newRefreshToken();
    const env = { ...process.env, TRUST_PROXY: "1", ...edgeEnv(port, refreshToken) };
    for (const p of ports) {
      const instance = startNext(p, env);
      children.unshift({ process: instance.process });
      instance.process.on("exit", (code) => {
        if (!stopping) void stop(code ?? 1);
      });
      await instance.ready;
    }
    const nginx = await startNginx({
      port: Number(port),
      upstreams: ports,
      runDir: ".data/nginx",
      staticDir: ".next/static",
      refreshToken,
    });
    children.unshift({ process: nginx.process });
    console.log(`nginx on ${port} in front of next start on ${ports.join(", ")}`);
  } else {
    const next = spawn(process.execPath, [nodeBin("next"), "start", "-p", port], {
      stdio: "inherit",
      env: process.env,
    });
    children.unshift({ process: next });
    next.on("exit", (code) => {
      if (!stopping) void stop(code ?? 1);
    });
  }
  const base = `http://localhost:${port}`;
  console.log(`\nThe portal runs at ${base}/ (in the browser's language, or a choice of languages)`);
  console.log(`Editors sign in at ${base}/admin/sign-in`);
  if (admin.password) {
    console.log(`  First administrator: ${admin.email}  password: ${admin.password}`);
    console.log("  (shown once: sign in and change it under My account, or run npm run admin:create)");
  }
  if (admin.renamed) {
    console.log(
      `  The first administrator admin@localhost, which could not sign in, is now ${admin.renamed}.`,
    );
  }
  console.log("Press Ctrl-C to stop.\n");
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
});
