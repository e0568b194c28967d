import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveTranslation, deleteEntity, saveTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { readBrokenReferences } from "@/lib/admin/references";
import { readWorkingCopy } from "@/lib/content/editorial";
import { readReferenceTargets, referenceIds } from "@/lib/content/references";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { signedIn } from "../helpers/auth";

const run = `links-${randomUUID().slice(0, 8)}`;
let editor: Headers;
let targetId: string;
let sourceId: string;
const target = { type: "organisation" as const, key: `${run}-target` };

afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: run } } });
  await db.$disconnect();
});

async function save(id: string, locale: Locale, fields: Record<string, string>, intent = "publish") {
  const version = (await readWorkingCopy(db, "organisation", id, locale))?.version ?? 0;
  return runAction(
    saveTranslation,
    {
      type: "organisation",
      id,
      locale,
      version,
      slug: "",
      summary: "Summary.",
      body: "Text.",
      intent,
      ...fields,
    },
    editor,
    () => {},
  );
}

const resolve = async (locale: Locale) =>
  (await readReferenceTargets(locale, referenceIds([target])))[`organisation/${target.key}`];

beforeAll(async () => {
  editor = (await signedIn("editor")).headers;
  const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
  const made = async (key: string) =>
    (await db.organisation.create({ data: { key, regionId: region.id } })).id;
  targetId = await made(target.key);
  sourceId = await made(`${run}-source`);
  // The target in Dutch and English only: French and German readers fall back to English.
  expect((await save(targetId, "nl", { name: `${run} Doel`, slug: `${run}-doel` })).ok).toBe(true);
  expect((await save(targetId, "en", { name: `${run} Target`, slug: `${run}-target` })).ok).toBe(true);
});

describe("a reference to an item", () => {
  it("leads to the item's page in each language, or to the fallback's with its language", async () => {
    expect(await resolve("nl")).toEqual({ path: `/nl/organisaties/${run}-doel`, fallback: null });
    expect(await resolve("en")).toEqual({ path: `/en/organisations/${run}-target`, fallback: null });
    expect(await resolve("fr")).toEqual({ path: `/fr/organisations/${run}-target`, fallback: "en" });
    expect(await resolve("de")).toEqual({ path: `/de/organisationen/${run}-target`, fallback: "en" });
  });

  it("is saved in a text, and is refused when it names no item, keeping nothing half-written", async () => {
    const body = `See [the target](item:organisation/${target.key}).`;
    expect((await save(sourceId, "nl", { name: `${run} Bron`, body })).ok).toBe(true);
    expect((await save(sourceId, "fr", { name: `${run} Source`, body })).ok).toBe(true);
    const before = await readWorkingCopy(db, "organisation", sourceId, "nl");
    const unknown = await save(sourceId, "nl", {
      name: `${run} Bron`,
      body: `${body} And [nothing](item:organisation/${run}-nowhere).`,
    });
    expect(unknown).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { body: ["unknownReference"] },
    });
    const malformed = await save(sourceId, "nl", { name: `${run} Bron`, body: "[x](item:thing/x)" });
    expect(malformed).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { body: ["invalidReference"] },
    });
    expect((await readWorkingCopy(db, "organisation", sourceId, "nl"))?.version).toBe(before?.version);
  });

  it("follows a slug change at once", async () => {
    expect((await save(targetId, "nl", { name: `${run} Doel`, slug: `${run}-nieuw` })).ok).toBe(true);
    expect(await resolve("nl")).toEqual({ path: `/nl/organisaties/${run}-nieuw`, fallback: null });
    expect(await readBrokenReferences("en")).not.toContainEqual(
      expect.objectContaining({ target: expect.objectContaining({ key: target.key }) }),
    );
  });

  it("to an item archived in one language falls back and is reported; archived in all, plain text", async () => {
    const archive = async (locale: Locale) => {
      const version = (await readWorkingCopy(db, "organisation", targetId, locale))!.version;
      const result = await runAction(
        archiveTranslation,
        { type: "organisation", id: targetId, locale, version, confirm: "yes" },
        editor,
        () => {},
      );
      expect(result.ok, JSON.stringify(result)).toBe(true);
    };
    await archive("nl");
    expect(await resolve("nl")).toEqual({ path: `/nl/organisaties/${run}-target`, fallback: "en" });
    const mine = async () => (await readBrokenReferences("en")).filter((b) => b.target.key === target.key);
    expect(await mine()).toEqual([
      {
        source: { type: "organisation", id: sourceId, name: `${run} Bron`, locale: "nl" },
        target: { ...target, name: `${run} Target` },
        problem: "archived",
        fallback: "en",
      },
    ]);
    await archive("en");
    expect(await resolve("nl")).toBeNull();
    expect(await resolve("fr")).toBeNull();
    expect((await mine()).map((b) => [b.source.locale, b.problem, b.fallback]).sort()).toEqual([
      ["fr", "missing", null],
      ["nl", "archived", null],
    ]);
  });

  it("to a deleted item is plain text, reported as deleted, and refused in a new save", async () => {
    const result = await runAction(
      deleteEntity,
      { type: "organisation", id: targetId, confirm: "yes" },
      editor,
      () => {},
    );
    expect(result.ok).toBe(true);
    expect(await resolve("nl")).toBeNull();
    const reported = (await readBrokenReferences("en")).filter((b) => b.target.key === target.key);
    expect(reported.map((b) => [b.source.locale, b.problem, b.target.name]).sort()).toEqual([
      ["fr", "deleted", null],
      ["nl", "deleted", null],
    ]);
    const again = await save(sourceId, "nl", {
      name: `${run} Bron`,
      body: `Changed: [the target](item:organisation/${target.key}).`,
    });
    expect(again).toMatchObject({ ok: false, fieldErrors: { body: ["unknownReference"] } });
  });
});
