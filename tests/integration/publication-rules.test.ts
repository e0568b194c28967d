// What publishing needs and what a save that changes nothing does, against the real database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewTranslation, saveTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { scheduleJob } from "@/lib/actions/schedule";
import { readWorkingCopy, translationTable } from "@/lib/content/editorial";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { toBrusselsInput } from "@/lib/time/brussels";
import { publicationGaps } from "@/lib/validation/content";
import { initiatives, organisations, regions, strategy } from "@/prisma/seed-data";
import { signedIn } from "../helpers/auth";

let editor: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
});
afterAll(async () => {
  const ids = (
    await db.organisation.findMany({ where: { key: { startsWith: "rules-" } }, select: { id: true } })
  ).map((o) => o.id);
  await db.scheduledJob.deleteMany({ where: { entityId: { in: ids } } });
  await db.organisation.deleteMany({ where: { key: { startsWith: "rules-" } } });
  await db.$disconnect();
});

const run = (definition: Parameters<typeof runAction>[0], input: Record<string, unknown>) =>
  runAction(definition, input, editor.headers, () => {});

async function organisation() {
  const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
  return db.organisation.create({ data: { key: `rules-${randomUUID().slice(0, 8)}`, regionId: region.id } });
}

const text = (id: string, version: number, fields: Record<string, unknown>) => ({
  type: "organisation",
  id,
  locale: "nl",
  version,
  name: `Agentschap ${id}`,
  slug: "",
  summary: "",
  body: "",
  intent: "draft",
  ...fields,
});

const revisionsOf = (id: string) => db.revision.count({ where: { entityId: id } });

describe("publishing needs what the public page shows", () => {
  it("refuses to publish without summary and text, field by field; the draft is saved", async () => {
    const o = await organisation();
    const draft = await run(saveTranslation, text(o.id, 0, {}));
    expect(draft.ok).toBe(true);
    const refused = await run(saveTranslation, text(o.id, 1, { intent: "publish" }));
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "incompleteForPublication",
      fieldErrors: { summary: ["summaryNeededToPublish"], body: ["bodyNeededToPublish"] },
    });
    const blank = await run(
      saveTranslation,
      text(o.id, 1, { intent: "publish", summary: "  ", body: "Tekst." }),
    );
    expect(blank).toMatchObject({ ok: false, fieldErrors: { summary: ["summaryNeededToPublish"] } });
    expect(await revisionsOf(o.id)).toBe(1);
    const row = await translationTable(db, "organisation").findFirst({ where: { organisationId: o.id } });
    expect(row?.status).toBe("draft");
  });

  it("refuses to approve or plan the publication of an empty text", async () => {
    const o = await organisation();
    expect((await run(saveTranslation, text(o.id, 0, { intent: "review" }))).ok).toBe(true);
    const approve = await run(reviewTranslation, {
      type: "organisation",
      id: o.id,
      locale: "nl",
      version: 1,
      decision: "approve",
    });
    expect(approve).toMatchObject({ ok: false, code: "VALIDATION", message: "incompleteForPublication" });
    const plan = await run(scheduleJob, {
      type: "organisation",
      id: o.id,
      locale: "nl",
      action: "publish",
      runAt: toBrusselsInput(new Date(Date.now() + 3_600_000)),
    });
    expect(plan).toMatchObject({ ok: false, code: "VALIDATION", message: "incompleteForPublication" });
    expect(await db.scheduledJob.count({ where: { entityId: o.id } })).toBe(0);
    expect((await readWorkingCopy(db, "organisation", o.id, "nl"))?.status).toBe("in_review");
  });

  it("publishes once the summary and text are there", async () => {
    const o = await organisation();
    const saved = await run(
      saveTranslation,
      text(o.id, 0, { intent: "publish", summary: "Een agentschap.", body: "Wat het doet." }),
    );
    expect(saved).toMatchObject({ ok: true, data: { status: "published" } });
  });

  it("every seeded translation meets the rule", () => {
    const items: (readonly [ContentType, string, Record<string, { summary: string; body: string }>])[] = [
      ...regions.map((r) => ["region", r.key, r.translations] as const),
      ...organisations.map((o) => ["organisation", o.key, o.translations] as const),
      ...initiatives.map((i) => ["initiative", i.key, i.translations] as const),
      ["strategy", strategy.key, strategy.translations] as const,
      ...strategy.pillars.flatMap((p) => [
        ["pillar", p.key, p.translations] as const,
        ...p.projects.map((project) => ["project", project.key, project.translations] as const),
      ]),
    ];
    expect(items.length).toBeGreaterThan(25);
    const gaps = items.flatMap(([type, key, translations]) =>
      Object.entries(translations)
        .filter(([, t]) => publicationGaps(type, t).length > 0)
        .map(([locale]) => `${type} ${key} (${locale})`),
    );
    expect(gaps).toEqual([]);
  });
});

describe("a save that changes nothing", () => {
  it("makes no version and records nothing, and says so", async () => {
    const o = await organisation();
    const fields = { summary: "Een samenvatting.", body: "Tekst." };
    expect((await run(saveTranslation, text(o.id, 0, fields))).ok).toBe(true);
    const audits = await db.auditLog.count({ where: { targetId: o.id } });
    const again = await run(saveTranslation, text(o.id, 1, { ...fields, body: "Tekst.\r\n" }));
    expect(again).toMatchObject({ ok: true, data: { version: 1, status: "draft", unchanged: true } });
    expect(await revisionsOf(o.id)).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: o.id } })).toBe(audits);
    // Changing the status (submitting the same text) is a change.
    const submitted = await run(saveTranslation, text(o.id, 1, { ...fields, intent: "review" }));
    expect(submitted).toMatchObject({
      ok: true,
      data: { version: 2, status: "in_review", unchanged: false },
    });
  });

  it("from an old version it is still a conflict", async () => {
    const o = await organisation();
    const fields = { summary: "Een samenvatting.", body: "Tekst." };
    await run(saveTranslation, text(o.id, 0, fields));
    await run(saveTranslation, text(o.id, 1, { ...fields, body: "Nieuwe tekst." }));
    const stale = await run(saveTranslation, text(o.id, 1, fields));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("planning", () => {
  it("an empty time is required, not invalid", async () => {
    const o = await organisation();
    const plan = await run(scheduleJob, {
      type: "organisation",
      id: o.id,
      locale: "nl",
      action: "publish",
      runAt: "",
    });
    expect(plan).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { runAt: ["required"] } });
  });
});
