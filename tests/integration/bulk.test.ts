// Bulk publish, archive and submit from the content list, and the reordering of pillars and
// projects: each translation through the editor's own write, refused one by one.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkContent, type BulkOutcome } from "@/lib/actions/bulk";
import { reorderChildren } from "@/lib/actions/order";
import { runAction } from "@/lib/actions/pipeline";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

let editor: Awaited<ReturnType<typeof signedIn>>;
let translator: Awaited<ReturnType<typeof signedIn>>;
let regionId: string;

beforeAll(async () => {
  editor = await signedIn("editor");
  translator = await signedIn("translator", ["fr"]);
  regionId = (await db.region.findUniqueOrThrow({ where: { key: "flanders" } })).id;
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "bulk-" } } });
  await db.strategy.deleteMany({ where: { key: { startsWith: "bulk-" } } });
  await db.$disconnect();
});

/** Saves a text whose name (and so slug) no other test run uses. */
const tag = randomUUID().slice(0, 6);
const save = (...[headers, id, locale, intent, fields]: Parameters<typeof saveText>) =>
  saveText(headers, id, locale, intent, { ...fields, name: `${fields.name} ${tag} ${id.slice(-6)}` });

async function organisation() {
  return db.organisation.create({ data: { key: `bulk-${randomUUID().slice(0, 8)}`, regionId } });
}

const version = async (id: string, locale: Locale) =>
  (await readWorkingCopy(db, "organisation", id, locale))!.version;

/** The list's view of the items: every translation with its version now. */
async function seenOf(ids: string[]) {
  const seen: string[] = [];
  for (const id of ids)
    for (const locale of ["nl", "fr", "de", "en"] as const) {
      const working = await readWorkingCopy(db, "organisation", id, locale);
      if (working) seen.push(`organisation:${id}:${locale}:${working.version}`);
    }
  return seen;
}

const bulk = (
  headers: Headers,
  input: { intent: string; locale: string; ids: string[]; seen: string[]; confirm?: string },
) =>
  runAction(
    bulkContent,
    {
      intent: input.intent,
      locale: input.locale,
      items: input.ids.map((id) => `organisation:${id}`),
      seen: input.seen,
      ...(input.confirm ? { confirm: input.confirm } : {}),
    },
    headers,
    () => {},
  );

const outcomes = (result: Awaited<ReturnType<typeof bulk>>) => {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return (result as { data: { outcomes: BulkOutcome[] } }).data.outcomes;
};

