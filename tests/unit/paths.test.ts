import { describe, expect, it } from "vitest";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";

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
    const slugs = { nl: "brussel", fr: "bruxelles", en: "brussels" } as const;
    expect(alternatesFor((l) => ({ pathname: "/regions/[slug]", params: { slug: slugs[l] } }))).toEqual({
      nl: "/nl/gewesten/brussel",
      fr: "/fr/regions/bruxelles",
      en: "/en/regions/brussels",
    });
  });
});
