import { afterAll, describe, expect, it } from "vitest";
import { readResourcePage } from "@/lib/api/data";
import { listQuerySchema, listSchema, resourceNames } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { atomFeed, readFeedEntries } from "@/lib/seo/feed";
import { readSitemapPages } from "@/lib/seo/sitemap";
import { XMLParser } from "fast-xml-parser";
import { locales } from "@/lib/i18n/routing";

afterAll(() => db.$disconnect());

describe("open-data API reads", () => {
  it.each(resourceNames)("%s: every item matches the published schema, in each locale", async (name) => {
    for (const locale of locales) {
      const page = await readResourcePage(name, { locale, page: 1, per_page: 100 });
      expect(page.total).toBeGreaterThan(0);
      expect(page.items.length).toBe(page.total);
      const parsed = listSchema(name).shape.data.safeParse(page.items);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(page.items.every((item) => item.language === locale)).toBe(true);
    }
  });

  it("pages through the items with stable order", async () => {
    const first = await readResourcePage("organisations", { locale: "en", page: 1, per_page: 4 });
    const second = await readResourcePage("organisations", { locale: "en", page: 2, per_page: 4 });
    expect(first.items).toHaveLength(4);
    expect(second.items).toHaveLength(first.total - 4);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(first.total);
  });

  it("leaves out what is not published", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
    const draft = await db.organisation.create({
      data: {
        key: "test-api-draft",
        regionId: region.id,
        translations: { create: [{ locale: "en", slug: "api-draft", name: "API draft", status: "draft" }] },
      },
    });
    try {
      const page = await readResourcePage("organisations", { locale: "en", page: 1, per_page: 100 });
      expect(page.items.some((i) => i.key === "test-api-draft")).toBe(false);
      const sitemap = await readSitemapPages();
      expect(sitemap.some((p) => Object.values(p.paths).some((path) => path?.includes("api-draft")))).toBe(
        false,
      );
      expect((await readFeedEntries("en")).some((e) => e.title === "API draft")).toBe(false);
    } finally {
      await db.organisation.delete({ where: { id: draft.id } });
    }
  });

  it("validates query parameters strictly", () => {
    expect(listQuerySchema.parse({})).toEqual({ locale: "en", page: 1, per_page: 50 });
    expect(listQuerySchema.safeParse({ locale: "es" }).success).toBe(false);
    expect(listQuerySchema.safeParse({ per_page: "1000" }).success).toBe(false);
    expect(listQuerySchema.safeParse({ page: "0" }).success).toBe(false);
    expect(listQuerySchema.safeParse({ page: "1e3" }).success).toBe(false);
    expect(listQuerySchema.safeParse({ sort: "name" }).success).toBe(false);
  });
});

describe("sitemap and feed", () => {
  it("lists every published page in every locale", async () => {
    const pages = await readSitemapPages();
    const paths = pages.flatMap((p) => Object.values(p.paths));
    expect(paths).toContain("/nl/organisaties/digitaal-vlaanderen");
    expect(paths).toContain("/fr/strategie/digital-wallonia-2019-2024/competences-numeriques-et-education");
    expect(paths).toContain("/en/regions/brussels");
    expect(new Set(paths).size).toBe(paths.length);
    // 11 fixed pages + 4 regions + 6 organisations + 9 initiatives + 1 strategy + 5 pillars, × the locales
    expect(paths).toHaveLength(36 * locales.length);
    expect(paths).toContain("/de/organisationen/bosa");
    expect(paths).toContain("/fr/a-propos");
  });

  it("builds a valid Atom feed per locale", async () => {
    const entries = await readFeedEntries("fr");
    const feed = new XMLParser({ ignoreAttributes: false }).parse(
      atomFeed({
        siteUrl: "https://example.be",
        locale: "fr",
        title: "Belgique numérique",
        subtitle: "s",
        entries,
      }),
    ).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.entry.length).toBeGreaterThan(10);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^tag:example\.be,2026:/);
      expect(entry.title).toBeTruthy();
      expect(entry.link["@_href"]).toMatch(/^https:\/\/example\.be\/fr\//);
      expect(new Date(entry.updated).toString()).not.toBe("Invalid Date");
    }
  });
});
