import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // One data path: pages, route handlers and components read and write through lib/ (public
    // pages through lib/content, admin pages through lib/admin, writes through lib/actions).
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: "Call a lib/ function that reads or writes for you." },
            { name: "@/lib/generated/prisma/client", message: "Use the typed views of lib/." },
          ],
        },
      ],
    },
  },
  globalIgnores([
    // Build output: .next, and the test, bench and cluster builds (.next-test, .next-bench, …).
    ".next*/**",
    ".data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "tests/perf/baseline/**",
    "tests/perf/baseline-intl/**",
  ]),
]);
