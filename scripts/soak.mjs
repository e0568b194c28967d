#!/usr/bin/env node
// `npm run soak`: the production topology (nginx in front of two `next start` instances, on a
// fresh seeded database) under a mixed, steady traffic for 10 minutes (`--seconds N` or
// SOAK_SECONDS for shorter runs): readers on every page of the sitemap in every language,
// searches, API and CSV clients, feed and sitemap crawlers, requests with every method and with
// the hostile URLs of tests/hostile/corpus.ts, while an editor in Chromium publishes, archives,
// restores and renames a slug every few seconds through the real admin and a translator saves
// drafts. It fails unless: no answer is a 5xx and none times out; every route answers 200 after
// the run; every publication is visible through nginx within 2 s; the revisions and the audit
// log hold exactly the saves the script made. Prints throughput and p50/p99/max per route family
// and writes the report to results/.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { pathFor } from "../lib/i18n/paths.ts";
import { locales } from "../lib/i18n/routing.ts";
import { apiRequests, hostilePaths, searchPayloads } from "../tests/hostile/corpus.ts";
import { editorUrl, launchChromium, signedIn } from "./lib/publish-probe.mjs";
import { freePort, nodeBin, prepareScript, run } from "./lib/setup.mjs";
import { createTestDatabase } from "./lib/test-db.mjs";
import {
  edgeEnv,
  ensureChromium,
  ensureNginx,
  newRefreshToken,
  startRedisServer,
  startTopology,
} from "./lib/topology.mjs";

prepareScript("soak@example.test");

const flag = process.argv.indexOf("--seconds");
const SECONDS = Number(flag > 0 ? process.argv[flag + 1] : (process.env.SOAK_SECONDS ?? 600));
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 8);
const TIMEOUT_MS = 10_000;
const LIVE_WITHIN_MS = 2_000;
const REDIRECT_WITHIN_MS = 5_000;
const PAUSE_MS = 3_000;
const methods = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE"];
const searchPaths = Object.fromEntries(locales.map((l) => [l, pathFor(l, "/search")]));
const terms = ["wallonia", "data", "compétences", "vaardigheden", "ai", "athumi", "zzzz", ...searchPayloads];
const resources = ["organisations", "regions", "initiatives", "strategies"];

const pick = (items) => items[Math.floor(Math.random() * items.length)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });
let base = "";

/** One request through nginx, with Node's client (any method, no redirects, no cookies). */
function send(method, address, headers = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(new URL(address, base), { method, headers, agent }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          ms: performance.now() - started,
        }),
      );
      response.on("error", () => resolve({ status: 0, error: "reset", ms: performance.now() - started }));
    });
    request.setTimeout(TIMEOUT_MS, () => {
      request.destroy();
      resolve({ status: 0, timeout: true, ms: performance.now() - started });
    });
    request.on("error", (error) =>
      resolve({ status: 0, error: error.code, ms: performance.now() - started }),
    );
    request.end();
  });
}

/** Per route family: latencies, statuses, and what went wrong. */
const families = new Map();
function record(family, address, answer) {
  const f = families.get(family) ?? { ms: [], statuses: {}, failures: [] };
  families.set(family, f);
  f.ms.push(answer.ms);
  f.statuses[answer.status] = (f.statuses[answer.status] ?? 0) + 1;
  const refusedWithoutAllow = answer.status === 405 && !answer.headers?.allow;
  if (answer.timeout || answer.status === 0 || answer.status >= 500 || refusedWithoutAllow) {
    if (f.failures.length < 20)
      f.failures.push(`${address}: ${answer.timeout ? "timeout" : answer.status} ${answer.error ?? ""}`);
    f.failed = (f.failed ?? 0) + 1;
  }
}

/** What the clients ask for, by family, with their weights. */
function trafficMix(pages) {
  const everything = () => pick([...pages, "/nl/feed.xml", "/sitemap.xml", "/api/v1/regions", "/"]);
  return [
    { name: "pages", weight: 40, next: () => ["GET", pick(pages)] },
    {
      name: "search",
      weight: 10,
      next: () => ["GET", `${pick(Object.values(searchPaths))}?q=${encodeURIComponent(pick(terms))}`],
    },
    {
      name: "api json",
      weight: 10,
      next: () => [
        "GET",
        `/api/v1/${pick(resources)}?locale=${pick(locales)}&per_page=${pick([10, 50, 100])}`,
      ],
    },
    {
      name: "api csv",
      weight: 5,
      next: () => ["GET", `/api/v1/${pick(resources)}.csv?locale=${pick(locales)}`],
    },
    { name: "feeds", weight: 5, next: () => ["GET", `/${pick(locales)}/feed.xml`] },
    { name: "sitemap, robots", weight: 5, next: () => ["GET", pick(["/sitemap.xml", "/robots.txt"])] },
    { name: "every method", weight: 15, next: () => [pick(methods), everything()] },
    {
      name: "hostile URLs",
      weight: 10,
      next: () => [
        "GET",
        pick([...hostilePaths, ...apiRequests.map((r) => `/api/v1/${r.resource}?${r.query}`)]),
      ],
    },
  ];
}

