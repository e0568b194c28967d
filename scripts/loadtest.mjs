#!/usr/bin/env node
// `npm run loadtest`: the production topology (nginx in front of two `next start` instances, on
// a fresh seeded database) under 200 concurrent connections for 60 s, over a mix of public pages,
// searches, the open-data API and assets. Prints p50/p99 and every error; exits 1 on any error.
// LOAD_CONNECTIONS, LOAD_SECONDS and LOAD_INSTANCES change the defaults.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { freePort, nodeBin, run } from "./lib/setup.mjs";
import { createTestDatabase } from "./lib/test-db.mjs";
import { ensureNginx, startTopology } from "./lib/topology.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("base64url");
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const INSTANCES = Number(process.env.LOAD_INSTANCES ?? 2);

/** What citizens ask for, in every language; searches vary so some miss the micro-cache. */
const paths = [
  "/en",
  "/nl",
  "/fr",
  "/en/organisations",
  "/nl/organisaties/digitaal-vlaanderen",
  "/fr/organisations/digital-wallonia",
  "/en/organisations/bosa",
  "/en/initiatives",
  "/en/strategy/digital-wallonia-2019-2024",
  "/en/strategy/digital-wallonia-2019-2024/digital-skills-and-education",
  "/en/compare",
  "/en/search?q=skills",
  "/nl/zoeken?q=data",
  "/fr/recherche?q=comp%C3%A9tences",
  "/en/search?q=artificial+intelligence",
  "/api/v1/organisations?locale=en",
  "/sitemap.xml",
  "/en/feed.xml",
];

const children = [];
async function main() {
  ensureNginx();
  const database = await createTestDatabase("load");
  const distDir = ".next-bench";
  const proxyPort = await freePort();
  const upstreams = [];
  for (let i = 0; i < INSTANCES; i++) upstreams.push(await freePort());
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    SITE_URL: `http://127.0.0.1:${proxyPort}`,
    NEXT_DIST_DIR: distDir,
    TRUST_PROXY: "1",
    // One load generator is one client: the search and API limits would answer 429 to it by
    // design (tested in tests/integration); here the question is whether the topology holds.
    SEARCH_RATE_LIMIT: "0",
    API_RATE_LIMIT: "100000000",
  };
  try {
    console.log("Building the portal …");
    await run(nodeBin("next"), ["build"], { env, removeFirst: [path.join(distDir, "cache")] });
    children.push(
      ...(await startTopology({ port: proxyPort, upstreams, env, distDir, runDir: ".data/load-nginx" })),
    );
    const base = `http://127.0.0.1:${proxyPort}`;
    for (const p of paths) {
      const response = await fetch(base + p);
      if (!response.ok) throw new Error(`${p} answered ${response.status} before the load`);
    }
    console.log(
      `${CONNECTIONS} connections for ${SECONDS} s through nginx → ${INSTANCES} instances, ${paths.length} URLs …`,
    );
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: paths.map((p) => ({ method: "GET", path: p })),
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    const summary = {
      connections: CONNECTIONS,
      seconds: SECONDS,
      instances: INSTANCES,
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    };
    console.log("\n| requests | req/s | p50 ms | p99 ms | max ms | errors | timeouts | non-2xx |");
    console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    console.log(
      `| ${summary.requests} | ${summary.rps} | ${summary.p50} | ${summary.p99} | ${summary.max} | ${summary.errors} | ${summary.timeouts} | ${summary.non2xx} |`,
    );
    console.log(errors === 0 ? "\nZero errors." : `\n${errors} failed requests.`);
    process.exitCode = errors === 0 ? 0 : 1;
  } finally {
    for (const child of children.reverse()) child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  for (const child of children) child.kill("SIGKILL");
  process.exit(1);
});
