#!/usr/bin/env node
// `npm test`: type check, lint, formatting, unit and integration tests (vitest, real
// PostgreSQL), then end-to-end tests (Playwright, Debian Chromium) against a production build.
// Each suite gets a fresh database (see scripts/lib/test-db.mjs). Ends with one line of totals.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { nodeBin, run } from "./lib/setup.mjs";
import { startDatabaseRelay } from "./lib/db-proxy.mjs";
import { createTestDatabase } from "./lib/test-db.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
try {
  process.loadEnvFile(".env");
} catch {}
process.env.NEXT_TELEMETRY_DISABLED = "1";
// The tests run on the machine's PostgreSQL when it answers (scripts/lib/test-db.mjs), else on
// an embedded one.
process.env.TEST_DATABASE_URL ??= process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// A fresh secret per run: sessions of one run mean nothing to another.
process.env.BETTER_AUTH_SECRET = randomBytes(32).toString("base64url");

const only = process.argv.slice(2); // e.g. `npm test -- e2e` runs that suite alone
const suites = [];

function exec(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function record(name, passed, failed, skipped = 0) {
  suites.push({ name, passed, failed, skipped });
  console.log(`\n── ${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
}

const wanted = (name) => only.length === 0 || only.includes(name);

async function check(name, script, args) {
  if (!wanted(name)) return;
  console.log(`\n── ${name}`);
  const code = await exec(process.execPath, [script, ...args]);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

async function vitest() {
  if (!wanted("vitest")) return;
  console.log("\n── unit and integration tests (vitest)");
  const report = "test-results/vitest.json";
  fs.rmSync(report, { force: true });
  const code = await exec(process.execPath, [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${report}`,
  ]);
  const json = readJson(report);
  if (!json) return record("vitest", 0, 1);
  const failed = json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0);
  record("vitest", json.numPassedTests, failed, json.numPendingTests + json.numTodoTests);
}

async function e2e() {
  if (!wanted("e2e")) return;
  console.log("\n── end-to-end tests (Playwright, Chromium) against a production build");
  // The seed creates this administrator (ADMIN_EMAIL/ADMIN_PASSWORD); the tests sign in with it.
  process.env.ADMIN_EMAIL = "admin@example.test";
  process.env.ADMIN_PASSWORD = randomBytes(12).toString("base64url");
  const database = await createTestDatabase("e2e");
  const distDir = ".next-test";
  const port = process.env.E2E_PORT ?? "3100";
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_DIST_DIR: distDir,
    // pglite-socket can interleave concurrent connections' messages: one connection there.
    DATABASE_POOL_MAX: database.kind === "pglite" ? "1" : "4",
    E2E_PORT: port,
    SITE_URL: `http://127.0.0.1:${port}`,
    // Every test shares one client address; the limit itself is tested in tests/integration.
    SEARCH_RATE_LIMIT: "100000",
    // The same for what readers send; a test submits a form at once, the time check and the
    // limit are tested in tests/integration/feedback.test.ts.
    FEEDBACK_RATE_LIMIT: "100000",
    FEEDBACK_MIN_SECONDS: "0",
    // Notification e-mails go to the SMTP server the review journey starts on this port.
    E2E_SMTP_PORT: String(Number(port) + 1000),
    SMTP_URL: `smtp://127.0.0.1:${Number(port) + 1000}`,
  };
  // The server reaches PostgreSQL through a relay the outage test can cut (tests/e2e/outage).
  const relay = database.kind === "postgresql" ? await startDatabaseRelay(database.url) : null;
  const serverEnv = relay
    ? { ...env, DATABASE_URL: relay.url, DB_RELAY_CONTROL: relay.control }
    : { ...env, E2E_DATABASE_KIND: database.kind };
  try {
    try {
      // Cached data would be baked into the build (docs/platform.md).
      await run(nodeBin("next"), ["build"], { env, removeFirst: [path.join(distDir, "cache")] });
    } catch (error) {
      console.error(error.message);
      return record("e2e (build)", 0, 1);
    }
    const report = "test-results/e2e.json";
    fs.rmSync(report, { force: true });
    // E2E_ARGS narrows a local run, e.g. E2E_ARGS="--no-deps --grep planned" npm test -- e2e.
    const extra = (process.env.E2E_ARGS ?? "").split(" ").filter(Boolean);
    const code = await exec(
      process.execPath,
      ["node_modules/@playwright/test/cli.js", "test", ...extra],
      serverEnv,
    );
    const stats = readJson(report)?.stats;
    if (!stats) return record("e2e", 0, 1);
    const failed = stats.unexpected + stats.flaky + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
    record("e2e", stats.expected, failed, stats.skipped);
  } finally {
    await relay?.close();
    await database.drop();
  }
}

async function main() {
  fs.mkdirSync("test-results", { recursive: true });
  await run(nodeBin("prisma"), ["generate"], { quiet: true });
  await check("typecheck", "node_modules/typescript/bin/tsc", ["--noEmit"]);
  await check("lint", "node_modules/eslint/bin/eslint.js", ["."]);
  await check("format", "node_modules/prettier/bin/prettier.cjs", ["--check", "."]);
  await vitest();
  await e2e();

  const total = suites.reduce(
    (sum, s) => ({
      passed: sum.passed + s.passed,
      failed: sum.failed + s.failed,
      skipped: sum.skipped + s.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log("\nSuites:");
  for (const s of suites) console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed`);
  console.log(
    `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
  );
  process.exit(total.failed === 0 && suites.length > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log("\n0 passed, 1 failed");
  process.exit(1);
});
