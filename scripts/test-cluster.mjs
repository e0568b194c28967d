#!/usr/bin/env node
// `npm run test:cluster`: the portal as a cluster on this machine, and the checks that it behaves
// as one site. It starts its own Redis, a PostgreSQL primary with a streaming replica
// (scripts/lib/pg-replica.mjs), builds the portal with the Redis cache handler, runs instances A
// and B behind nginx, and checks:
//   1. a publish through A is visible through nginx and on B within 2 s;
//   2. killing A during a load run loses no request nginx could retry;
//   3. a cold instance C serves pages from the shared cache without a database statement;
//   4. the replica serves public reads, while an editor reading right after a write sees it even
//      when the replica lags (its replay paused);
//   5. with Redis stopped every page still answers 200 (each instance caches on its own), and
//      after Redis is back a publish is again seen everywhere within 2 s.
// Prints each check and exits 1 if any failed. Not part of `npm test` (about 5 minutes).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { startDatabaseRelay } from "./lib/db-proxy.mjs";
import { startPrimaryAndReplica } from "./lib/pg-replica.mjs";
import { englishEditorUrl, launchChromium, publishToLive, signedIn } from "./lib/publish-probe.mjs";
import { applyMigrationFiles, freePort, nodeBin, run } from "./lib/setup.mjs";
import {
  edgeEnv,
  ensureChromium,
  ensureNginx,
  newRefreshToken,
  startNext,
  startNginx,
  startRedisServer,
} from "./lib/topology.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
const ADMIN = { email: "cluster@example.test", password: randomBytes(12).toString("base64url") };
const PROFILE = "/en/organisations/digitaal-vlaanderen";
const PAGES = ["/en", "/nl", "/fr", PROFILE, "/nl/organisaties/digitaal-vlaanderen", "/en/compare"];