async function readers(mix, until) {
  const total = mix.reduce((sum, f) => sum + f.weight, 0);
  const choose = () => {
    let n = Math.random() * total;
    return mix.find((f) => (n -= f.weight) < 0) ?? mix[0];
  };
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < until) {
        const family = choose();
        const [method, address] = family.next();
        record(family.name, address, await send(method, address));
      }
    }),
  );
}

/** Every save the script made, as the revision and the audit entry it must have left. */
const saves = [];
/** Every publication: when the editor saw it confirmed, and when readers first saw it. */
const publications = [];
/** Every renamed slug: how long until the old address redirected. */
const redirects = [];

/**
 * Polls `address` through nginx until it shows `marker`, then a second more: every reader must
 * see it from then on, whichever instance answers. Records the ms after `confirmed` and `clicked`.
 */
async function liveAfter(address, marker, clicked, confirmed, label) {
  const shows = async () => {
    const answer = await send("GET", address);
    return answer.status === 200 && answer.body.includes(marker);
  };
  while (!(await shows())) {
    if (performance.now() - confirmed > 15_000) {
      publications.push({ label, afterConfirmation: Infinity, afterClick: Infinity });
      return;
    }
    await sleep(50);
  }
  const now = performance.now();
  let steady = true;
  for (let i = 0; i < 20 && steady; i++) steady = (await sleep(50), await shows());
  publications.push({
    label,
    afterConfirmation: Math.max(0, now - confirmed),
    afterClick: now - clicked,
    steady,
  });
}

/**
 * Opens an editor and waits until its form is interactive: typed before hydration, a value can
 * be merged with the one the page came with (as a hurried script types, not a person).
 */
async function openForm(page, address) {
  await page.goto(address);
  await page.locator("form#translation[data-ready]").waitFor();
}

/** The working copy's version in the form on `page`. */
const versionOn = async (page) => Number(await page.locator('input[name="version"]').first().inputValue());

const statusLabels = { draft: "Draft", published: "Published", archived: "Archived" };
const savedMessages = { draft: "Draft saved", published: "Published", archived: "Archived" };

/**
 * Submits a form on `page` and records the save it must have made, once the admin confirms it.
 */
async function save(page, item, { button, confirm, confirmation, status, action, summary }) {
  const version = await versionOn(page);
  const clicked = performance.now();
  await page.getByRole("button", { name: button, exact: true }).first().click();
  // A destructive action asks first, in a dialog: confirmed with its button.
  if (confirm) await page.getByRole("dialog").getByRole("button", { name: confirm, exact: true }).click();
  // The form says so, unless the save took it off the page (archiving): then the page does.
  const said = page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: confirmation ?? savedMessages[status] });
  const shown = page.getByText(
    new RegExp(`^Working copy: ${statusLabels[status]}, version ${version + 1}\\b`),
  );
  await said.or(shown).first().waitFor();
  saves.push({ ...item, version: version + 1, status, action, summary });
  return { clicked, confirmed: performance.now() };
}

/** The editor's address of an organisation's text in one language, and what its saves concern. */
async function openItem(page, query, name, locale) {
  const address = await editorUrl(page, base, { query, type: "organisation", name, locale });
  const id = /\/admin\/content\/\w+\/([^/?]+)/.exec(address)[1];
  return { address, item: { type: "organisation", id, locale } };
}

/** What went wrong for the scripted editor and translator (each goes on with its next step). */
const scriptFailures = [];

/** Runs one step of a scripted user; a failure is recorded, with a screenshot, and not thrown. */
async function attempt(name, page, work) {
  try {
    await work();
  } catch (error) {
    const shot = `results/soak-${name}-${scriptFailures.length + 1}.png`;
    fs.mkdirSync("results", { recursive: true });
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    scriptFailures.push(`${name}: ${String(error.message).split("\n")[0]} at ${page.url()} (${shot})`);
  }
  await sleep(PAUSE_MS);
}

