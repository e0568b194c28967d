#!/usr/bin/env node
// `npm run bench`: builds the portal and a bare Next page, starts them and nginx on free local
// ports, measures side by side with autocannon, stops everything, prints Markdown tables and
// writes them as JSON under results/ (ignored by git). Sections:
//   1. throughput: nginx serving a static file (the limit), the bare `[locale]` page (alone and behind
//      the portal's localized routing, to show what next-intl's proxy costs), and the portal's
//      pages from `next start` and through the nginx topology; ratios and first-load JavaScript;
//   2. one instance against two behind nginx, on requests the cache cannot answer;
//   3. publish-to-live latency through the topology (an editor in Chromium, a reader polling);
//   4. Lighthouse (mobile) for the home, a profile, a pillar page and a search in each locale;
//   5. scale: 10,000 generated entities (npm run seed:scale) in a separate database: build time
//      against the seed's, search p50/p95, sitemap time, a page beyond the prerendered ones.
// Last, one table of every goal: measured value, target, met or not.
// BENCH_CONNECTIONS, BENCH_SECONDS and BENCH_ENTITIES change the defaults (50, 10, 10000);
// BENCH_FIRST_PORT takes eight ports from there instead of free ones.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { pathFor } from "../lib/i18n/paths.ts";
import { locales } from "../lib/i18n/routing.ts";
import { pageTypes } from "../tests/e2e/pages.ts";
import { lighthouse, lighthouseCategories } from "./lib/lighthouse.mjs";
import { publishToLive } from "./lib/publish-probe.mjs";
import { freePort, nodeBin, prepareScript, run } from "./lib/setup.mjs";
import { createTestDatabase } from "./lib/test-db.mjs";
import {
  edgeEnv,
  ensureChromium,
  ensureNginx,
  newRefreshToken,
  startNext,
  startNginx,
} from "./lib/topology.mjs";

prepareScript("bench@example.test");
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 10000);

const pages = {
  home: "/en",
  "organisation profile": "/en/organisations/digitaal-vlaanderen",
  "pillar page": "/en/strategy/digital-wallonia-2019-2024/digital-skills-and-education",
  "search query": "/en/search?q=skills",
};
const profiles = Object.fromEntries(
  locales.map((l) => [
    l,
    pathFor(l, { pathname: "/organisations/[slug]", params: { slug: "digitaal-vlaanderen" } }),
  ]),
);
const pillars = Object.fromEntries(locales.map((l) => [l, pageTypes.pillar[l][0]]));
const searchPath = Object.fromEntries(locales.map((l) => [l, pathFor(l, "/search")]));

const terms = {
  en: [
    "digital",
    "data",
    "skills",
    "schools",
    "broadband",
    "security",
    "platform",
    "citizens",
    "innovation",
    "generated initiative 42",
    "open data sharing",
    "cloud services",
  ],
  nl: [
    "digitaal",
    "gegevens",
    "vaardigheden",
    "scholen",
    "breedband",
    "veiligheid",
    "burgers",
    "innovatie",
    "opleiding",
    "gemeenten",
    "open delen",
    "bedrijven",
  ],
  fr: [
    "numérique",
    "données",
    "compétences",
    "écoles",
    "sécurité",
    "plateforme",
    "citoyens",
    "innovation",
    "formation",
    "communes",
    "partage ouvert",
    "entreprises",
  ],
  de: [
    "digital",
    "Daten",
    "Kompetenzen",
    "Schulen",
    "Sicherheit",
    "Plattform",
    "Bürger",
    "Innovation",
    "Schulung",
    "Gemeinden",
    "offener Austausch",
    "Unternehmen",
  ],
};

async function measure(url, options = {}) {
  await autocannon({ url, connections: CONNECTIONS, duration: 2, ...options });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...options });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
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

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
};

async function timed(url) {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return { ms: Math.round((performance.now() - started) * 10) / 10, body };
}

async function timedBuild(env) {
  const started = performance.now();
  await run(nodeBin("next"), ["build"], { env, removeFirst: [path.join(env.NEXT_DIST_DIR, "cache")] });
  return Math.round((performance.now() - started) / 100) / 10;
}

