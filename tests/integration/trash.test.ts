// Deleting moves an item to the trash: an admin restores it as it was (translations, children,
// links, history) for TRASH_DAYS; a restore that cannot be whole is refused and changes nothing;
// the scheduler purges what is older.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteEntity } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { purgeExpiredTrash, restoreFromTrash, TRASH_DAYS } from "@/lib/actions/trash";
import { readOrganisationBySlug } from "@/lib/content/organisations";
import { db } from "@/lib/db";
import { signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

let editor: Awaited<ReturnType<typeof signedIn>>;
let admin: Awaited<ReturnType<typeof signedIn>>;

const remove = (type: string, id: string) =>
  runAction(deleteEntity, { type, id, confirm: "yes" }, editor.headers, () => {});
const restore = (trashId: string, headers = admin.headers) =>
  runAction(restoreFromTrash, { trashId }, headers, () => {});
const trashOf = (entityId: string) => db.trashItem.findFirstOrThrow({ where: { entityId } });

async function publishedOrganisation(key: string, name: string) {
  const region = await db.region.findFirstOrThrow({ where: { key: "wallonia" } });
  const { id } = await db.organisation.create({ data: { key, regionId: region.id, focusAreas: ["ai"] } });
  await saveText(editor.headers, id, "en", "publish", { name, summary: `${name} summary.`, body: "Body." });
  await saveText(editor.headers, id, "fr", "publish", {
    name: `${name} FR`,
    summary: "Résumé.",
    body: "Texte.",
  });
  return id;
}

beforeAll(async () => {
  editor = await signedIn("editor");
  admin = await signedIn("admin");
});
afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "trash-" } } });
  await db.$disconnect();
});

