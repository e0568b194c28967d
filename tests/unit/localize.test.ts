import { describe, expect, it } from "vitest";
import { localize, type TranslationRow } from "@/lib/content/shared";

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
    const text = localize([row("nl", "a-nl"), row("fr", "a-fr"), row("en", "a-en")], "fr");
    expect(text).toMatchObject({ lang: "fr", isFallback: false, name: "name-fr" });
    expect(text?.slugs).toEqual({ nl: "a-nl", fr: "a-fr", en: "a-en" });
  });

  it("falls back, flags it, and gives the missing locale the fallback's slug", () => {
    const text = localize([row("fr", "a-fr"), row("en", "a-en")], "nl");
    expect(text).toMatchObject({ lang: "en", isFallback: true, slug: "a-en" });
    expect(text?.slugs).toEqual({ nl: "a-en", fr: "a-fr", en: "a-en" });
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
