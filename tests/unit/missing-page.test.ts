import { describe, expect, it } from "vitest";
import { reachesMissingPage } from "@/lib/http/early-answer";
import { pathFor } from "@/lib/i18n/paths";
import { locales } from "@/lib/i18n/routing";

describe("reachesMissingPage", () => {
  it("is true for a locale's address that matches no page", () => {
    for (const url of [
      "/nl/bestaat/helemaal/niet",
      "/fr/cette/page/nexiste/pas",
      "/en/regions/wallonia/more",
      "/de/gibt/es/nicht",
      "/nl/made-up.png",
      "/fr/feed.xml/more",
    ])
      expect(reachesMissingPage(url), url).toBe(true);
  });

  it("is false for pages, other spellings, files and addresses outside the locales", () => {
    for (const locale of locales) {
      for (const url of [
        pathFor(locale, "/"),
        pathFor(locale, "/search"),
        pathFor(locale, "/contact/thanks"),
        pathFor(locale, { pathname: "/organisations/[slug]", params: { slug: "made-up" } }),
        pathFor(locale, { pathname: "/strategy/[slug]/[pillar]", params: { slug: "a", pillar: "b" } }),
        `/${locale}/feed.xml`,
      ])
        expect(reachesMissingPage(url), url).toBe(false);
    }
    for (const url of [
      "/",
      "/admin/content",
      "/api/v1/organisations",
      "/es/organisaties",
      "/_next/static/a.js",
    ])
      expect(reachesMissingPage(url), url).toBe(false);
  });
});
