import { describe, expect, it } from "vitest";
import {
  alternatesFor,
  matchPath,
  parentPaths,
  pathFor,
  unprefixedTarget,
  withQuery,
} from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

describe("pathFor", () => {
  it("prefixes the locale and translates the words of the path", () => {
    expect(pathFor("nl", "/")).toBe("/nl");
    expect(pathFor("nl", "/organisations")).toBe("/nl/organisaties");
    expect(pathFor("fr", "/search")).toBe("/fr/recherche");
    expect(pathFor("fr", "/privacy")).toBe("/fr/vie-privee");
    expect(pathFor("en", "/compare")).toBe("/en/compare");
  });

  it("fills and encodes the parameters", () => {
    expect(pathFor("nl", { pathname: "/regions/[slug]", params: { slug: "wallonie" } })).toBe(
      "/nl/gewesten/wallonie",
    );
    expect(
      pathFor("en", { pathname: "/strategy/[slug]/[pillar]", params: { slug: "s", pillar: "a b/c" } }),
    ).toBe("/en/strategy/s/a%20b%2Fc");
  });

  it("gives each locale its own slug", () => {
    const slugs: Record<Locale, string> = { nl: "brussel", fr: "bruxelles", de: "bruessel", en: "brussels" };
    expect(alternatesFor((l) => ({ pathname: "/regions/[slug]", params: { slug: slugs[l] } }))).toEqual({
      nl: "/nl/gewesten/brussel",
      fr: "/fr/regions/bruxelles",
      de: "/de/regionen/bruessel",
      en: "/en/regions/brussels",
    } satisfies Record<Locale, string>);
  });
});

describe("matchPath", () => {
  it("names the page a path has the shape of, in its locale's words", () => {
    expect(matchPath("/nl")).toEqual({ locale: "nl", href: "/" });
    expect(matchPath("/nl/gewesten")).toEqual({ locale: "nl", href: "/regions" });
    expect(matchPath("/fr/strategie")).toEqual({ locale: "fr", href: "/strategy" });
    expect(matchPath("/de/regionen")).toEqual({ locale: "de", href: "/regions" });
    expect(matchPath("/fr/regions/wallonie")).toEqual({
      locale: "fr",
      href: { pathname: "/regions/[slug]", params: { slug: "wallonie" } },
    });
    expect(matchPath("/en/strategy/s/a%20b")).toEqual({
      locale: "en",
      href: { pathname: "/strategy/[slug]/[pillar]", params: { slug: "s", pillar: "a b" } },
    });
  });

  it("matches no page for another locale's words, an unknown shape or a bad escape", () => {
    expect(matchPath("/nl/regions")).toBeNull();
    expect(matchPath("/de/regions")).toBeNull();
    expect(matchPath("/en/initiatives/a/b")).toBeNull();
    expect(matchPath("/pt/regions")).toBeNull();
    expect(matchPath("/en/regions/%E0%A4%A")).toBeNull();
  });
});

describe("parentPaths", () => {
  it("lists the ancestors, nearest first, down to the locale's home", () => {
    expect(parentPaths("/nl/initiatieven/x")).toEqual(["/nl/initiatieven", "/nl"]);
    expect(parentPaths("/en/a/b/c")).toEqual(["/en/a/b", "/en/a", "/en"]);
    expect(parentPaths("/fr")).toEqual([]);
  });
});

describe("withQuery", () => {
  it("adds each locale's query string, and nothing when it is empty", () => {
    const alternates = alternatesFor(() => "/search");
    expect(withQuery(alternates, () => new URLSearchParams({ q: "vaardigheden" }))).toEqual({
      nl: "/nl/zoeken?q=vaardigheden",
      fr: "/fr/recherche?q=vaardigheden",
      de: "/de/suche?q=vaardigheden",
      en: "/en/search?q=vaardigheden",
    } satisfies Record<Locale, string>);
    expect(withQuery(alternates, () => new URLSearchParams())).toEqual(alternates);
  });
});

describe("unprefixedTarget", () => {
  it.each([
    ["/organisaties", "fr", "/fr/organisations"],
    ["/organisations", "nl", "/nl/organisaties"],
    ["/zoeken", "en", "/en/search"],
    ["/regions/wallonie", "nl", "/nl/gewesten/wallonie"],
    ["/english", "en", "/en/english"],
    ["/organisaties", "de", "/de/organisationen"],
    ["/suche", "fr", "/fr/recherche"],
  ] as const)("%s for a reader of %s → %s", (path, preferred, expected) => {
    expect(unprefixedTarget(path, preferred)).toBe(expected);
  });

  it.each([
    ["/organisaties", "/nl/organisaties"],
    ["/recherche", "/fr/recherche"],
    ["/vie-privee", "/fr/vie-privee"],
    ["/barrierefreiheit", "/de/barrierefreiheit"],
    ["/kontakt/danke", "/de/kontakt/danke"],
    ["/strategy/digital-wallonia-2019-2024", "/en/strategy/digital-wallonia-2019-2024"],
  ])("%s without a preference goes to the language its words are in: %s", (path, expected) => {
    expect(unprefixedTarget(path, null)).toBe(expected);
  });

  it("sends a path that names nothing, without a preference, to the default language's 404", () => {
    expect(unprefixedTarget("/english", null)).toBe("/nl/english");
    expect(unprefixedTarget("/asdf", null)).toBe("/nl/asdf");
  });
});
