import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { LOCALE_COOKIE } from "../../lib/i18n/choice";
import { paramsOf, publicPath } from "../helpers/build-routes";
import { locales } from "./helpers";

/** The routes `next build` prerendered, under their internal paths (the build the tests run). */
function prerendered(): string[] {
  const file = path.join(process.env.NEXT_DIST_DIR ?? ".next", "prerender-manifest.json");
  return Object.keys(JSON.parse(fs.readFileSync(file, "utf8")).routes);
}

test("public pages are static in the build output, in the three locales; the admin is not", () => {
  const routes = prerendered();
  const staticPages = [
    "",
    "/organisations",
    "/compare",
    "/accessibility",
    "/privacy",
    "/developers",
    "/about",
    "/feed.xml",
  ];
  const staticDetailPages = ["/organisations/", "/regions/", "/initiatives/", "/strategy/"];
  for (const locale of locales) {
    for (const page of staticPages) expect(routes, `/${locale}${page}`).toContain(`/${locale}${page}`);
    for (const prefix of staticDetailPages) {
      expect(
        routes.filter((r) => r.startsWith(`/${locale}${prefix}`)).length,
        `/${locale}${prefix}…`,
      ).toBeGreaterThan(0);
    }
    // Pillar pages: /{locale}/strategy/{strategy}/{pillar}
    expect(
      routes.filter((r) => r.startsWith(`/${locale}/strategy/`) && r.split("/").length === 5),
    ).toHaveLength(5);
    // These read the query string: rendered per request from cached data.
    expect(routes).not.toContain(`/${locale}/search`);
    expect(routes).not.toContain(`/${locale}/initiatives`);
  }
  expect(routes).toContain("/sitemap.xml");
  expect(routes.filter((r) => r.startsWith("/admin") || r.startsWith("/api/auth"))).toEqual([]);
});

/** The proxy's matcher as the build compiled it (proxy.ts, read by Next at build time). */
function builtMatcher() {
  const file = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "functions-config-manifest.json");
  const proxy = JSON.parse(fs.readFileSync(file, "utf8")).functions["/_middleware"];
  type Built = { originalSource: string; has?: never[]; missing?: never[] };
  return {
    matcher: (proxy.matchers as Built[]).map(({ originalSource, has, missing }) => ({
      source: originalSource,
      has,
      missing,
    })),
  };
}

test("no page the build prerendered runs through the proxy, under its public address", async () => {
  // Next's helper expects the global its server sets, which the test runner does not.
  const global = globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage };
  global.AsyncLocalStorage ??= AsyncLocalStorage;
  const { unstable_doesMiddlewareMatch } = await import("next/experimental/testing/server.js");
  const config = builtMatcher();
  // The matcher is the one with a visitor's language switch in it.
  expect(config.matcher.some((m) => m.has)).toBe(true);
  const file = path.join(process.env.NEXT_DIST_DIR ?? ".next", "prerender-manifest.json");
  const routes = JSON.parse(fs.readFileSync(file, "utf8")).routes as Record<
    string,
    { srcRoute: string | null }
  >;
  const pages = Object.entries(routes)
    .filter(([internal]) => locales.some((l) => internal === `/${l}` || internal.startsWith(`/${l}/`)))
    .map(([internal, { srcRoute }]) => {
      const route = srcRoute ?? internal.replace(/^\/\w+/, "/[locale]");
      const params = srcRoute ? paramsOf(srcRoute, internal) : { locale: internal.split("/")[1] };
      return { locale: params.locale, address: publicPath(route, params) };
    });
  // Every kind of public page is there: the home, indexes, profiles and pillar pages.
  expect(pages.length).toBeGreaterThan(60);
  const proxied = pages.filter(
    ({ locale, address }) =>
      unstable_doesMiddlewareMatch({ config, url: address }) ||
      unstable_doesMiddlewareMatch({ config, url: address, cookies: { [LOCALE_COOKIE]: locale } }),
  );
  expect(proxied.map((p) => p.address)).toEqual([]);
});