const met = (ok) => (ok ? "met" : "**not met**");

/** Every goal of the benchmark with its measured value and target, in one table. */
function goalTable(results) {
  const row = (name) => results.rows.find((r) => r.name === name);
  const bare = row("bare Next page (baseline)");
  const lines = [`| goal | measured | target | |`, `| --- | ---: | --- | --- |`];
  for (const page of ["home", "organisation profile", "pillar page"]) {
    const origin = row(`portal ${page}, next start`);
    const ratio = +(origin.rps / bare.rps).toFixed(2);
    const p99 = +(origin.p99 / bare.p99).toFixed(1);
    lines.push(
      `| origin ÷ bare Next, ${page} (req/s; p99) | ${ratio} (${origin.rps} / ${bare.rps}); p99 ${origin.p99} ms = ${p99}× | ≥ 0.8; p99 ≤ 2× | ${met(ratio >= 0.8 && p99 <= 2)} |`,
    );
  }
  const search = row("portal search query, next start");
  lines.push(
    `| search req/s on the seed, next start, ${results.connections} connections | ${search.rps} req/s, ${search.errors} errors | ≥ 450, 0 errors | ${met(search.rps >= 450 && search.errors === 0)} |`,
    `| search p95 at ${results.scale.entities} entities, 4 at a time | ${results.scale.searchP95Concurrent} ms (one at a time: ${results.scale.searchP95} ms; a query's first search, one at a time: ${results.scale.searchFirstP95} ms) | < 50 ms | ${met(results.scale.searchP95Concurrent < 50)} |`,
  );
  const growth = results.buildSeconds.scale / results.buildSeconds.seed - 1;
  lines.push(
    `| build time, seed / ${results.scale.entities} entities | ${results.buildSeconds.seed} s / ${results.buildSeconds.scale} s (${growth >= 0 ? "+" : ""}${Math.round(growth * 100)} %) | within 10 % | ${met(Math.abs(growth) <= 0.1)} |`,
  );
  const lh = results.lighthouse;
  const lowest = lighthouseCategories.map((c) => Math.min(...lh.map((r) => r.scores[c])));
  lines.push(
    `| Lighthouse mobile, lowest of ${lh.length} pages (${lighthouseCategories.join(" / ")}) | ${lowest.join(" / ")} | 100 / 100 / 100 / 100 | ${met(lowest.every((v) => v === 100))} |`,
    `| topology ÷ nginx static (home) | ${results.ratios.topologyOverStatic} | ≥ 0.9 | ${met(results.ratios.topologyOverStatic >= 0.9)} |`,
    `| first-load JS gzip, portal /en vs bare /en | ${(results.js.portal / 1024).toFixed(1)} KB vs ${(results.js.bare / 1024).toFixed(1)} KB (+${results.ratios.firstLoadJsExtraKb} KB) | ≤ +15 KB | ${met(results.ratios.firstLoadJsExtraKb <= 15)} |`,
    `| publish-to-live through the topology (${results.publishToLiveMs.length} runs) | ${results.publishToLiveMs.join(" / ")} ms | < 2000 ms | ${met(Math.max(...results.publishToLiveMs) < 2000)} |`,
    `| (for comparison) bare page behind next-intl's proxy ÷ bare Next | ${results.ratios.routingOverBareNext} | – | |`,
    `| sitemap.xml with ${results.scale.entities} entities (${results.scale.sitemapUrls} URLs, ${results.scale.sitemapKb} KB) | first ${results.scale.sitemapColdMs} ms, then ${results.scale.sitemapWarmMs} ms | – | |`,
    `| a page beyond the prerendered ones | first ${results.scale.pageBeyondPrerenderedMs.first} ms, then ${results.scale.pageBeyondPrerenderedMs.second} ms | – | |`,
  );
  return lines;
}

const children = [];
function track(child) {
  children.push(child);
  return child;
}

