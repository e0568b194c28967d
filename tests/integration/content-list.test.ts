// The admin's content list and its search: names, keys, and the words of every working copy
// (drafts included, in any language), each hit with where it matched.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContentList, readRegionOptions } from "@/lib/admin/content-list";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

let editor: Awaited<ReturnType<typeof signedIn>>;
let o: { id: string; key: string };
const word = `kolibrie${randomUUID().slice(0, 6)}`;
const gone = `zebravink${randomUUID().slice(0, 6)}`;
const imported = `pelikaan${randomUUID().slice(0, 6)}`;

beforeAll(async () => {
  editor = await signedIn("editor");
  const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
  o = await db.organisation.create({
    data: { key: `list-${randomUUID().slice(0, 8)}`, regionId: region.id },
  });
  await save("en", "publish", { name: "Listed agency", body: `It works on ${gone} data.` });
  await save("nl", "publish", { name: "Vermeld agentschap", summary: "Gepubliceerde samenvatting." });
  // A draft of the published Dutch text, with a word the public page does not have yet.
  await save("nl", "draft", {
    name: "Vermeld agentschap",
    summary: `Het agentschap deelt gegevens over de ${word} met de gemeenten.`,
  });
  // The English draft drops the word that the public English text still has.
  await save("en", "draft", { name: "Listed agency", body: "It works on data." });
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "list-" } } });
  await db.$disconnect();
});

const save = (
  locale: Locale,
  intent: "draft" | "publish",
  fields: { name: string; summary?: string; body?: string },
) => saveText(editor.headers, o.id, locale, intent, fields);

const search = (q: string, ui: Locale = "en") => readContentList({ q, page: 1 }, ui);

describe("content list search", () => {
  it("finds words of a working copy's summary in another language, and shows them", async () => {
    const { rows, total } = await search(word.toUpperCase());
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ id: o.id, match: { field: "summary", locale: "nl" } });
    expect(rows[0].match!.snippet).toEqual({
      before: "Het agentschap deelt gegevens over de ",
      match: word,
      after: " met de gemeenten.",
    });
    expect(rows[0].languages.nl).toMatchObject({ status: "draft", publicStatus: "published" });
  });

  it("searches the working copy, not the public text it replaces", async () => {
    expect((await search(gone)).total).toBe(0);
  });

  it("still finds names and keys, and says so", async () => {
    const byName = await search("vermeld agentschap", "nl");
    expect(byName.rows.map((r) => r.id)).toEqual([o.id]);
    expect(byName.rows[0].match).toMatchObject({ field: "name", locale: "nl" });
    const byKey = await search(o.key);
    expect(byKey.rows[0].match).toMatchObject({ field: "key", locale: null, snippet: { match: o.key } });
  });

  it("finds the text of a row written outside the admin, which has no revision", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
    const plain = `list-${randomUUID().slice(0, 8)}`;
    await db.organisation.create({
      data: {
        key: plain,
        regionId: region.id,
        translations: {
          create: {
            locale: "fr",
            slug: plain,
            name: "Importé",
            body: `Un texte sur le ${imported}.`,
            status: "published",
          },
        },
      },
    });
    const { rows } = await search(imported);
    expect(rows.map((r) => [r.key, r.match?.field, r.match?.locale])).toEqual([[plain, "body", "fr"]]);
  });

  it("takes % and _ literally", async () => {
    expect((await search("%")).total).toBe(0);
    expect((await search("_")).total).toBe(0);
  });

  it("combines the search with the filters", async () => {
    expect((await readContentList({ q: word, status: "draft", locale: "nl", page: 1 })).total).toBe(1);
    expect((await readContentList({ q: word, status: "draft", locale: "fr", page: 1 })).total).toBe(0);
    expect((await readContentList({ q: word, type: "initiative", page: 1 })).total).toBe(0);
    expect((await readContentList({ q: word, region: "flanders", page: 1 })).total).toBe(1);
  });
});

describe("region options", () => {
  it("names the regions in the reader's language, in their order", async () => {
    const regions = await readRegionOptions("fr");
    expect(regions.find((r) => r.key === "wallonia")?.name).toBe("Wallonie");
  });
});

describe("content list order and page size", () => {
  const sortWord = `sortkey${randomUUID().slice(0, 6)}`;
  const made: Record<string, string> = {};
  beforeAll(async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
    // Keys carry the search word; names in English (and one only in Dutch), states in Dutch.
    const items = [
      { key: `list-${sortWord}-1`, name: "beta", nl: "published" },
      { key: `list-${sortWord}-2`, name: "Alpha", nl: "draft" },
      { key: `list-${sortWord}-3`, name: "Gamma", nl: null },
    ] as const;
    for (const item of items) {
      const row = await db.organisation.create({
        data: {
          key: item.key,
          regionId: region.id,
          translations: {
            create: [
              { locale: "en", slug: `${item.key}-en`, name: item.name, status: "draft" },
              ...(item.nl
                ? [{ locale: "nl" as const, slug: `${item.key}-nl`, name: item.name, status: item.nl }]
                : []),
            ],
          },
        },
      });
      made[item.name] = row.id;
    }
  });
  const names = async (sort: Parameters<typeof readContentList>[0]["sort"], extra = {}) =>
    (await readContentList({ q: sortWord, page: 1, sort, ...extra }, "en")).rows.map(
      (r) => r.languages.en!.name,
    );

  it("sorts by name either way, whatever the case", async () => {
    expect(await names({ key: "name", direction: "asc" })).toEqual(["Alpha", "beta", "Gamma"]);
    expect(await names({ key: "name", direction: "desc" })).toEqual(["Gamma", "beta", "Alpha"]);
  });

  it("sorts by a language's status, a missing translation last both ways", async () => {
    expect(await names({ key: "status-nl", direction: "asc" })).toEqual(["Alpha", "beta", "Gamma"]);
    expect(await names({ key: "status-nl", direction: "desc" })).toEqual(["beta", "Alpha", "Gamma"]);
  });

  it("sorts by type in the order given, and pages by the size chosen", async () => {
    const byType = await readContentList(
      {
        q: sortWord,
        page: 1,
        sort: { key: "type", direction: "asc" },
        typeOrder: ["organisation", "region"],
      },
      "en",
    );
    expect(byType.total).toBe(3);
    const small = await readContentList({ q: sortWord, page: 2, pageSize: 25 }, "en");
    expect(small.rows).toEqual([]);
    // A size not offered falls back to the default.
    expect((await readContentList({ q: sortWord, page: 1, pageSize: 2 }, "en")).rows).toHaveLength(3);
  });
});
