// The proxy's matcher, which Next reads statically (so it is written out in proxy.ts), against
// the routing it must agree with: the proxy runs on `/`, the admin, the search pages and
// addresses without a locale prefix, and on a locale's pages only for a visitor whose remembered
// language is another one (to record the switch). tests/e2e/build.spec.ts checks every page the
// build prerendered.
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { LOCALE_COOKIE } from "@/lib/i18n/choice";
import { pathFor } from "@/lib/i18n/paths";
import { locales } from "@/lib/i18n/routing";
import { config } from "@/proxy";

const runs = (url: string, cookies?: Record<string, string>) =>
  unstable_doesMiddlewareMatch({ config, url, cookies });

describe("proxy matcher", () => {
  it("runs where the proxy has work to do", () => {
    for (const url of [
      "/",
      "/?lang=fr",
      "/admin",
      "/admin/content/new",
      "/organisations",
      "/es/organisaties",
      "/Nl/organisaties",
    ])
      expect(runs(url), url).toBe(true);
    for (const locale of locales) {
      expect(runs(pathFor(locale, "/search")), locale).toBe(true);
      // The address the Node server passes a translated search address on as (lib/i18n/rewrites.ts).
      expect(runs(`/${locale}/search`), locale).toBe(true);
    }
  });

  it("stays off public pages, the API and Next's files", () => {
    for (const locale of locales) {
      for (const url of [
        pathFor(locale, "/"),
        pathFor(locale, "/organisations"),
        pathFor(locale, { pathname: "/organisations/[slug]", params: { slug: "digitaal-vlaanderen" } }),
        pathFor(locale, { pathname: "/strategy/[slug]/[pillar]", params: { slug: "a", pillar: "b" } }),
        `/${locale}/feed.xml`,
        `${pathFor(locale, "/organisations")}?region=wallonia&page=2`,
      ]) {
        expect(runs(url), url).toBe(false);
        expect(runs(url, { [LOCALE_COOKIE]: locale }), `${url} with its own language remembered`).toBe(false);
      }
    }
    for (const url of ["/api/v1/organisations", "/_next/static/chunks/a.js", "/robots.txt", "/sitemap.xml"])
      expect(runs(url), url).toBe(false);
  });

  it("runs on a locale's pages for a visitor who remembered another language", () => {
    for (const locale of locales) {
      for (const other of locales.filter((l) => l !== locale)) {
        expect(runs(pathFor(locale, "/about"), { [LOCALE_COOKIE]: other }), `${locale} ← ${other}`).toBe(
          true,
        );
      }
    }
  });
});
