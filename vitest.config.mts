import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server-only throws outside Next's server bundles; the tests run on the server anyway.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/integration/**/*.test.tsx"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The integration tests share one database: files run one after another, and each one
    // removes what it created, so that counts and lists stay those of the seed.
    fileParallelism: false,
    // next-intl's middleware imports "next/server" without an extension, which only a bundler
    // resolves: let Vite process it (the proxy is tested as Next runs it).
    server: { deps: { inline: ["next-intl"] } },
  },
});
