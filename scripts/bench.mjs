#!/usr/bin/env node
// `npm run bench`: builds the portal and a bare Next page, starts them and nginx on free local
// ports, measures side by side with autocannon, stops everything, prints a Markdown table and
// writes it as JSON under results/ (ignored by git).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { nodeBin, run } from "./lib/setup.mjs";
import { createTestDatabase } from "./lib/test-db.mjs";
import { ensureNginx, startNext, startNginx } from "./lib/topology.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("base64url");
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function measure(url) {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function firstLoadJs(base, pagePath) {
  const html = await (await fetch(base + pagePath)).text();
  const scripts = [...new Set([...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]))];
  let total = 0;
  for (const src of scripts)
    total += gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;
  return total;
}

const children = [];
async function main() {
  ensureNginx();
  const database = await createTestDatabase("bench");
  const distDir = ".next-bench";
  const [direct, proxy, baseline, staticPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    SITE_URL: `http://127.0.0.1:${proxy}`,
    NEXT_DIST_DIR: distDir,
    TRUST_PROXY: "1",
    // One load generator is one client: the search limit would answer 429 to it by design.
    SEARCH_RATE_LIMIT: "0",
  };
  try {
    console.log("Building the portal and the bare Next page …");
    await run(nodeBin("next"), ["build"], { env, removeFirst: [path.join(distDir, "cache")] });
    await run(nodeBin("next"), ["build", "tests/perf/baseline"], {
      env: { ...process.env, NEXT_DIST_DIR: "" },
    });

    const portal = startNext(direct, env, distDir);
    children.push(portal.process);
    const bare = spawn(
      process.execPath,
      [nodeBin("next"), "start", "tests/perf/baseline", "-p", String(baseline)],
      {
        stdio: "ignore",
        env: { ...process.env, NEXT_DIST_DIR: "" },
      },
    );
    children.push(bare);
    await portal.ready;
    const nginx = await startNginx({
      port: proxy,
      upstreams: [direct],
      runDir: ".data/bench-nginx",
      staticDir: `${distDir}/static`,
    });
    children.push(nginx.process);

    // nginx serving the portal's prerendered home page from disk: the physical limit here.
    const staticDir = ".data/bench-static";
    fs.rmSync(staticDir, { recursive: true, force: true });
    fs.mkdirSync(staticDir, { recursive: true });
    fs.copyFileSync(`${distDir}/server/app/en.html`, `${staticDir}/index.html`);
    const staticNginx = await startNginx({
      port: staticPort,
      upstreams: [direct],
      runDir: ".data/bench-static-nginx",
      staticDir: staticDir,
    });
    children.push(staticNginx.process);
    await new Promise((r) => setTimeout(r, 1500));

    const rows = [];
    const add = async (name, url) => {
      const r = await measure(url);
      rows.push({ name, url, ...r });
      console.log(`${name}: ${r.rps} req/s, p99 ${r.p99} ms, errors ${r.errors}`);
    };
    await add(
      "nginx, static HTML from disk (limit)",
      `http://127.0.0.1:${staticPort}/_next/static/index.html`,
    );
    await add("bare Next page (baseline)", `http://127.0.0.1:${baseline}/`);
    const pages = {
      home: "/en",
      "organisation profile": "/en/organisations/digitaal-vlaanderen",
      "pillar page": "/en/strategy/digital-wallonia-2019-2024/digital-skills-and-education",
      "search query": "/en/search?q=skills",
    };
    for (const [name, p] of Object.entries(pages)) {
      await add(`portal ${name}, next start`, `http://127.0.0.1:${direct}${p}`);
      await add(`portal ${name}, nginx topology`, `http://127.0.0.1:${proxy}${p}`);
    }
    const rps = (name) => rows.find((r) => r.name === name)?.rps ?? 0;
    const js = {
      portal: await firstLoadJs(`http://127.0.0.1:${direct}`, "/en"),
      bare: await firstLoadJs(`http://127.0.0.1:${baseline}`, "/"),
    };
    const ratios = {
      topologyOverStatic: +(
        rps("portal home, nginx topology") / rps("nginx, static HTML from disk (limit)")
      ).toFixed(2),
      originOverBareNext: +(rps("portal home, next start") / rps("bare Next page (baseline)")).toFixed(2),
      firstLoadJsExtraKb: +((js.portal - js.bare) / 1024).toFixed(1),
    };
    const table = [
      `| measurement | req/s | p99 ms | errors |`,
      `| --- | ---: | ---: | ---: |`,
      ...rows.map((r) => `| ${r.name} | ${r.rps} | ${r.p99} | ${r.errors} |`),
      "",
      `| ratio | value | goal |`,
      `| --- | ---: | --- |`,
      `| topology ÷ nginx static (home) | ${ratios.topologyOverStatic} | ≥ 0.9 |`,
      `| portal origin ÷ bare Next (home) | ${ratios.originOverBareNext} | ≥ 0.8 |`,
      `| first-load JS gzip, portal /en vs bare page | ${(js.portal / 1024).toFixed(1)} KB vs ${(js.bare / 1024).toFixed(1)} KB (+${ratios.firstLoadJsExtraKb} KB) | ≤ +15 KB |`,
    ].join("\n");
    console.log(`\n${table}\n`);
    fs.mkdirSync("results", { recursive: true });
    const file = `results/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    fs.writeFileSync(
      file,
      JSON.stringify({ connections: CONNECTIONS, seconds: DURATION, rows, js, ratios }, null, 2),
    );
    console.log(`Written to ${file}`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await database.drop();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    for (const child of children) child.kill("SIGKILL");
    process.exit(1);
  });
