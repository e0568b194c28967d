import { describe, expect, it } from "vitest";
import { autonyms, fallbackOrder, langAttribute, languagePrefix, negotiateLocale } from "@/lib/i18n/locales";
import { locales } from "@/lib/i18n/routing";

describe("negotiateLocale", () => {
  it.each([
    ["fr-BE,fr;q=0.9,en;q=0.8", "fr"],
    ["nl-BE", "nl"],
    ["de-DE,de;q=0.9,en;q=0.5", "de"],
    ["de-BE", "de"],
    ["es-ES,es;q=0.9,en;q=0.5", "en"],
    ["en;q=0.4,nl;q=0.8", "nl"],
    ["EN-gb", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it.each([[null], [""], ["es-ES,es;q=0.9"], ["*"], ["fr;q=0"]])("%s → no usable language", (header) => {
    expect(negotiateLocale(header)).toBeNull();
  });
});

describe("fallbackOrder", () => {
  it.each(locales.filter((l) => l !== "en"))(
    "tries the reader's language (%s) first, then English",
    (locale) => {
      expect(fallbackOrder(locale).slice(0, 2)).toEqual([locale, "en"]);
    },
  );

  it.each(locales)("tries every locale once for a reader of %s", (locale) => {
    expect([...fallbackOrder(locale)].sort()).toEqual([...locales].sort());
  });

  it("tries the rest in the order of the locales", () => {
    expect(fallbackOrder("en")).toEqual(["en", ...locales.filter((l) => l !== "en")]);
  });
});

describe("languagePrefix", () => {
  it.each([
    ["EN", "en"],
    ["fr-BE", "fr"],
    ["nl-be", "nl"],
    ["DE-be", "de"],
    ["es", "unsupported"],
    ["es-ES", "unsupported"],
    ["pt-BR", "unsupported"],
    ["organisaties", null],
    ["foo", null],
    ["api", null],
    ["x", null],
    ["regions", null],
  ])("%s → %s", (segment, expected) => {
    expect(languagePrefix(segment)).toBe(expected);
  });
});

describe("langAttribute", () => {
  it("names the language of a text shown in place of a missing translation, and only then", () => {
    expect(langAttribute({ lang: "en", isFallback: true })).toBe("en");
    expect(langAttribute({ lang: "fr", isFallback: false })).toBeUndefined();
  });
});

describe("autonyms", () => {
  it("names each language in itself, with a capital", () => {
    expect(autonyms).toEqual({ nl: "Nederlands", fr: "Français", de: "Deutsch", en: "English" });
  });
});
