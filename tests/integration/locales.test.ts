// The database knows the locales of lib/i18n/routing.ts: its Locale enum has them all, and each
// searches with its own language's stemmer and without accents (the search migrations).
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import { db } from "@/lib/db";
import type { Locale as DatabaseLocale } from "@/lib/generated/prisma/enums";
import { locales, type Locale } from "@/lib/i18n/routing";

/** The PostgreSQL stemmer of each locale's text-search configuration. */
const stemmer: Record<Locale, string> = {
  nl: "dutch_stem",
  fr: "french_stem",
  de: "german_stem",
  en: "english_stem",
};

afterAll(() => db.$disconnect());

describe("locales in the database", () => {
  it("has the Locale enum of routing.ts", async () => {
    expectTypeOf<DatabaseLocale>().toEqualTypeOf<Locale>();
    const rows = await db.$queryRaw<{ locale: string }[]>`
      SELECT unnest(enum_range(NULL::"Locale"))::text AS locale`;
    expect(rows.map((r) => r.locale).sort()).toEqual([...locales].sort());
  });

  it.each(locales)("searches %s with unaccent and its stemmer", async (locale) => {
    // "Fähigkeit" is a word with a letter outside ASCII: the token type the migrations map.
    const [row] = await db.$queryRaw<{ config: string; dictionaries: string[] }[]>`
      SELECT search_config(${locale}::"Locale")::text AS config, d.dictionaries::text[] AS dictionaries
        FROM ts_debug(search_config(${locale}::"Locale"), 'Fähigkeit') AS d`;
    expect(row).toEqual({ config: `search_${locale}`, dictionaries: ["unaccent", stemmer[locale]] });
  });
});
