import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveTranslation, deleteEntity, restoreRevision, saveTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { readMajorChanges } from "@/lib/content/change-notes";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { diffContent } from "@/lib/history";
import { signedIn } from "../helpers/auth";

let editor: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "hist-" } } });
  await db.$disconnect();
});

const run = (definition: Parameters<typeof runAction>[0], input: Record<string, unknown>) =>
  runAction(definition, input, editor.headers, () => {});

async function organisation() {
  const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
  return db.organisation.create({ data: { key: `hist-${randomUUID().slice(0, 8)}`, regionId: region.id } });
}

const text = (id: string, version: number, body: string, extra: Record<string, unknown> = {}) => ({
  type: "organisation",
  id,
  locale: "en",
  version,
  name: "History test",
  slug: `history-${id}`,
  summary: "A summary.",
  body,
  intent: "draft",
  ...extra,
});

describe("revisions", () => {
  it("every save is a revision with its author, status and full content", async () => {
    const o = await organisation();
    await run(saveTranslation, text(o.id, 0, "First text."));
    await run(saveTranslation, text(o.id, 1, "Second text.", { intent: "review" }));
    const revisions = await db.revision.findMany({ where: { entityId: o.id }, orderBy: { version: "asc" } });
    expect(
      revisions.map((r) => [r.version, r.status, r.authorId, (r.content as { body: string }).body]),
    ).toEqual([
      [1, "draft", editor.user.id, "First text."],
      [2, "in_review", editor.user.id, "Second text."],
    ]);
    const diff = diffContent(
      revisions[0].content as Record<string, unknown>,
      revisions[1].content as Record<string, unknown>,
    );
    expect(
      diff
        .find((d) => d.field === "body")
        ?.parts.filter((p) => p.added)
        .map((p) => p.value),
    ).toEqual(["Second"]);
  });

  it("restores an earlier revision as a new draft, overwriting nothing", async () => {
    const o = await organisation();
    await run(saveTranslation, text(o.id, 0, "Original."));
    await run(saveTranslation, text(o.id, 1, "Changed."));
    const first = await db.revision.findFirstOrThrow({ where: { entityId: o.id, version: 1 } });
    const result = await run(restoreRevision, {
      type: "organisation",
      id: o.id,
      locale: "en",
      version: 2,
      revisionId: first.id,
    });
    expect(result).toMatchObject({ ok: true, data: { version: 3, status: "draft" } });
    expect(await db.revision.count({ where: { entityId: o.id } })).toBe(3);
    expect((await readWorkingCopy(db, "organisation", o.id, "en"))?.content.body).toBe("Original.");
    const stale = await run(restoreRevision, {
      type: "organisation",
      id: o.id,
      locale: "en",
      version: 2,
      revisionId: first.id,
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("change notes and the audit log", () => {
  it("publishing with a major note makes it public history; a minor one stays out", async () => {
    const o = await organisation();
    await run(
      saveTranslation,
      text(o.id, 0, "Text.", { intent: "publish", changeNote: "First publication.", major: "on" }),
    );
    await run(
      saveTranslation,
      text(o.id, 1, "Typo fixed.", { intent: "publish", changeNote: "Typo.", major: "" }),
    );
    expect((await readMajorChanges("organisation", o.id, "en")).map((n) => n.note)).toEqual([
      "First publication.",
    ]);
  });

  it("records each content action: save, submit, publish, archive, restore, delete", async () => {
    const o = await organisation();
    await run(saveTranslation, text(o.id, 0, "a"));
    await run(saveTranslation, text(o.id, 1, "b", { intent: "review" }));
    await run(saveTranslation, text(o.id, 2, "c", { intent: "publish" }));
    await run(archiveTranslation, {
      type: "organisation",
      id: o.id,
      locale: "en",
      version: 3,
      confirm: "yes",
    });
    const first = await db.revision.findFirstOrThrow({ where: { entityId: o.id, version: 1 } });
    await run(restoreRevision, {
      type: "organisation",
      id: o.id,
      locale: "en",
      version: 4,
      revisionId: first.id,
    });
    await run(deleteEntity, { type: "organisation", id: o.id, confirm: "yes" });
    const actions = (await db.auditLog.findMany({ where: { targetId: o.id }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      "content.save",
      "content.submit",
      "content.publish",
      "content.archive",
      "content.restore",
      "content.delete",
    ]);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { targetId: o.id, action: "content.publish" },
    });
    expect(entry.actorEmail).toBe(editor.user.email);
  });
});