/** The editor's round: publish, archive, restore the published text and publish it, rename the slug. */
async function editor(page, until) {
  const { address, item } = await openItem(page, "digital-wallonia", "Digital Wallonia", "en");
  let slug = "digital-wallonia";
  let published = "";
  const publish = async (summary, label, at = slug) => {
    const { clicked, confirmed } = await save(page, item, {
      button: "Publish",
      status: "published",
      action: "content.publish",
      summary,
    });
    await liveAfter(`/en/organisations/${at}`, summary, clicked, confirmed, label);
  };
  const steps = [
    async (marker) => {
      await openForm(page, address);
      await page.getByLabel("Summary").fill(marker);
      await publish(marker, "publish");
      published = marker;
    },
    async () => {
      await openForm(page, address);
      await save(page, item, {
        button: "Archive this translation",
        confirm: "Archive",
        status: "archived",
        action: "content.archive",
        summary: published,
      });
    },
    async () => {
      await openForm(page, address);
      await page.getByRole("link", { name: "History and differences" }).click();
      await save(page, item, {
        button: /^Restore version \d+$/,
        confirmation: "Restored as a new draft.",
        status: "draft",
        action: "content.restore",
        summary: published,
      });
      await openForm(page, address);
      await publish(published, "restore");
    },
    async (marker, round) => {
      const renamed = `${marker} (renamed)`;
      const next = `digital-wallonia-${round}`;
      await openForm(page, address);
      await page.getByLabel("Slug (the last part of the address)").fill(next);
      await page.getByLabel("Summary").fill(renamed);
      await publish(renamed, "rename", next);
      const old = slug;
      [slug, published] = [next, renamed];
      // The old address is not refreshed at the edge: it redirects once its micro-cache entry
      // has expired and the page has been rendered again.
      const since = performance.now();
      let moved;
      while ((moved = await send("GET", `/en/organisations/${old}`)).status !== 308) {
        if (performance.now() - since > REDIRECT_WITHIN_MS) break;
        await sleep(100);
      }
      redirects.push({ from: old, status: moved.status, ms: performance.now() - since });
    },
  ];
  for (let round = 1; ; round++) {
    const marker = `Soak round ${round} ${Date.now()}`;
    for (const step of steps) {
      if (Date.now() >= until) return;
      await attempt("editor", page, () => step(marker, round));
    }
  }
}

/** A translator saves a French draft every few seconds. */
async function translator(page, until) {
  const { address, item } = await openItem(page, "digitaal-vlaanderen", "Digitaal Vlaanderen", "fr");
  for (let n = 1; Date.now() < until; n++) {
    const summary = `Brouillon ${n} de la traductrice (${Date.now()}).`;
    await attempt("translator", page, async () => {
      await openForm(page, address);
      await page.getByLabel("Summary").fill(summary);
      await save(page, item, { button: "Save draft", status: "draft", action: "content.save", summary });
    });
  }
}

/** An admin creates the translator's account in the admin; returns its one-time password. */
async function createTranslator(page, email) {
  await page.goto(`${base}/admin/users`);
  await page.getByLabel("Name").fill("Soak translator");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption({ label: "translator" });
  await page.getByRole("checkbox", { name: "Français" }).check();
  await page.getByLabel("Language of the administration").selectOption({ label: "English" });
  await page.getByRole("button", { name: "Create user" }).click();
  return (await page.getByTestId("one-time-password").textContent()).trim();
}

/** The saves the database holds since `since`, against those the script made. */
async function accountFor(databaseUrl, since) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const key = (s) => `${s.id} ${s.locale} v${s.version} ${s.status}`;
    const revisions = await client.query(
      `select entity_id as id, locale::text, version, status::text, content->>'summary' as summary
         from revision where created_at >= $1 order by created_at`,
      [since],
    );
    const audits = await client.query(
      `select action, target_id as id, detail->>'locale' as locale, (detail->>'version')::int as version
         from audit_log where at >= $1 and action like 'content.%' order by at`,
      [since],
    );
    const stored = new Map(revisions.rows.map((r) => [key(r), r]));
    const logged = new Set(audits.rows.map((a) => `${a.action} ${a.id} ${a.locale} v${a.version}`));
    const problems = [];
    for (const s of saves) {
      const revision = stored.get(key(s));
      if (!revision) problems.push(`no revision for ${key(s)}`);
      else if (revision.summary !== s.summary) problems.push(`${key(s)} holds "${revision.summary}"`);
      if (!logged.has(`${s.action} ${s.id} ${s.locale} v${s.version}`))
        problems.push(`no audit entry for ${s.action} ${key(s)}`);
    }
    if (revisions.rows.length !== saves.length)
      problems.push(`${revisions.rows.length} revisions for ${saves.length} saves`);
    if (audits.rows.length !== saves.length)
      problems.push(`${audits.rows.length} audit entries for ${saves.length} saves`);
    return {
      saves: saves.length,
      revisions: revisions.rows.length,
      auditEntries: audits.rows.length,
      problems,
    };
  } finally {
    await client.end();
  }
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round1 = (n) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : n);