async function main() {
  ensureNginx();
  ensureChromium();
  const database = await createTestDatabase("bench");
  const scaleDatabase = await createTestDatabase("scale", { seeded: false });
  const first = Number(process.env.BENCH_FIRST_PORT ?? 0);
  const [direct, second, proxy, pair, baseline, baselineIntl, staticPort, scalePort] = await Promise.all(
    Array.from({ length: 8 }, (_, i) => (first ? first + i : freePort())),
  );
  const refreshToken = newRefreshToken();
  const env = {
    ...process.env,
    ...edgeEnv(proxy, refreshToken),
    DATABASE_URL: database.url,
    SITE_URL: `http://127.0.0.1:${proxy}`,
    BETTER_AUTH_URL: `http://127.0.0.1:${proxy}`,
    NEXT_DIST_DIR: ".next-bench",
    TRUST_PROXY: "1",
    // pglite-socket interleaves concurrent connections' messages: one connection there.
    DATABASE_POOL_MAX: database.kind === "pglite" ? "1" : "4",
    // One load generator is one client: the search limit would answer 429 to it by design.
    SEARCH_RATE_LIMIT: "0",
  };
  const results = { connections: CONNECTIONS, seconds: DURATION, rows: [], pairs: [] };
  try {
    console.log("Building the portal and the bare Next page …");
    results.buildSeconds = { seed: await timedBuild(env) };
    // Webpack: a Turbopack build of a folder inside this repository also compiles the portal's own
    // proxy.ts (it looks for it at its root, the repository's), and the baseline would not be bare.
    await run(nodeBin("next"), ["build", "--webpack", "tests/perf/baseline"], {
      env: { ...process.env, NEXT_DIST_DIR: "" },
    });
    await run(nodeBin("next"), ["build", "--webpack", "tests/perf/baseline-intl"], {
      env: { ...process.env, NEXT_DIST_DIR: "" },
    });

    const portal = startNext(direct, env, env.NEXT_DIST_DIR);
    track(portal.process);
    track(
      spawn(process.execPath, [nodeBin("next"), "start", "tests/perf/baseline", "-p", String(baseline)], {
        stdio: "ignore",
        env: { ...process.env, NEXT_DIST_DIR: "" },
      }),
    );
    track(
      spawn(
        process.execPath,
        [nodeBin("next"), "start", "tests/perf/baseline-intl", "-p", String(baselineIntl)],
        {
          stdio: "ignore",
          env: { ...process.env, NEXT_DIST_DIR: "" },
        },
      ),
    );
    await portal.ready;
    const staticDir = `${env.NEXT_DIST_DIR}/static`;
    track(
      (
        await startNginx({
          port: proxy,
          upstreams: [direct],
          runDir: ".data/bench-nginx",
          staticDir,
          refreshToken,
        })
      ).process,
    );

    // nginx serving the portal's prerendered home page from disk: the physical limit here.
    const fileDir = ".data/bench-static";
    fs.rmSync(fileDir, { recursive: true, force: true });
    fs.mkdirSync(fileDir, { recursive: true });
    fs.copyFileSync(`${env.NEXT_DIST_DIR}/server/app/en.html`, `${fileDir}/index.html`);
    track(
      (
        await startNginx({
          port: staticPort,
          upstreams: [direct],
          runDir: ".data/bench-static-nginx",
          staticDir: fileDir,
        })
      ).process,
    );
    await new Promise((r) => setTimeout(r, 1500));

    // 1. Throughput.
    const add = async (name, url) => {
      const r = await measure(url);
      results.rows.push({ name, url, ...r });
      console.log(`${name}: ${r.rps} req/s, p99 ${r.p99} ms, errors ${r.errors}`);
    };
    await add(
      "nginx, static HTML from disk (limit)",
      `http://127.0.0.1:${staticPort}/_next/static/index.html`,
    );
    await add("bare Next page (baseline)", `http://127.0.0.1:${baseline}/en`);
    await add(
      "bare Next page behind the portal's localized routing (next-intl proxy)",
      `http://127.0.0.1:${baselineIntl}/en`,
    );
    for (const [name, p] of Object.entries(pages)) {
      await add(`portal ${name}, next start`, `http://127.0.0.1:${direct}${p}`);
      await add(`portal ${name}, nginx topology`, `http://127.0.0.1:${proxy}${p}`);
    }
    const rps = (name) => results.rows.find((r) => r.name === name)?.rps ?? 0;
    results.js = {
      portal: await firstLoadJs(`http://127.0.0.1:${direct}`, "/en"),
      bare: await firstLoadJs(`http://127.0.0.1:${baseline}`, "/en"),
    };
    results.ratios = {
      topologyOverStatic: +(
        rps("portal home, nginx topology") / rps("nginx, static HTML from disk (limit)")
      ).toFixed(2),
      originOverBareNext: +(rps("portal home, next start") / rps("bare Next page (baseline)")).toFixed(2),
      routingOverBareNext: +(
        rps("bare Next page behind the portal's localized routing (next-intl proxy)") /
        rps("bare Next page (baseline)")
      ).toFixed(2),
      firstLoadJsExtraKb: +((results.js.portal - results.js.bare) / 1024).toFixed(1),
    };

    // 2. One instance against two, on what the cache cannot answer.
    const twin = startNext(second, env, env.NEXT_DIST_DIR);
    track(twin.process);
    await twin.ready;
    track(
      (
        await startNginx({
          port: pair,
          upstreams: [direct, second],
          runDir: ".data/bench-pair-nginx",
          staticDir,
        })
      ).process,
    );
    for (const [name, p] of [
      ["organisation profile", profiles.en],
      ["search query", "/en/search"],
    ]) {
      const target = p === "/en/search" ? "/en/search?q=skills&bench=" : `${p}?bench=`;
      const options = (n = 0) => ({
        requests: [{ setupRequest: (r) => ({ ...r, path: `${target}${n++}` }) }],
      });
      const one = await measure(`http://127.0.0.1:${proxy}`, options());
      const two = await measure(`http://127.0.0.1:${pair}`, options());
      results.pairs.push({ name, one, two, gain: +(two.rps / Math.max(1, one.rps)).toFixed(2) });
      console.log(`${name}, cache bypassed: 1 instance ${one.rps} req/s, 2 instances ${two.rps} req/s`);
    }

    // 3. Publish-to-live through the topology.
    const proxyBase = `http://127.0.0.1:${proxy}`;
    const probe = await publishToLive({
      adminBase: proxyBase,
      publicBases: [proxyBase],
      email: process.env.ADMIN_EMAIL,
      password: process.env.ADMIN_PASSWORD,
    });
    results.publishToLiveMs = probe.latencies.map((run) => run[proxyBase]);
    console.log(`publish-to-live: ${results.publishToLiveMs.join(", ")} ms`);

    // 4. Lighthouse through the topology, one run at a time (it needs the cores to itself).
    results.lighthouse = [];
    for (const locale of locales) {
      for (const [page, p] of [
        ["home", `/${locale}`],
        ["profile", profiles[locale]],
        ["pillar", pillars[locale]],
        ["search", `${searchPath[locale]}?q=${encodeURIComponent(terms[locale][0])}`],
      ]) {
        const report = await lighthouse(`http://127.0.0.1:${proxy}${p}`);
        results.lighthouse.push({ page, path: p, ...report });
        console.log(
          `lighthouse ${p}: ${lighthouseCategories.map((c) => report.scores[c]).join(" / ")}`,
          report.lost.join(" "),
        );
      }
    }
    for (const child of children.splice(0)) child.kill("SIGTERM");

    // 5. Scale.
    console.log(`Generating ${ENTITIES} entities into a separate database …`);
    await run(
      nodeBin("tsx"),
      [
        "--conditions=react-server",
        "scripts/seed-scale.mts",
        "--url",
        scaleDatabase.url,
        "--entities",
        String(ENTITIES),
      ],
      { env: process.env },
    );
    const scaleEnv = {
      ...env,
      DATABASE_URL: scaleDatabase.url,
      SITE_URL: `http://127.0.0.1:${scalePort}`,
      BETTER_AUTH_URL: `http://127.0.0.1:${scalePort}`,
      NEXT_DIST_DIR: ".next-bench-scale",
    };
    results.buildSeconds.scale = await timedBuild(scaleEnv);
    const scaled = startNext(scalePort, scaleEnv, scaleEnv.NEXT_DIST_DIR);
    track(scaled.process);
    await scaled.ready;
    const scaleBase = `http://127.0.0.1:${scalePort}`;
    const searchUrls = Object.entries(terms).flatMap(([l, list]) =>
      list.map((q) => `${scaleBase}${pathFor(l, "/search")}?q=${encodeURIComponent(q)}`),
    );
    // Warm-up: compile paths, plans, caches. Each query's first search is rendered (a repeat is
    // answered from memory until content changes: lib/http/page-memory.ts), so it is reported too.
    const firstSearches = [];
    for (const url of searchUrls) firstSearches.push((await timed(url)).ms);
    // Latency as one reader sees it (one search at a time), then with 4 at a time on 2 cores.
    const searches = async (parallel) => {
      const latencies = [];
      const queue = Array.from({ length: 10 }, () => searchUrls).flat();
      await Promise.all(
        Array.from({ length: parallel }, async () => {
          while (queue.length) latencies.push((await timed(queue.shift())).ms);
        }),
      );
      return latencies;
    };
    const latencies = await searches(1);
    const concurrent = await searches(4);
    const sitemapCold = await timed(`${scaleBase}/sitemap.xml`);
    const sitemapWarm = await timed(`${scaleBase}/sitemap.xml`);
    const beyond = `/en/initiatives/gen-initiative-${ENTITIES - Math.round(ENTITIES / 25) - 1}`;
    const firstVisit = await timed(scaleBase + beyond);
    const secondVisit = await timed(scaleBase + beyond);
    results.scale = {
      entities: ENTITIES,
      searchRequests: latencies.length,
      searchP50: percentile(latencies, 50),
      searchP95: percentile(latencies, 95),
      searchP95Concurrent: percentile(concurrent, 95),
      searchFirstP95: percentile(firstSearches, 95),
      sitemapColdMs: sitemapCold.ms,
      sitemapWarmMs: sitemapWarm.ms,
      sitemapUrls: (sitemapCold.body.match(/<loc>/g) ?? []).length,
      sitemapKb: Math.round(sitemapCold.body.length / 1024),
      pageBeyondPrerenderedMs: { first: firstVisit.ms, second: secondVisit.ms },
    };

    const lh = results.lighthouse;
    const table = [
      `| measurement | req/s | p99 ms | errors |`,
      `| --- | ---: | ---: | ---: |`,
      ...results.rows.map((r) => `| ${r.name} | ${r.rps} | ${r.p99} | ${r.errors} |`),
      ...results.pairs.map(
        (p) =>
          `| ${p.name}, cache bypassed: nginx → 1 instance / → 2 instances | ${p.one.rps} / ${p.two.rps} (×${p.gain}) | ${p.one.p99} / ${p.two.p99} | ${p.one.errors + p.two.errors} |`,
      ),
      "",
      ...goalTable(results),
      "",
      `| Lighthouse, mobile | ${lighthouseCategories.join(" | ")} | FCP ms | LCP ms | TBT ms | CLS |`,
      `| --- | ${lighthouseCategories.map(() => "---:").join(" | ")} | ---: | ---: | ---: | ---: |`,
      ...lh.map(
        (r) =>
          `| ${r.path} | ${lighthouseCategories.map((c) => r.scores[c]).join(" | ")} | ${r.metrics.fcpMs} | ${r.metrics.lcpMs} | ${r.metrics.tbtMs} | ${r.metrics.cls.toFixed(3)} |`,
      ),
      ...(lh.some((r) => r.lost.length)
        ? ["", `Audits that cost points: ${[...new Set(lh.flatMap((r) => r.lost))].join(", ")}`]
        : []),
    ].join("\n");
    console.log(`\n${table}\n`);
    fs.mkdirSync("results", { recursive: true });
    const file = `results/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    fs.writeFileSync(file, JSON.stringify(results, null, 2));
    fs.writeFileSync(file.replace(/\.json$/, ".md"), `${table}\n`);
    console.log(`Written to ${file}`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await database.drop();
    await scaleDatabase.drop();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    for (const child of children) child.kill("SIGKILL");
    process.exit(1);
  });
