// What the Node server answers before Next routes a request (lib/http/early-answer.ts), since
// public pages are served without the proxy.
import { describe, expect, it } from "vitest";
import { earlyAnswer, plain, refusalOf } from "@/lib/http/early-answer";

const get = (path: string) =>
  earlyAnswer({ method: "GET", url: `http://portal.test${path}`, headers: new Headers() });

describe("earlyAnswer", () => {
  it("lets ordinary pages, files and the API through", () => {
    for (const path of [
      "/",
      "/nl",
      "/nl/organisaties",
      "/fr/a-propos",
      "/en/feed.xml",
      "/api/v1/organisations",
    ])
      expect(get(path), path).toBeNull();
  });

  it("sends an address under a locale typed in capitals or with accents to its plain spelling", () => {
    for (const [from, to] of [
      ["/nl/Organisaties", "/nl/organisaties"],
      ["/fr/accessibilit%C3%A9", "/fr/accessibilite"],
      ["/fr/%C3%A0-propos?x=1", "/fr/a-propos?x=1"],
      ["/de/Regionen/Wallonien", "/de/regionen/wallonien"],
    ]) {
      const answer = get(from);
      expect(answer?.status, from).toBe(308);
      expect(answer?.headers.get("location"), from).toBe(to);
    }
  });

  it("keeps escapes that are not letters, and leaves unprefixed addresses to the proxy", () => {
    expect(plain("/nl/a%20b")).toBe("/nl/a%20b");
    expect(plain("/nl/%E2%82%AC")).toBe("/nl/%E2%82%AC");
    expect(refusalOf("GET", "/nl/a%20b")).toBeNull();
    expect(refusalOf("GET", "/Zoeken")).toBeNull();
    expect(refusalOf("GET", "/NL/organisaties")).toBeNull();
  });

  it("answers 404 for the folder the organisations list's pages are rewritten to", async () => {
    const answer = get("/en/organisation-list/all/1");
    expect(answer?.status).toBe(404);
    expect(await answer?.text()).toContain('<meta name="robots" content="noindex">');
    expect(get("/en/organisations")).toBeNull();
  });

  it("refuses undecodable paths, control characters and overlong segments", async () => {
    expect(get("/nl/%C0%AE")?.status).toBe(400);
    expect(get("/nl/a%00b")?.status).toBe(400);
    const long = get(`/nl/${"a".repeat(500)}`);
    expect(long?.status).toBe(404);
    expect(await long?.text()).toContain('lang="nl"');
  });
});