function report(seconds, afterRun, accounting) {
  const rows = [...families].map(([name, f]) => {
    const sorted = [...f.ms].sort((a, b) => a - b);
    return {
      family: name,
      requests: sorted.length,
      rps: round1(sorted.length / seconds),
      p50: round1(percentile(sorted, 50)),
      p99: round1(percentile(sorted, 99)),
      max: round1(sorted.at(-1) ?? 0),
      failed: f.failed ?? 0,
      statuses: f.statuses,
      failures: f.failures,
    };
  });
  const live = [...publications].sort((a, b) => a.afterConfirmation - b.afterConfirmation);
  const lines = [
    `Soak: ${seconds} s, ${CLIENTS} clients through nginx → 2 instances sharing a Redis cache; load average ${loadBefore} before, ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")} after (${os.cpus().length} cores)`,
    "",
    "| family | requests | req/s | p50 ms | p99 ms | max ms | 5xx/timeouts | statuses |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows.map(
      (r) =>
        `| ${r.family} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.max} | ${r.failed} | ${Object.entries(
          r.statuses,
        )
          .map(([s, n]) => `${s}×${n}`)
          .join(" ")} |`,
    ),
    `| all | ${rows.reduce((s, r) => s + r.requests, 0)} | ${round1(rows.reduce((s, r) => s + r.requests, 0) / seconds)} | | | | ${rows.reduce((s, r) => s + r.failed, 0)} | |`,
    "",
    `Publications: ${live.length}; visible through nginx after the editor's confirmation: p50 ${round1(
      percentile(
        live.map((p) => p.afterConfirmation),
        50,
      ),
    )} ms, max ${round1(live.at(-1)?.afterConfirmation ?? 0)} ms (after the click: max ${round1(Math.max(0, ...live.map((p) => p.afterClick ?? 0)))} ms)`,
    `Renamed slugs: ${redirects.length}; old address redirecting (308) after at most ${round1(Math.max(0, ...redirects.map((r) => r.ms)))} ms`,
    `Saves: ${accounting.saves}; revisions: ${accounting.revisions}; audit entries: ${accounting.auditEntries}`,
    `After the run: ${afterRun.checked} routes, ${afterRun.failures.length} not answering 200`,
  ];
  const late = live.filter((p) => !(p.afterConfirmation <= LIVE_WITHIN_MS));
  const failures = [
    ...rows.flatMap((r) => r.failures.map((f) => `${r.family}: ${f}`)),
    ...late.map((p) => `${p.label}: visible after ${round1(p.afterConfirmation)} ms`),
    ...live.filter((p) => p.steady === false).map((p) => `${p.label}: shown, then the old text again`),
    ...redirects.filter((r) => r.status !== 308).map((r) => `old slug ${r.from} still answered ${r.status}`),
    ...scriptFailures,
    ...afterRun.failures,
    ...accounting.problems,
  ];
  lines.push("", failures.length ? `FAILED:\n  ${failures.join("\n  ")}` : "Every check passed.");
  return {
    text: lines.join("\n"),
    failed: failures.length > 0,
    rows,
    publications: live,
    accounting,
    afterRun,
  };
}

const children = [];
const logFile = ".data/soak-instances.log";
let loadBefore = "";

