import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { readSlugRedirect } from "@/lib/content/redirects";
import { db } from "@/lib/db";
import { locales } from "@/lib/i18n/routing";

afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "slugs-" } } });
  await db.slugRedirect.deleteMany({ where: { oldSlug: { startsWith: "slugs-" } } });
  await db.$disconnect();
});

describe("a slug from another language", () => {
  it.each([
    ["region", "en", "wallonie", "/en/regions/wallonia"],
    ["region", "nl", "flandre", "/nl/gewesten/vlaanderen"],
    ["initiative", "nl", "haut-debit-wallonie", "/nl/initiatieven/breedband-wallonie"],
    [
      "pillar",
      "fr",
      "digital-skills-and-education",
      "/fr/strategie/digital-wallonia-2019-2024/competences-numeriques-et-education",
    ],
  ] as const)("%s %s/%s leads to this language's page", async (type, locale, slug, path) => {
    expect(await readSlugRedirect(type, locale, slug)).toBe(path);
  });

  it("of an organisation, current or old, leads to this language's current slug", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
    const key = `slugs-${randomUUID().slice(0, 8)}`;
    const organisation = await db.organisation.create({
      data: {
        key,
        regionId: region.id,
        translations: {
          create: locales.map((locale) => ({
            locale,
            slug: `${key}-${locale}`,
            name: `Name ${locale}`,
            summary: `Summary ${locale}`,
            status: "published" as const,
            publishedAt: new Date(),
          })),
        },
      },
    });
    await db.slugRedirect.create({
      data: { entityType: "organisation", entityId: organisation.id, locale: "nl", oldSlug: `${key}-oud` },
    });
    expect(await readSlugRedirect("organisation", "fr", `${key}-nl`)).toBe(`/fr/organisations/${key}-fr`);
    expect(await readSlugRedirect("organisation", "en", `${key}-oud`)).toBe(`/en/organisations/${key}-en`);
    expect(await readSlugRedirect("organisation", "nl", `${key}-oud`)).toBe(`/nl/organisaties/${key}-nl`);
  });

  it("typed with capitals leads to the page its lower-case form names", async () => {
    expect(await readSlugRedirect("region", "nl", "VLAANDEREN")).toBe("/nl/gewesten/vlaanderen");
    expect(await readSlugRedirect("region", "en", "Wallonie")).toBe("/en/regions/wallonia");
    expect(await readSlugRedirect("region", "nl", "NOWHERE")).toBeNull();
  });

  it("that is the same in this language, or unknown, leads nowhere", async () => {
    expect(await readSlugRedirect("region", "fr", "wallonie")).toBeNull();
    expect(await readSlugRedirect("initiative", "en", "nowhere")).toBeNull();
  });
});
