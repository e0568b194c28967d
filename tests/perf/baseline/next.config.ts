import type { NextConfig } from "next";

// Built with `next build --webpack` (scripts/bench.mjs): a bare `[locale]` page, nothing else.
const config: NextConfig = {};

export default config;