const children = new Set();
const checks = [];
function check(name, ok, detail) {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "✔" : "✘"} ${name}${detail ? ` (${detail})` : ""}`);
}

function startRedis(port) {
  const redis = startRedisServer(port);
  children.add(redis.process);
  return redis;
}

function stop(child, signal = "SIGTERM") {
  children.delete(child);
  child.kill(signal);
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve)));
}

async function get(url) {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, body: await response.text() };
}

async function main() {
  ensureNginx();
  ensureChromium();
  const database = await startPrimaryAndReplica();
  const [redisPort, portA, portB, portC, proxyPort] = await Promise.all(Array.from({ length: 5 }, freePort));
  const proxy = `http://127.0.0.1:${proxyPort}`;
  const direct = (port) => `http://127.0.0.1:${port}`;
  let redis = startRedis(redisPort);
  try {
    await redis.ready;
    await database.createDatabase("portal");
    const primaryUrl = database.primaryUrl("portal");
    const replicaUrl = database.replicaUrl("portal");
    console.log("Migrating and seeding the primary …");
    await applyMigrationFiles(primaryUrl);
    await run(nodeBin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], {
      quiet: true,
      env: {
        ...process.env,
        DATABASE_URL: primaryUrl,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
      },
    });
    const refreshToken = newRefreshToken();
    const env = {
      ...process.env,
      ...edgeEnv(proxyPort, refreshToken),
      DATABASE_URL: primaryUrl,
      DATABASE_REPLICA_URL: replicaUrl,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      SITE_URL: proxy,
      BETTER_AUTH_URL: proxy,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_DIST_DIR: ".next-cluster",
      TRUST_PROXY: "1",
      SEARCH_RATE_LIMIT: "0",
    };
    if (process.env.CLUSTER_REUSE_BUILD && fs.existsSync(path.join(env.NEXT_DIST_DIR, "BUILD_ID"))) {
      console.log("Reusing the last cluster build (CLUSTER_REUSE_BUILD) …");
    } else {
      console.log("Building the portal with the Redis cache handler …");
      await run(nodeBin("next"), ["build"], { env, removeFirst: [path.join(env.NEXT_DIST_DIR, "cache")] });
    }
    console.log(`Instances A :${portA}, B :${portB}, C :${portC}; nginx :${proxyPort}; Redis :${redisPort}`);
    const instance = (port, extra = {}) => {
      const started = startNext(port, { ...env, ...extra }, env.NEXT_DIST_DIR);
      children.add(started.process);
      return started;
    };
    const a = instance(portA);
    const b = instance(portB);
    await Promise.all([a.ready, b.ready]);
    const nginx = await startNginx({
      port: proxyPort,
      upstreams: [portA, portB],
      runDir: ".data/cluster-nginx",
      staticDir: `${env.NEXT_DIST_DIR}/static`,
      refreshToken,
    });
    children.add(nginx.process);
    for (const base of [direct(portA), direct(portB), proxy]) for (const p of PAGES) await get(base + p);

    // 1. Publish through A, seen through nginx and on B.
    const published = await publishToLive({
      adminBase: direct(portA),
      signInBase: proxy,
      publicBases: [proxy, direct(portB)],
      email: ADMIN.email,
      password: ADMIN.password,
      runs: 2,
    });
    const worst = Math.max(...published.latencies.flatMap((run) => Object.values(run)));
    check(
      "a publish through instance A is visible through nginx and on instance B within 2 s",
      worst <= 2000,
      published.latencies.map((run) => `nginx ${run[proxy]} ms, B ${run[direct(portB)]} ms`).join("; "),
    );

    // 2. Kill A under load: nginx retries what A did not answer on B.
    for (const p of PAGES) await get(proxy + p);
    let n = 0;
    const load = autocannon({
      url: proxy,
      connections: 50,
      duration: 12,
      requests: [
        {
          // Half the requests miss the micro-cache, so both instances are busy when A dies.
          setupRequest: (request) => ({
            ...request,
            path: n % 2 ? PAGES[n++ % PAGES.length] : `${PROFILE}?load=${n++}`,
          }),
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 4000));
    await stop(a.process, "SIGKILL");
    const result = await load;
    const lost = result.errors + result.timeouts + result.non2xx;
    check(
      "killing instance A during a load run loses no request",
      lost === 0 && result.requests.total > 0,
      `${result.requests.total} requests, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx; p99 ${result.latency.p99} ms`,
    );

    // 3. A cold instance C, whose every database statement is counted, serves from Redis.
    const primaryRelay = await startDatabaseRelay(primaryUrl);
    const replicaRelay = await startDatabaseRelay(replicaUrl);
    const c = instance(portC, {
      DATABASE_URL: primaryRelay.url,
      DATABASE_REPLICA_URL: replicaRelay.url,
      SCHEDULER_INTERVAL_MS: "0",
    });
    await c.ready;
    const fromC = [];
    for (const p of PAGES) fromC.push({ path: p, ...(await get(direct(portC) + p)) });
    const statements = primaryRelay.statements() + replicaRelay.statements();
    const latest = fromC.find((page) => page.path === PROFILE)?.body.includes(published.lastMarker);
    check(
      "a cold instance C serves pages from the shared cache without querying the database",
      fromC.every((page) => page.status === 200) && latest && statements === 0,
      `${fromC.length} pages, all 200: ${fromC.every((page) => page.status === 200)}; the profile shows the text published through A: ${Boolean(latest)}; database statements: ${statements}`,
    );

    // 4. The replica serves public reads; an editor reads their own write from the primary.
    const replicaBefore = replicaRelay.statements();
    const primaryBefore = primaryRelay.statements();
    const searches = ["skills", "data", "wallonia", "athumi", "bosa"];
    for (const q of searches) await get(`${direct(portC)}/en/search?q=${q}`);
    const replicaReads = replicaRelay.statements() - replicaBefore;
    check(
      "search, a public read, is answered by the replica",
      replicaReads >= searches.length,
      `${searches.length} searches: ${replicaReads} statements on the replica, ${primaryRelay.statements() - primaryBefore} on the primary (availability probe)`,
    );
    const replica = new pg.Client({ connectionString: replicaUrl });
    await replica.connect();
    await replica.query("select pg_wal_replay_pause()");
    try {
      const browser = await launchChromium();
      const page = await signedIn(browser, proxy, ADMIN.email, ADMIN.password);
      const editor = await englishEditorUrl(page, direct(portC));
      await page.goto(editor);
      const draft = `Draft read after write ${Date.now()}`;
      await page.getByLabel("Summary").fill(draft);
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.getByRole("status").filter({ hasText: "Draft saved" }).waitFor();
      await page.goto(editor);
      const seen = await page.getByLabel("Summary").inputValue();
      const onReplica = (
        await replica.query("select count(*)::int as n from revision where content::text like $1", [
          `%${draft}%`,
        ])
      ).rows[0].n;
      check(
        "an editor reading right after a write sees it, while the replica has not replayed it yet",
        seen === draft && onReplica === 0,
        `editor form shows the draft: ${seen === draft}; the paused replica has it: ${onReplica > 0}`,
      );
      await browser.close();
    } finally {
      await replica.query("select pg_wal_replay_resume()");
      await replica.end();
    }

    // 5. Redis stops: pages still answer; Redis returns: a publish is seen everywhere again.
    const b2 = direct(portB);
    await stop(redis.process);
    const during = [];
    for (let i = 0; i < 3; i++)
      for (const base of [b2, direct(portC)])
        for (const p of PAGES) during.push((await get(`${base}${p}?redis=down${i}`)).status);
    const profileDuring = await get(b2 + PROFILE);
    check(
      "with Redis stopped every page still answers 200 (each instance caches on its own)",
      during.every((s) => s === 200) && profileDuring.status === 200,
      `${during.length + 1} requests to B and C: ${[...new Set(during)].join(", ")}`,
    );
    redis = startRedis(redisPort);
    await redis.ready;
    await new Promise((r) => setTimeout(r, 2500)); // the clients reconnect (at most 1 s apart)
    const again = await publishToLive({
      adminBase: b2,
      signInBase: proxy,
      publicBases: [direct(portC), b2],
      email: ADMIN.email,
      password: ADMIN.password,
      runs: 1,
    });
    const afterWorst = Math.max(...Object.values(again.latencies[0]));
    check(
      "after Redis is back, a publish through B is seen on C within 2 s",
      afterWorst <= 2000,
      `C ${again.latencies[0][direct(portC)]} ms, B ${again.latencies[0][b2]} ms`,
    );
    await primaryRelay.close();
    await replicaRelay.close();
  } finally {
    // Instances and nginx first, Redis last (it was started first).
    for (const child of [...children].reverse()) await stop(child);
    database.stop();
    fs.rmSync(".data/cluster-nginx", { recursive: true, force: true });
  }
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`\n${checks.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  for (const child of children) child.kill("SIGKILL");
  process.exit(1);
});
