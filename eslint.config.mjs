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
    // Route handlers read and write through lib/ functions, like pages (one data path).
    files: ["app/api/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/db", message: "Call a lib/ function that reads or writes for you." }] },
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