describe("bulk actions", () => {
  it("publishes each complete text and refuses, untouched, the changed and the incomplete one", async () => {
    const [ready, changed, incomplete] = [await organisation(), await organisation(), await organisation()];
    await save(editor.headers, ready.id, "en", "draft", { name: "Ready agency" });
    await save(editor.headers, changed.id, "en", "draft", { name: "Changed agency" });
    await save(editor.headers, incomplete.id, "en", "draft", { name: "Bare agency", summary: "" });
    const seen = await seenOf([ready.id, changed.id, incomplete.id]);
    // Someone saves the second one after the list was read.
    await save(editor.headers, changed.id, "en", "draft", { name: "Changed agency", body: "Newer." });
    const before = await version(changed.id, "en");

    const result = outcomes(
      await bulk(editor.headers, {
        intent: "publish",
        locale: "en",
        ids: [ready.id, changed.id, incomplete.id],
        seen,
      }),
    );
    expect(result).toEqual([
      expect.objectContaining({
        id: ready.id,
        result: "done",
        name: `Ready agency ${tag} ${ready.id.slice(-6)}`,
      }),
      expect.objectContaining({ id: changed.id, result: "refused", reason: "conflict" }),
      expect.objectContaining({
        id: incomplete.id,
        result: "refused",
        reason: "incomplete",
        missing: ["summary"],
      }),
    ]);
    const published = await db.organisationTranslation.findFirstOrThrow({
      where: { organisationId: ready.id, locale: "en" },
    });
    expect(published).toMatchObject({
      status: "published",
      name: `Ready agency ${tag} ${ready.id.slice(-6)}`,
    });
    // The refused ones: no new version, no new revision, the public row as it was.
    expect(await version(changed.id, "en")).toBe(before);
    expect((await readWorkingCopy(db, "organisation", changed.id, "en"))!.content.body).toBe("Newer.");
    expect(
      await db.organisationTranslation.findFirstOrThrow({ where: { organisationId: incomplete.id } }),
    ).toMatchObject({ status: "draft" });
    expect(await db.revision.count({ where: { entityId: incomplete.id } })).toBe(1);
    const audited = await db.auditLog.findMany({
      where: { action: "content.publish", targetId: { in: [ready.id, changed.id, incomplete.id] } },
    });
    expect(audited.map((a) => a.targetId)).toEqual([ready.id]);
    expect(audited[0].detail).toMatchObject({ locale: "en", bulk: true });
  });

  it("acts in every language the item has when asked, and says when one is already done", async () => {
    const item = await organisation();
    await save(editor.headers, item.id, "nl", "draft", { name: "Agentschap" });
    await save(editor.headers, item.id, "fr", "review", { name: "Agence" });
    const result = outcomes(
      await bulk(editor.headers, {
        intent: "submit",
        locale: "all",
        ids: [item.id],
        seen: await seenOf([item.id]),
      }),
    );
    expect(result.map((o) => [o.locale, o.result])).toEqual([
      ["nl", "done"],
      ["fr", "unchanged"],
    ]);
    expect((await readWorkingCopy(db, "organisation", item.id, "nl"))!.status).toBe("in_review");
  });

  it("refuses a language the item does not have, when that language was asked for", async () => {
    const item = await organisation();
    await save(editor.headers, item.id, "en", "draft", { name: "English only" });
    const result = outcomes(
      await bulk(editor.headers, {
        intent: "submit",
        locale: "de",
        ids: [item.id],
        seen: await seenOf([item.id]),
      }),
    );
    expect(result).toEqual([
      expect.objectContaining({
        locale: "de",
        result: "refused",
        reason: "missing",
        // Named in the language it has.
        name: expect.stringMatching(/^English only /),
      }),
    ]);
  });

  it("lets a translator submit their own language only, and never publish", async () => {
    const item = await organisation();
    await save(editor.headers, item.id, "fr", "draft", { name: "Agence" });
    await save(editor.headers, item.id, "nl", "draft", { name: "Agentschap" });
    const seen = await seenOf([item.id]);
    const own = outcomes(
      await bulk(translator.headers, { intent: "submit", locale: "fr", ids: [item.id], seen }),
    );
    expect(own).toEqual([expect.objectContaining({ locale: "fr", result: "done" })]);
    const other = outcomes(
      await bulk(translator.headers, { intent: "submit", locale: "nl", ids: [item.id], seen }),
    );
    expect(other).toEqual([
      expect.objectContaining({ locale: "nl", result: "refused", reason: "forbidden" }),
    ]);
    expect((await readWorkingCopy(db, "organisation", item.id, "nl"))!.status).toBe("draft");
    // "Every language" is every language of theirs.
    const every = outcomes(
      await bulk(translator.headers, {
        intent: "submit",
        locale: "all",
        ids: [item.id],
        seen: await seenOf([item.id]),
      }),
    );
    expect(every.map((o) => o.locale)).toEqual(["fr"]);
    expect(
      await bulk(translator.headers, {
        intent: "publish",
        locale: "fr",
        ids: [item.id],
        seen: await seenOf([item.id]),
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("archives only once confirmed, and refuses an empty selection", async () => {
    const item = await organisation();
    await save(editor.headers, item.id, "en", "publish", { name: "To archive" });
    const seen = await seenOf([item.id]);
    expect(
      await bulk(editor.headers, { intent: "archive", locale: "en", ids: [item.id], seen }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { confirm: ["confirmArchive"] },
    });
    expect(await bulk(editor.headers, { intent: "publish", locale: "en", ids: [], seen })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { items: ["selectSome"] },
    });
    const done = outcomes(
      await bulk(editor.headers, { intent: "archive", locale: "en", ids: [item.id], seen, confirm: "yes" }),
    );
    expect(done).toEqual([expect.objectContaining({ result: "done" })]);
    expect(
      await db.organisationTranslation.findFirstOrThrow({ where: { organisationId: item.id } }),
    ).toMatchObject({ status: "archived" });
  });
});

async function strategyWithPillars(count: number) {
  const key = `bulk-${randomUUID().slice(0, 8)}`;
  const strategy = await db.strategy.create({
    data: { key, regionId, periodStart: 2020, periodEnd: 2025, adoptedOn: new Date("2020-01-01") },
  });
  const pillars = [];
  for (let i = 0; i < count; i++)
    pillars.push(
      await db.pillar.create({ data: { key: `${key}-p${i}`, strategyId: strategy.id, position: i + 1 } }),
    );
  return { strategy, ids: pillars.map((p) => p.id) };
}

const pillarOrder = async (strategyId: string) =>
  (await db.pillar.findMany({ where: { strategyId }, orderBy: { position: "asc" } })).map((p) => p.id);

const reorder = (headers: Headers, input: Record<string, unknown>) =>
  runAction(reorderChildren, { order: [], ...input }, headers, () => {});

describe("reordering", () => {
  it("moves a pillar by one place, keeping the positions used, and audits it", async () => {
    const { strategy, ids } = await strategyWithPillars(3);
    const result = await reorder(editor.headers, {
      parent: "strategy",
      parentId: strategy.id,
      seen: ids,
      move: `${ids[2]}:up`,
    });
    expect(result).toMatchObject({ ok: true, data: { order: [ids[0], ids[2], ids[1]] } });
    expect(await pillarOrder(strategy.id)).toEqual([ids[0], ids[2], ids[1]]);
    expect(
      (await db.pillar.findMany({ where: { strategyId: strategy.id } })).map((p) => p.position).sort(),
    ).toEqual([1, 2, 3]);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "content.reorder", targetId: strategy.id },
    });
    expect(entry.detail).toMatchObject({ children: "pillar", from: ids, to: [ids[0], ids[2], ids[1]] });
  });

  it("takes a whole new order (a drag), and refuses one made from an order that has moved on", async () => {
    const { strategy, ids } = await strategyWithPillars(4);
    const dragged = [ids[3], ids[0], ids[1], ids[2]];
    expect(
      await reorder(editor.headers, { parent: "strategy", parentId: strategy.id, seen: ids, order: dragged }),
    ).toMatchObject({ ok: true });
    // A second editor still looking at the first order.
    const stale = await reorder(editor.headers, {
      parent: "strategy",
      parentId: strategy.id,
      seen: ids,
      move: `${ids[0]}:down`,
    });
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "orderChanged",
      detail: { order: dragged },
    });
    expect(await pillarOrder(strategy.id)).toEqual(dragged);
  });

  it("reorders a pillar's projects; refuses an order that is not the same children", async () => {
    const { ids } = await strategyWithPillars(1);
    const projects = [];
    for (let i = 0; i < 3; i++)
      projects.push(
        (
          await db.project.create({
            data: { key: `bulk-pr-${randomUUID().slice(0, 8)}`, pillarId: ids[0], position: i },
          })
        ).id,
      );
    const order = [projects[1], projects[0], projects[2]];
    expect(
      await reorder(editor.headers, { parent: "pillar", parentId: ids[0], seen: projects, order }),
    ).toMatchObject({ ok: true });
    const now = await db.project.findMany({ where: { pillarId: ids[0] }, orderBy: { position: "asc" } });
    expect(now.map((p) => p.id)).toEqual(order);
    expect(
      await reorder(editor.headers, {
        parent: "pillar",
        parentId: ids[0],
        seen: order,
        order: [projects[0], projects[0], projects[2]],
      }),
    ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { order: ["invalidOrder"] } });
  });

  it("is an editor's work: a translator is refused", async () => {
    const { strategy, ids } = await strategyWithPillars(2);
    expect(
      await reorder(translator.headers, {
        parent: "strategy",
        parentId: strategy.id,
        seen: ids,
        move: `${ids[0]}:down`,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await pillarOrder(strategy.id)).toEqual(ids);
  });
});
