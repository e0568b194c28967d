import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { locales, type Locale } from "@/lib/i18n/routing";
import { initiatives, organisations, regions, strategy } from "@/prisma/seed-data";

function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** Every text of the seed in one language, named by where it comes from; slugs are addresses, not text. */
function seedTexts(locale: Locale): [string, string][] {
  const items: { key: string; translations: Record<Locale, object> }[] = [
    ...regions,
    ...organisations,
    ...initiatives,
    strategy,
    ...strategy.pillars,
    ...strategy.pillars.flatMap((p) => p.projects),
  ];
  return items.flatMap((item) =>
    Object.entries(item.translations[locale])
      .filter(([field, text]) => field !== "slug" && typeof text === "string")
      .map(([field, text]) => [`${item.key}.${field}`, text as string] as [string, string]),
  );
}

const texts = (locale: Locale) => [...leaves(messages[locale]), ...seedTexts(locale)];
const NO_BREAK = "\u00a0\u202f";

/** Where `;:?!` lacks the no-break space French puts before it (URLs and Markdown images aside). */
function missingFrenchSpace(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/[;:?!]/g)) {
    const i = match.index;
    const after = text.slice(i + 1);
    if (match[0] === ":" && (after.startsWith("//") || /(?:mailto|https?)$/.test(text.slice(0, i)))) continue;
    if (match[0] === "!" && after.startsWith("[")) continue;
    if (!NO_BREAK.includes(text[i - 1] ?? "")) found.push(text.slice(Math.max(0, i - 20), i + 1));
  }
  return found;
}

const NAMES = new Set(["JSON", "CSV", "HTML", "Markdown", "Digitaal", "Digital", "Athumi", "BOSA"]);

/** Capitalised words right after a colon that are neither names nor acronyms. */
function capitalAfterColon(text: string): string[] {
  return [...text.matchAll(/:[\u00a0\u202f ]+\**(\p{Lu}[\p{L}.]*)/gu)]
    .filter((m) => !NAMES.has(m[1]!) && m[1] !== m[1]!.toUpperCase())
    .map((m) => m[0]);
}

describe("French typography", () => {
  it("has a no-break space before ; : ? ! in every message and seeded text", () => {
    const faults = texts("fr").flatMap(([where, text]) =>
      missingFrenchSpace(text).map((at) => `${where}: ${at}`),
    );
    expect(faults).toEqual([]);
  });

  it("has no-break spaces inside « »", () => {
    const faults = texts("fr")
      .filter(([, text]) => /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/.test(text))
      .map(([where]) => where);
    expect(faults).toEqual([]);
  });

  it("writes no capital after a colon, except for names and acronyms", () => {
    const faults = texts("fr").flatMap(([where, text]) =>
      capitalAfterColon(text).map((at) => `${where}: ${at}`),
    );
    expect(faults).toEqual([]);
  });

  it("writes every apostrophe as the typographic one (’), never the typewriter one (')", () => {
    const faults = texts("fr")
      .filter(([, text]) => /\p{L}'\p{L}/u.test(text))
      .map(([where, text]) => `${where}: ${text.slice(0, 60)}`);
    expect(faults).toEqual([]);
  });

  it("keeps inversions such as « a-t-elle » on one line, with no-break hyphens", () => {
    const faults = texts("fr")
      .filter(([, text]) => /\p{L}-t-(?:il|elle|on|ils|elles)\b/u.test(text))
      .map(([where]) => where);
    expect(faults).toEqual([]);
  });

  it("finds the faults it looks for", () => {
    expect(missingFrenchSpace("Aperçu : texte ; fin ? oui !")).toHaveLength(4);
    expect(missingFrenchSpace("Aperçu: texte")).toHaveLength(1);
    expect(missingFrenchSpace("Voir https://example.be ou mailto:x\u00a0: fin")).toEqual([]);
    expect(capitalAfterColon("Aperçu\u00a0: Cette page")).toEqual([": Cette"]);
    expect(capitalAfterColon("Format\u00a0: JSON, puis Digital Wallonia\u00a0: haut débit")).toEqual([]);
  });
});

describe.each(locales)("year ranges in %s", (locale) => {
  it("are written with an en dash", () => {
    const faults = texts(locale)
      .filter(([, text]) => /\b\d{4}\s*[-‐‑—−]\s*\d{4}\b|\b\d{4}\s+–\s*\d{4}\b|\b\d{4}–\s+\d{4}\b/.test(text))
      .map(([where, text]) => `${where}: ${text}`);
    expect(faults).toEqual([]);
  });
});

describe("Dutch wording", () => {
  const dutch = texts("nl");

  it("calls the home page the startpagina everywhere", () => {
    expect(dutch.filter(([, text]) => /\bHome\b/i.test(text)).map(([where]) => where)).toEqual([]);
  });

  it.each([
    ["Leidend agentschap", /leidend(e)? (digitaal )?agentschap/i],
    ["an actor of the transformation", /\been actor van\b/i],
    ["waarlangs", /\bwaarlangs\b/i],
    ["beantwoorden aan (a gallicism)", /\bbeantwoordt? aan\b/i],
    ["a flagship the sources do not name", /vlaggenschip/i],
  ])("avoids %s", (_, pattern) => {
    expect(dutch.filter(([, text]) => pattern.test(text)).map(([where]) => where)).toEqual([]);
  });
});

describe("labels the sources do not support", () => {
  const leadOrFlagship: Record<Locale, RegExp> = {
    en: /\blead (digital )?agenc|flagship/i,
    fr: /agence (numérique )?principale|initiatives? phares?/i,
    nl: /leidend|vlaggenschip/i,
    de: /führende (Digital)?agentur|Vorzeige|Leuchtturm/i,
  };
  it.each(locales)("%s names no lead agency or flagship initiative", (locale) => {
    const pattern = leadOrFlagship[locale];
    expect(
      texts(locale)
        .filter(([, text]) => pattern.test(text))
        .map(([where]) => where),
    ).toEqual([]);
  });

  const agencyOrProgramme: Record<Locale, RegExp> = {
    nl: /agentschap|programma/i,
    fr: /agence|programme/i,
    en: /agency|programme/i,
    de: /agentur|programm/i,
  };
  it.each(locales)("%s never calls Digital Wallonia an agency or a programme", (locale) => {
    const wrong = agencyOrProgramme[locale];
    const about = seedTexts(locale).filter(([where]) => where.startsWith("digital-wallonia."));
    expect(about.filter(([, text]) => wrong.test(text)).map(([where]) => where)).toEqual([]);
  });
});
