import { describe, expect, it } from "vitest";
import { localize, type TranslationRow } from "@/lib/content/shared";
import { locales } from "@/lib/i18n/routing";

const row = (locale: TranslationRow["locale"], slug: string): TranslationRow => ({
  locale,
  slug,
  name: `name-${locale}`,
  summary: "",
  body: "",
  seoDescription: null,
  publishedAt: new Date("2026-01-01T00:00:00Z"),
  updatedAt: new Date("2026-01-02T00:00:00Z"),
});

describe("localize", () => {
  it("uses the reader's translation and each locale's own slug", () => {
    const text = localize(
      locales.map((l) => row(l, `a-${l}`)),
      "fr",
    );
    expect(text).toMatchObject({ lang: "fr", isFallback: false, name: "name-fr" });
    expect(text?.slugs).toEqual(Object.fromEntries(locales.map((l) => [l, `a-${l}`])));
  });

  it("falls back, flags it, and gives the missing locale the fallback's slug", () => {
    const others = locales.filter((l) => l !== "nl");
    const text = localize(
      others.map((l) => row(l, `a-${l}`)),
      "nl",
    );
    expect(text).toMatchObject({ lang: "en", isFallback: true, slug: "a-en" });
    expect(text?.slugs).toEqual({ ...Object.fromEntries(others.map((l) => [l, `a-${l}`])), nl: "a-en" });
  });

  it("returns null when nothing is published", () => {
    expect(localize([], "en")).toBeNull();
  });

  it("returns plain JSON (dates as ISO strings) for the data cache", () => {
    const text = localize([row("en", "x")], "en");
    expect(text?.updatedAt).toBe("2026-01-02T00:00:00.000Z");
    expect(JSON.parse(JSON.stringify(text))).toEqual(text);
  });
});
