import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/lib/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Debian's Chromium: browsers are never downloaded on our machines (docs/platform.md).
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    // Read-only journeys first, in parallel; then the journeys that publish: every method against
    // every route after a revalidation, then the editing journeys (files ending in
    // editing.spec.ts), each file's tests in order. Two editing files may run at once: each works
    // on content of its own. The second pair of eyes is a site-wide rule, and the account journeys
    // change site-wide sign-in rules (two-step sign-in required per role): each runs alone after
    // them. The outage journey cuts the database, so it runs last, alone.
    { name: "public", testIgnore: /(editing|methods|accounts|outage|second-pair)\.spec\.ts/ },
    { name: "methods", testMatch: /methods\.spec\.ts/, dependencies: ["public"] },
    { name: "editing", testMatch: /editing\.spec\.ts/, dependencies: ["methods"], fullyParallel: false },
    { name: "second-pair", testMatch: /second-pair\.spec\.ts/, dependencies: ["editing"] },
    {
      name: "accounts",
      testMatch: /accounts\.spec\.ts/,
      dependencies: ["second-pair"],
      fullyParallel: false,
    },
    { name: "outage", testMatch: /outage\.spec\.ts/, dependencies: ["accounts"] },
  ],
  webServer: {
    // scripts/test.mjs has built into NEXT_DIST_DIR against the e2e database.
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
