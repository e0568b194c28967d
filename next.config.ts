import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { publicCsp, securityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never replace the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The Node server sets a page's ETag, computed once per page rather than at every request
  // (lib/http/node-guard.ts).
  generateEtags: false,
  // Metadata is resolved with the page, for every browser, not streamed in after it. Streamed, each
  // response of a save (a server action that refreshes the admin) mounts the title in a new Suspense
  // boundary, and until its chunk arrives the page has none: a screen reader announces an untitled
  // page, and axe finds one (it did, once, under load). The public pages are static, so their
  // metadata is in the build either way.
  htmlLimitedBots: /./,
  // Several instances share one cache in Redis when REDIS_URL is set (build and start); without
  // it, Next's own cache on this machine (lib/cache/redis-cache-handler.mjs explains the handler).
  // Neither keeps a 404 or a read that found nothing for an address it never held
  // (lib/cache/absence.mjs).
  ...(process.env.REDIS_URL
    ? {
        cacheHandler: path.join(process.cwd(), "lib/cache/redis-cache-handler.mjs"),
        // No private copy per instance: every instance sees every revalidation at once.
        cacheMaxMemorySize: 0,
      }
    : { cacheHandler: path.join(process.cwd(), "lib/cache/local-cache-handler.mjs") }),
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Admin pages get theirs, with a nonce, from the proxy.
      { source: "/((?!admin).*)", headers: [{ key: "Content-Security-Policy", value: publicCsp }] },
    ];
  },
  experimental: {
    // The largest form is a translation (50,000 characters of Markdown at most): refuse bodies
    // far beyond it before they are parsed.
    serverActions: { bodySizeLimit: "512kb" },
    proxyClientMaxBodySize: "1mb",
    // A localized 404 for unmatched URLs that is readable without JavaScript (docs/platform.md).
    globalNotFound: true,
    // forbidden() answers 403 with app/admin/forbidden.tsx.
    authInterrupts: true,
  },
};

export default withNextIntl(nextConfig);