async function main() {
  ensureNginx();
  ensureChromium();
  const database = await createTestDatabase("soak");
  const distDir = ".next-soak";
  const proxyPort = await freePort();
  const upstreams = [await freePort(), await freePort()];
  // Two instances share revalidations only through a shared cache: without it, an instance that
  // did not handle the publish keeps serving the old page from its memory (docs/platform.md).
  const redisPort = await freePort();
  const redis = startRedisServer(redisPort);
  children.push(redis.process);
  await redis.ready;
  base = `http://127.0.0.1:${proxyPort}`;
  const refreshToken = newRefreshToken();
  const env = {
    ...process.env,
    ...edgeEnv(proxyPort, refreshToken),
    DATABASE_URL: database.url,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    SITE_URL: base,
    BETTER_AUTH_URL: base,
    NEXT_DIST_DIR: distDir,
    TRUST_PROXY: "1",
    DATABASE_POOL_MAX: database.kind === "pglite" ? "1" : "4",
    // Every soak client comes from one address: the per-client limits would answer 429 to all of
    // them by design (tested in tests/integration); here the question is whether the portal holds.
    SEARCH_RATE_LIMIT: "0",
    API_RATE_LIMIT: "100000000",
  };
  let browser;
  try {
    console.log("Building the portal …");
    await run(nodeBin("next"), ["build"], { env, removeFirst: [path.join(distDir, "cache")] });
    // The instances' error output goes to a file: hostile URLs make Next log a lot.
    fs.mkdirSync(".data", { recursive: true });
    const instanceLog = fs.openSync(logFile, "w");
    children.push(
      ...(await startTopology({
        port: proxyPort,
        upstreams,
        env,
        distDir,
        runDir: ".data/soak-nginx",
        refreshToken,
        stderr: instanceLog,
      })),
    );
    const sitemap = await send("GET", "/sitemap.xml");
    const pages = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    if (pages.length < 90) throw new Error(`the sitemap lists ${pages.length} pages`);
    const mix = trafficMix(pages);

    browser = await launchChromium();
    const adminPage = await signedIn(browser, base, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD);
    const translatorEmail = `soak-translator-${Date.now()}@example.test`;
    const password = await createTranslator(adminPage, translatorEmail);
    const translatorPage = await signedIn(browser, base, translatorEmail, password);

    loadBefore = os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ");
    const since = new Date();
    const started = performance.now();
    const until = Date.now() + SECONDS * 1000;
    console.log(
      `${SECONDS} s: ${CLIENTS} clients over ${pages.length} pages and every other route, an editor and a translator …`,
    );
    const progress = setInterval(() => {
      const done = [...families.values()].reduce((s, f) => s + f.ms.length, 0);
      console.log(
        `  ${Math.round((performance.now() - started) / 1000)} s: ${done} requests, ${publications.length} publications, ${saves.length} saves`,
      );
    }, 60_000);
    await Promise.all([readers(mix, until), editor(adminPage, until), translator(translatorPage, until)]);
    clearInterval(progress);
    const seconds = Math.round((performance.now() - started) / 1000);

    // After the run, every route answers 200 (the sitemap as it is now: slugs were renamed). The
    // edge's micro-cache may still hold a sitemap from just before the last rename: let it expire.
    await sleep(2_500);
    const now = await send("GET", "/sitemap.xml");
    const finalPages = [...now.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const routes = [
      ...finalPages,
      ...locales.flatMap((l) => [`/${l}/feed.xml`, `${searchPaths[l]}?q=data`]),
      ...resources.flatMap((r) => [`/api/v1/${r}`, `/api/v1/${r}.csv`]),
      "/sitemap.xml",
      "/robots.txt",
      "/api/v1/openapi.json",
      "/api/health?ready=1",
      "/api/og?locale=en&kind=home",
      "/admin/sign-in",
    ];
    const afterRun = { checked: routes.length, failures: [] };
    for (const route of routes) {
      let answer = await send("GET", route);
      // A renamed address redirects permanently to the new one, which must answer.
      if (answer.status === 308 && answer.headers.location) {
        answer = await send("GET", String(answer.headers.location).split(", ")[0]);
      }
      if (answer.status !== 200) afterRun.failures.push(`after the run: ${route} answered ${answer.status}`);
    }
    const accounting = await accountFor(database.url, since);
    const result = report(seconds, afterRun, accounting);
    const logged = fs
      .readFileSync(logFile, "utf8")
      .split("\n")
      .filter((line) => /^\s*(⨯|Error|Failed)/.test(line));
    result.text += `\nInstances' error output: ${logged.length} error lines (${logFile})`;
    console.log(`\n${result.text}`);
    fs.mkdirSync("results", { recursive: true });
    const file = `results/soak-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    fs.writeFileSync(file, JSON.stringify({ seconds, clients: CLIENTS, ...result }, null, 2));
    console.log(`\nReport written to ${file}`);
    process.exitCode = result.failed ? 1 : 0;
  } finally {
    await browser?.close();
    for (const child of children.reverse()) child.kill("SIGTERM");
    await sleep(1000);
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  for (const child of children) child.kill("SIGKILL");
  process.exit(1);
});
