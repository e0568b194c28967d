// Public search on the seeded content: words inside Dutch compounds, full-text matches first,
// French and English unchanged, and snippets made of whole words. Runs on the database the suite
// runs on: PostgreSQL, or the embedded one with TEST_DATABASE_KIND=pglite.
import { afterAll, describe, expect, it } from "vitest";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/content/search-snippet";
import { readSearch, type SearchHit } from "@/lib/content/search";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

afterAll(() => db.$disconnect());

const names = async (locale: Locale, q: string) =>
  (await readSearch(locale, q)).groups.flatMap((g) => g.hits.map((h) => h.name));
const marked = (hit: SearchHit) =>
  hit.snippet.flatMap((f) =>
    [...f.text.matchAll(new RegExp(`${HIGHLIGHT_START}(.*?)${HIGHLIGHT_END}`, "g"))].map((m) => m[1]),
  );

describe("Dutch compounds", () => {
  it("'vaardigheden' finds 'Digitale basisvaardigheden van burgers', after the full-text matches", async () => {
    const result = await readSearch("nl", "vaardigheden");
    const projects = result.groups.find((g) => g.type === "project")!.hits;
    const compound = projects.findIndex((h) => h.name === "Digitale basisvaardigheden van burgers");
    expect(compound).toBeGreaterThan(-1);
    // WallCode says "vaardigheden" itself: a full-text match, ranked before the compound.
    expect(projects.findIndex((h) => h.name === "WallCode")).toBeLessThan(compound);
    expect(marked(projects[compound]).map((m) => m.toLowerCase())).toContain("basisvaardigheden");
    expect(result.groups.find((g) => g.type === "pillar")!.hits[0].name).toBe(
      "Digitale vaardigheden en onderwijs",
    );
  });

  it("finds the compound from another form of the word, and not when the query excludes a word of it", async () => {
    expect(await names("nl", "vaardigheid")).toContain("Digitale basisvaardigheden van burgers");
    expect(await names("nl", "band")).toEqual(expect.arrayContaining(["Breedband in Wallonië"]));
    expect(await names("nl", "vaardigheden -burgers")).not.toContain(
      "Digitale basisvaardigheden van burgers",
    );
    expect(await names("nl", "vaardigheden wallcode")).toEqual(["WallCode"]);
  });

  it("leaves French and English to whole words", async () => {
    expect(await names("en", "band")).toEqual([]);
    expect(await names("fr", "debit")).toEqual(
      expect.arrayContaining(["Équipement et haut débit pour les écoles"]),
    );
    const english = await readSearch("en", "wallcoed");
    expect(english.total).toBe(0);
    expect(english.suggestions).toContain("WallCode");
  });
});

describe("snippets", () => {
  it("are whole words of the text, each passage at its place", async () => {
    for (const [locale, q] of [
      ["nl", "breedband"],
      ["nl", "vaardigheden"],
      ["fr", "competences numeriques"],
      ["en", "digital"],
    ] as const) {
      const result = await readSearch(locale, q);
      const hits = result.groups.flatMap((g) => g.hits).filter((h) => h.type === "organisation");
      expect(hits.length, `${locale} ${q}`).toBeGreaterThan(0);
      for (const hit of hits) {
        const row = await db.organisationTranslation.findFirstOrThrow({
          where: { organisationId: hit.id, locale },
        });
        const text = ` ${`${row.summary} ${row.body}`.replace(/[*_#>`[\]]/g, "").replace(/\s+/g, " ")} `;
        for (const fragment of hit.snippet) {
          const plain = fragment.text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
          expect(text, `${locale} ${q}: ${plain}`).toContain(` ${plain} `);
          expect(fragment.cutStart).toBe(!text.startsWith(` ${plain} `));
        }
      }
    }
  });
});

describe("German", () => {
  it("'Fähigkeiten' finds a text that says 'Fähigkeit', also typed without the umlaut", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
    const organisation = await db.organisation.create({
      data: {
        key: `search-de-${Date.now()}`,
        regionId: region.id,
        translations: {
          create: {
            locale: "de",
            slug: `suchtest-${Date.now()}`,
            name: "Suchtest Agentur",
            summary: "Eine Organisation für den Test der deutschen Suche.",
            body: "Sie stärkt jede digitale Fähigkeit der Bürgerinnen und Bürger.",
            status: "published",
            publishedAt: new Date(),
          },
        },
      },
    });
    try {
      expect(await names("de", "Fähigkeiten")).toContain("Suchtest Agentur");
      expect(await names("de", "Fahigkeiten")).toContain("Suchtest Agentur");
      expect(await names("de", "Fähigkeiten")).not.toContain("Digitale Kompetenzen und Bildung");
    } finally {
      await db.organisation.delete({ where: { id: organisation.id } });
    }
  });

  it("stems the seeded German texts: 'Kompetenz' finds the pillar of 'Kompetenzen'", async () => {
    expect(await names("de", "Kompetenz")).toContain("Digitale Kompetenzen und Bildung");
  });
});
