import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
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
