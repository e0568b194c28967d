// The translation dashboard's states against the real database: missing, draft, published, and
// outdated once the source language is published again after a translation.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/pipeline";
import { readTranslationMatrix } from "@/lib/admin/translation-matrix";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/lib/i18n/routing";
import { signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

let editor: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "matrix-" } } });
  await db.$disconnect();
});

const save = (id: string, locale: Locale, intent: "draft" | "publish", name: string) =>
  saveText(editor.headers, id, locale, intent, { name });

async function cellsOf(id: string) {
  const { rows } = await readTranslationMatrix({ type: "organisation", page: 1 });
  let row = rows.find((r) => r.id === id);
  for (let page = 2; !row; page++) {
    const next = await readTranslationMatrix({ type: "organisation", page });
    if (!next.rows.length) break;
    row = next.rows.find((r) => r.id === id);
  }
  return row!.cells;
}

describe("translation dashboard", () => {
  it("the seed has every item in every language, none outdated", async () => {
    // Other test files edit some seeded items: judge only those nobody has saved since the seed.
    const edited = new Set(
      (await db.revision.findMany({ where: { version: { gt: 1 } }, select: { entityId: true } })).map(
        (r) => r.entityId,
      ),
    );
    const untouched = [];
    for (let page = 1; ; page++) {
      const { rows } = await readTranslationMatrix({ page });
      if (!rows.length) break;
      untouched.push(...rows.filter((r) => !edited.has(r.id) && !r.key.startsWith("matrix-")));
    }
    expect(untouched.length).toBeGreaterThan(20);
    for (const row of untouched) {
      expect(
        Object.values(row.cells).map((c) => c.state),
        row.key,
      ).toEqual(locales.map(() => "published"));
    }
  });

  it("marks the French translation outdated after the Dutch source is published again", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
    const o = await db.organisation.create({
      data: { key: `matrix-${randomUUID().slice(0, 8)}`, regionId: region.id, sourceLocale: "nl" },
    });
    await save(o.id, "nl", "publish", `Bron ${o.key}`);
    await save(o.id, "fr", "publish", `Source ${o.key}`);
    let cells = await cellsOf(o.id);
    expect([cells.nl.state, cells.fr.state, cells.en.state]).toEqual(["published", "published", "missing"]);

    // A draft of the source changes nothing for the translations…
    await save(o.id, "nl", "draft", `Bron ${o.key} (ontwerp)`);
    expect((await cellsOf(o.id)).fr.state).toBe("published");
    // …publishing it makes them outdated.
    await save(o.id, "nl", "publish", `Bron ${o.key} (nieuw)`);
    cells = await cellsOf(o.id);
    expect(cells.nl.state).toBe("published");
    expect(cells.fr).toMatchObject({ state: "outdated", sourcePublishedAt: expect.any(String) });

    const outdated = await readTranslationMatrix({ locale: "fr", state: "outdated", page: 1 });
    expect(outdated.rows.map((r) => r.id)).toContain(o.id);
    expect(outdated.totals.fr?.outdated).toBeGreaterThanOrEqual(1);

    // The translator starts updating: in progress; once published, up to date again.
    await save(o.id, "fr", "draft", `Source ${o.key} (mise à jour)`);
    expect((await cellsOf(o.id)).fr.state).toBe("draft");
    await save(o.id, "fr", "publish", `Source ${o.key} (mise à jour)`);
    expect((await cellsOf(o.id)).fr.state).toBe("published");
    expect(
      (await readTranslationMatrix({ locale: "fr", state: "outdated", page: 1 })).rows.map((r) => r.id),
    ).not.toContain(o.id);
  });

  it("an item created in a language takes it as its source", async () => {
    const { createEntity } = await import("@/lib/actions/content");
    const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
    const created = await runAction(
      createEntity,
      {
        type: "organisation",
        locale: "fr",
        name: "Matrix créé",
        key: `matrix-${randomUUID().slice(0, 8)}`,
        regionId: region.id,
        focusAreas: [],
        position: "0",
      },
      editor.headers,
      () => {},
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const row = await db.organisation.findUniqueOrThrow({
      where: { id: (created.data as { id: string }).id },
    });
    expect(row.sourceLocale).toBe("fr");
  });
});
