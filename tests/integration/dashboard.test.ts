// The dashboard's reads: working copies that need work per language (drafts and reviews of
// published texts count), the review queue, and the user's own drafts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAttention, readMyDrafts, readReviewQueue } from "@/lib/admin/dashboard";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

let editor: Awaited<ReturnType<typeof signedIn>>;
let translator: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
  translator = await signedIn("translator", ["fr"]);
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "dash-" } } });
  await db.$disconnect();
});

const save = (
  who: { headers: Headers },
  id: string,
  locale: Locale,
  intent: "draft" | "review" | "publish",
  name: string,
) => saveText(who.headers, id, locale, intent, { name });

/** An organisation published in French and English, not (yet) in Dutch. */
async function published(name: string) {
  const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
  const o = await db.organisation.create({
    data: { key: `dash-${randomUUID().slice(0, 8)}`, regionId: region.id, sourceLocale: "fr" },
  });
  await save(editor, o.id, "fr", "publish", `${name} fr`);
  await save(editor, o.id, "en", "publish", `${name} en`);
  return o;
}

describe("dashboard", () => {
  it("counts the drafts and reviews of published texts, and the missing translations, per language", async () => {
    const before = await readAttention();
    const o = await published("Compté");
    await save(translator, o.id, "fr", "draft", "Compté fr (brouillon)");
    await save(editor, o.id, "en", "review", "Compté en (review)");
    const after = await readAttention();
    expect(after.fr.draft - before.fr.draft).toBe(1);
    expect(after.en.in_review - before.en.in_review).toBe(1);
    expect(after.nl.missing - before.nl.missing).toBe(1);
    // A newer French source makes the published English outdated; while in review it counts as such.
    await save(editor, o.id, "fr", "publish", "Compté fr (nouveau)");
    expect((await readAttention()).en.outdated - before.en.outdated).toBe(0);
    await save(editor, o.id, "en", "publish", "Compté en (publié)");
    await save(editor, o.id, "fr", "publish", "Compté fr (plus récent)");
    expect((await readAttention()).en.outdated - before.en.outdated).toBe(1);
  });

  it("queues what waits for review, the longest waiting first, with who submitted it", async () => {
    const first = await published("Premier");
    const second = await published("Second");
    await save(translator, first.id, "fr", "review", "Premier fr (à relire)");
    await save(translator, second.id, "fr", "review", "Second fr (à relire)");
    const queue = (await readReviewQueue(1000)).filter((r) => [first.id, second.id].includes(r.entityId));
    expect(queue.map((r) => [r.entityId, r.locale, r.name, r.status, r.authorName])).toEqual([
      [first.id, "fr", "Premier fr (à relire)", "in_review", translator.user.name],
      [second.id, "fr", "Second fr (à relire)", "in_review", translator.user.name],
    ]);
    // Once approved it leaves the queue, though its revision stays "in review" in the history.
    await save(editor, first.id, "fr", "publish", "Premier fr (publié)");
    expect((await readReviewQueue(1000)).map((r) => r.entityId)).not.toContain(first.id);
  });

  it("lists the user's drafts while they are the working copy", async () => {
    const o = await published("Mien");
    await save(translator, o.id, "fr", "draft", "Mien fr (brouillon)");
    expect((await readMyDrafts(translator.user.id)).map((r) => r.name)).toContain("Mien fr (brouillon)");
    await save(editor, o.id, "fr", "publish", "Mien fr (publié par un autre)");
    expect((await readMyDrafts(translator.user.id)).map((r) => r.entityId)).not.toContain(o.id);
  });
});
