// A review decision is not a rewrite: the text keeps its author, the decision is recorded with
// who made it, and work sent back reaches the person who wrote it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMyDrafts } from "@/lib/admin/dashboard";
import { reviewTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

let editor: Awaited<ReturnType<typeof signedIn>>;
let translator: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
  translator = await signedIn("translator", ["fr"]);
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "decide-" } } });
  await db.$disconnect();
});

async function submitted(by: { headers: Headers }) {
  const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
  const o = await db.organisation.create({
    data: { key: `decide-${randomUUID().slice(0, 8)}`, regionId: region.id },
  });
  await saveText(by.headers, o.id, "fr", "review", { name: `Agence ${o.key}` });
  return o;
}

const sendBack = async (id: string, comment: string) => {
  const working = await readWorkingCopy(db, "organisation", id, "fr");
  return runAction(
    reviewTranslation,
    { type: "organisation", id, locale: "fr", version: working!.version, decision: "send_back", comment },
    editor.headers,
    () => {},
  );
};

describe("review decisions", () => {
  it("sending back keeps the translator as the author and lists the work in their drafts with the comment", async () => {
    const o = await submitted(translator);
    const result = await sendBack(o.id, "Le deuxième paragraphe manque.");
    expect(result).toMatchObject({
      ok: true,
      data: { status: "draft", returnedTo: "author", authorName: translator.user.name },
    });

    const working = await readWorkingCopy(db, "organisation", o.id, "fr");
    expect(working).toMatchObject({
      status: "draft",
      authorId: translator.user.id,
      authorName: translator.user.name,
      decidedByName: editor.user.name,
      comment: "Le deuxième paragraphe manque.",
    });
    const revision = await db.revision.findFirstOrThrow({
      where: { entityId: o.id, locale: "fr", version: working!.version },
    });
    expect([revision.authorId, revision.decidedById]).toEqual([translator.user.id, editor.user.id]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: o.id, action: "content.send_back" },
    });
    expect(audit.actorId).toBe(editor.user.id);

    const drafts = await readMyDrafts(translator.user.id, 100);
    expect(drafts.find((d) => d.entityId === o.id)).toMatchObject({
      status: "draft",
      decidedByName: editor.user.name,
      comment: "Le deuxième paragraphe manque.",
    });
    // The reviewer wrote nothing: it is not in their drafts.
    expect((await readMyDrafts(editor.user.id, 100)).some((d) => d.entityId === o.id)).toBe(false);
  });

  it("a reviewer who sends back their own submission is told it is theirs again", async () => {
    const o = await submitted(editor);
    const result = await sendBack(o.id, "");
    expect(result).toMatchObject({ ok: true, data: { status: "draft", returnedTo: "self" } });
    expect((await readMyDrafts(editor.user.id, 100)).some((d) => d.entityId === o.id)).toBe(true);
  });
});
