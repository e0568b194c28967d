// An outdated translation in the editor: which languages, and what changed in the source since.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOutdated } from "@/lib/admin/outdated";
import { db } from "@/lib/db";
import { signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

let editor: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "stale-" } } });
  await db.$disconnect();
});

describe("outdated translations", () => {
  it("shows what changed in the source since the translation was last published", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "brussels" } });
    const o = await db.organisation.create({
      data: { key: `stale-${randomUUID().slice(0, 8)}`, regionId: region.id, sourceLocale: "en" },
    });
    const publish = (locale: "en" | "fr", summary: string) =>
      saveText(editor.headers, o.id, locale, "publish", { name: `Agency ${o.key}`, summary });
    await publish("en", "The agency funds digital projects.");
    await publish("fr", "L'agence finance des projets numériques.");
    expect(await readOutdated("organisation", o.id, "en")).toEqual({});

    await publish("en", "The agency funds and runs digital projects.");
    const outdated = await readOutdated("organisation", o.id, "en");
    expect(Object.keys(outdated)).toEqual(["fr"]);
    const fr = outdated.fr!;
    expect(fr.sourceLocale).toBe("en");
    expect(fr.changes?.map((c) => c.field)).toEqual(["summary"]);
    expect(fr.changes?.[0]?.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["and runs"]);

    // Bringing the translation up to date clears it.
    await publish("fr", "L'agence finance et mène des projets numériques.");
    expect(await readOutdated("organisation", o.id, "en")).toEqual({});
  });
});
