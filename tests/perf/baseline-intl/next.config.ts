import type { NextConfig } from "next";

// Built with `next build --webpack` (scripts/bench.mjs): the bare page behind the portal's own
// localized routing (next-intl's middleware in proxy.ts), to measure what the proxy costs.
const config: NextConfig = {};

export default config;
