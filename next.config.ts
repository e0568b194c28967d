import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never replace the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // A localized 404 for unmatched URLs that is readable without JavaScript (STACK.md).
    globalNotFound: true,
    // forbidden() answers 403 with app/admin/forbidden.tsx.
    authInterrupts: true,
  },
};

export default withNextIntl(nextConfig);
