// Translated addresses as the Node server maps them (lib/i18n/rewrites.ts): each locale's spelling
// to the app's folder, another language's spelling to this locale's.
import { describe, expect, it } from "vitest";
import { pathFor } from "@/lib/i18n/paths";
import { internalAddress, respelled } from "@/lib/i18n/rewrites";
import { locales } from "@/lib/i18n/routing";

const none = new URLSearchParams();

describe("internalAddress", () => {
  it("serves each locale's spelling from the folder, with its segments as they came", () => {
    expect(internalAddress("/nl/organisaties/digitaal-vlaanderen", none)).toBe(
      "/nl/organisations/digitaal-vlaanderen",
    );
    expect(internalAddress("/fr/a-propos", none)).toBe("/fr/about");
    expect(internalAddress("/de/strategie/dw/digitale-kompetenzen", none)).toBe(
      "/de/strategy/dw/digitale-kompetenzen",
    );
    expect(internalAddress("/nl/organisaties/caf%C3%A9", none)).toBe("/nl/organisations/caf%C3%A9");
    for (const locale of locales.filter((l) => l !== "en"))
      expect(internalAddress(pathFor(locale, "/search"), none)).toBe(`/${locale}/search`);
  });

  it("leaves the folder's own addresses, unknown ones and trailing slashes to Next", () => {
    for (const path of [
      "/en",
      "/nl",
      "/en/organisations/bosa",
      "/nl/bestaat/niet",
      "/nl/organisaties/",
      "/admin",
      "/es/x",
    ])
      expect(internalAddress(path, none), path).toBeNull();
  });

  it("serves the organisations list's region and page from a static page of their own", () => {
    const q = (s: string) => new URLSearchParams(s);
    expect(internalAddress("/nl/organisaties", q("region=wallonia&page=2"))).toBe(
      "/nl/organisation-list/wallonia/2",
    );
    expect(internalAddress("/en/organisations", q("region=brussels"))).toBe(
      "/en/organisation-list/brussels/1",
    );
    expect(internalAddress("/de/organisationen", q("page=3"))).toBe("/de/organisation-list/all/3");
    // The form's "every region" is an empty value; values of another shape: the first page.
    expect(internalAddress("/en/organisations", q("region="))).toBeNull();
    expect(internalAddress("/en/organisations", q("page=abc"))).toBeNull();
    expect(internalAddress("/en/organisations", q("region=Not%20A%20Key"))).toBeNull();
  });
});

describe("respelled", () => {
  it("sends another language's spelling, or the folder's name, to this locale's", () => {
    expect(respelled("/nl/organisations")).toBe("/nl/organisaties");
    expect(respelled("/nl/organisations/bosa")).toBe("/nl/organisaties/bosa");
    expect(respelled("/fr/gewesten/wallonie")).toBe("/fr/regions/wallonie");
    expect(respelled("/de/zoeken")).toBe("/de/suche");
    expect(respelled("/en/a-propos")).toBe("/en/about");
  });

  it("leaves this locale's own spellings and addresses that name nothing", () => {
    for (const path of ["/nl/organisaties", "/fr/regions", "/nl/bestaat/niet", "/es/organisaties", "/"])
      expect(respelled(path), path).toBeNull();
  });
});