describe("the trash", () => {
  it("restores an organisation as it was: texts, links, history, and its page", async () => {
    const id = await publishedOrganisation("trash-pangolin", "Trash Pangolin");
    const initiative = await db.initiative.findFirstOrThrow({ where: { key: { not: "" } } });
    await db.initiativeOrganisation.create({ data: { initiativeId: initiative.id, organisationId: id } });
    const child = await db.organisation.findFirstOrThrow({ where: { key: { not: "trash-pangolin" } } });
    const parentBefore = child.parentId;
    await db.organisation.update({ where: { id: child.id }, data: { parentId: id } });
    const before = await db.organisationTranslation.findMany({
      where: { organisationId: id },
      orderBy: { locale: "asc" },
    });
    const revisions = await db.revision.count({ where: { entityId: id } });

    expect((await remove("organisation", id)).ok).toBe(true);
    expect(await db.organisation.findUnique({ where: { id } })).toBeNull();
    expect(await readOrganisationBySlug("en", before.find((t) => t.locale === "en")!.slug)).toBeNull();
    const entry = await trashOf(id);
    expect(entry).toMatchObject({
      name: "Trash Pangolin",
      entityType: "organisation",
      key: "trash-pangolin",
    });

    // Editors cannot restore; admins can.
    expect(await restore(entry.id, editor.headers)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const restored = await restore(entry.id);
    expect(restored).toMatchObject({ ok: true, data: { type: "organisation", id } });
    expect(await db.organisation.findUnique({ where: { id } })).toMatchObject({
      key: "trash-pangolin",
      focusAreas: ["ai"],
    });
    expect(
      await db.organisationTranslation.findMany({
        where: { organisationId: id },
        orderBy: { locale: "asc" },
      }),
    ).toEqual(before);
    expect(await db.initiativeOrganisation.count({ where: { organisationId: id } })).toBe(1);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBe(id);
    expect(await db.revision.count({ where: { entityId: id } })).toBe(revisions);
    expect(await db.trashItem.count({ where: { entityId: id } })).toBe(0);
    expect(await readOrganisationBySlug("en", before.find((t) => t.locale === "en")!.slug)).toMatchObject({
      name: "Trash Pangolin",
    });
    const audited = await db.auditLog.findFirst({ where: { action: "content.restore_trash", targetId: id } });
    expect(audited).not.toBeNull();
    await db.organisation.update({ where: { id: child.id }, data: { parentId: parentBefore } });

    // Restored once: a second restore of the same entry finds nothing.
    expect(await restore(entry.id)).toMatchObject({ ok: false, code: "NOT_FOUND", message: "trashGone" });
  });

  it("restores a pillar with its projects", async () => {
    const pillar = await db.pillar.findFirstOrThrow({
      where: { projects: { some: {} } },
      include: { projects: true, translations: true },
    });
    expect(pillar.projects.length).toBeGreaterThan(0);
    expect((await remove("pillar", pillar.id)).ok).toBe(true);
    expect(await db.project.count({ where: { pillarId: pillar.id } })).toBe(0);
    expect((await restore((await trashOf(pillar.id)).id)).ok).toBe(true);
    const back = await db.pillar.findUniqueOrThrow({
      where: { id: pillar.id },
      include: { projects: true, translations: true },
    });
    expect(back.projects.map((p) => p.id).sort()).toEqual(pillar.projects.map((p) => p.id).sort());
    expect(back.translations.length).toBe(pillar.translations.length);
    // The generated search column is computed again: the pillar is found by its words.
    const [found] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pillar_translation WHERE pillar_id = ${pillar.id} AND search_vector IS NOT NULL`;
    expect(found.n).toBe(pillar.translations.length);
  });

  it("refuses, changing nothing, when an address was taken since or what it belongs to is gone", async () => {
    const id = await publishedOrganisation("trash-okapi", "Trash Okapi");
    const slug = (
      await db.organisationTranslation.findFirstOrThrow({ where: { organisationId: id, locale: "en" } })
    ).slug;
    expect((await remove("organisation", id)).ok).toBe(true);
    const entry = await trashOf(id);
    const region = await db.region.findFirstOrThrow({ where: { key: "wallonia" } });
    const other = await db.organisation.create({
      data: {
        key: "okapi-successor",
        regionId: region.id,
        translations: { create: { locale: "en", slug, name: "Successor" } },
      },
    });
    expect(await restore(entry.id)).toMatchObject({ ok: false, code: "CONFLICT", message: "trashSlugTaken" });
    expect(await db.organisation.findUnique({ where: { id } })).toBeNull();
    expect(await db.trashItem.findUnique({ where: { id: entry.id } })).not.toBeNull();
    await db.organisation.delete({ where: { id: other.id } });

    // A project whose pillar has been deleted for good cannot come back on its own.
    const project = await db.project.findFirstOrThrow();
    expect((await remove("project", project.id)).ok).toBe(true);
    const projectEntry = await trashOf(project.id);
    const snapshot = projectEntry.snapshot as { rows: { table: string; row: Record<string, unknown> }[] };
    const pillarId = snapshot.rows[0].row.pillar_id;
    snapshot.rows[0].row.pillar_id = "a-pillar-that-is-gone";
    await db.trashItem.update({ where: { id: projectEntry.id }, data: { snapshot: snapshot as object } });
    expect(await restore(projectEntry.id)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "trashParentGone",
    });
    expect(await db.project.findUnique({ where: { id: project.id } })).toBeNull();
    // With its pillar there, it comes back (and the seed is whole again for the other tests).
    snapshot.rows[0].row.pillar_id = pillarId;
    await db.trashItem.update({ where: { id: projectEntry.id }, data: { snapshot: snapshot as object } });
    expect((await restore(projectEntry.id)).ok).toBe(true);

    // The address is free again: the organisation comes back.
    expect((await restore(entry.id)).ok).toBe(true);
  });

  it(`purges what has been in the trash longer than ${TRASH_DAYS} days, with its history`, async () => {
    const id = await publishedOrganisation("trash-tapir", "Trash Tapir");
    expect((await remove("organisation", id)).ok).toBe(true);
    const entry = await trashOf(id);
    expect(await db.revision.count({ where: { entityId: id } })).toBeGreaterThan(0);
    // Deleted a moment less than the period ago: kept. (Dated back, so that other tests' fresh
    // entries are not due.)
    const day = 24 * 3600_000;
    await db.trashItem.update({
      where: { id: entry.id },
      data: { deletedAt: new Date(Date.now() - TRASH_DAYS * day + 60_000) },
    });
    await purgeExpiredTrash();
    expect(await db.trashItem.findUnique({ where: { id: entry.id } })).not.toBeNull();
    await db.trashItem.update({
      where: { id: entry.id },
      data: { deletedAt: new Date(Date.now() - TRASH_DAYS * day - 60_000) },
    });
    expect(await purgeExpiredTrash()).toBeGreaterThanOrEqual(1);
    expect(await db.trashItem.findUnique({ where: { id: entry.id } })).toBeNull();
    expect(await db.revision.count({ where: { entityId: id } })).toBe(0);
    const audited = await db.auditLog.findFirst({ where: { action: "content.purge", targetId: id } });
    expect(audited?.detail).toMatchObject({ name: "Trash Tapir" });
  });
});
