import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit";
import { canRestoreFromTrash, type Actor } from "@/lib/auth/access";
import { tagsForWrite, type ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { restoreTrashSchema } from "@/lib/validation/content";
import { defineAction } from "./pipeline";

type Tx = Prisma.TransactionClient;

/** How long a deleted item can be restored; the scheduler purges it after that. */
export const TRASH_DAYS = 30;

/** One row as PostgreSQL has it (to_jsonb), written back as it was. */
interface SnapshotRow {
  table: string;
  row: Record<string, unknown>;
}
/** A reference another row had to the item, cleared by the deletion (ON DELETE SET NULL). */
interface Relink {
  table: string;
  column: string;
  id: string;
  value: string;
}
export interface TrashSnapshot {
  rows: SnapshotRow[];
  relinks: Relink[];
}

/**
 * The references a restored row makes to other rows: a required one that no longer exists
 * refuses the restore; an optional one is left empty.
 */
const references: Record<string, { column: string; table: string; required: boolean }[]> = {
  organisation: [
    { column: "region_id", table: "region", required: true },
    { column: "parent_id", table: "organisation", required: false },
  ],
  initiative: [{ column: "region_id", table: "region", required: false }],
  strategy: [
    { column: "region_id", table: "region", required: true },
    { column: "organisation_id", table: "organisation", required: false },
  ],
  pillar: [{ column: "strategy_id", table: "strategy", required: true }],
  project: [
    { column: "pillar_id", table: "pillar", required: true },
    { column: "organisation_id", table: "organisation", required: false },
  ],
};

// Table and column names below come from this file only, never from input.
const name = (identifier: string) => Prisma.raw(`"${identifier.replace(/"/g, "")}"`);

async function rowsOf(tx: Tx, table: string, column: string, ids: string[]): Promise<SnapshotRow[]> {
  if (!ids.length) return [];
  const rows = await tx.$queryRaw<{ row: Record<string, unknown> }[]>`
    SELECT to_jsonb(t) AS row FROM ${name(table)} t WHERE t.${name(column)} = ANY(${ids}::text[])`;
  return rows.map(({ row }) => ({ table, row }));
}

async function relinksOf(tx: Tx, table: string, column: string, value: string): Promise<Relink[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${name(table)} WHERE ${name(column)} = ${value}`;
  return rows.map(({ id }) => ({ table, column, id, value }));
}

/** An entity with its translations, and what it takes with it when deleted. */
async function entityRows(tx: Tx, type: ContentType, ids: string[]) {
  return [
    ...(await rowsOf(tx, type, "id", ids)),
    ...(await rowsOf(tx, `${type}_translation`, `${type}_id`, ids)),
  ];
}

const idsOf = (rows: SnapshotRow[], table: string) =>
  rows.filter((r) => r.table === table).map((r) => r.row.id as string);

/** Everything the deletion of an item removes or unlinks, in the order it is written back. */
async function snapshotOf(tx: Tx, type: ContentType, id: string): Promise<TrashSnapshot> {
  const rows = await entityRows(tx, type, [id]);
  const relinks: Relink[] = [];
  if (type === "strategy" || type === "pillar") {
    const pillars =
      type === "strategy" ? idsOf(await rowsOf(tx, "pillar", "strategy_id", [id]), "pillar") : [id];
    if (type === "strategy") rows.push(...(await entityRows(tx, "pillar", pillars)));
    const projects = idsOf(await rowsOf(tx, "project", "pillar_id", pillars), "project");
    rows.push(...(await entityRows(tx, "project", projects)));
  }
  if (type === "organisation" || type === "initiative") {
    rows.push(...(await rowsOf(tx, "initiative_organisation", `${type}_id`, [id])));
  }
  if (type === "organisation") {
    relinks.push(
      ...(await relinksOf(tx, "organisation", "parent_id", id)),
      ...(await relinksOf(tx, "strategy", "organisation_id", id)),
      ...(await relinksOf(tx, "project", "organisation_id", id)),
    );
  }
  if (type === "region") relinks.push(...(await relinksOf(tx, "initiative", "region_id", id)));
  const redirects = await tx.$queryRaw<{ row: Record<string, unknown> }[]>`
    SELECT to_jsonb(t) AS row FROM slug_redirect t WHERE entity_type = ${type}::"ContentType" AND entity_id = ${id}`;
  rows.push(...redirects.map(({ row }) => ({ table: "slug_redirect", row })));
  return { rows, relinks };
}

/**
 * Keeps what a deletion is about to remove, as the trash entry an admin can restore. Called in
 * the deletion's transaction, before the delete.
 */
export async function moveToTrash(
  tx: Tx,
  actor: Actor,
  type: ContentType,
  entity: { id: string; key: string } & Record<string, unknown>,
) {
  const snapshot = await snapshotOf(tx, type, entity.id);
  const translations = snapshot.rows.filter((r) => r.table === `${type}_translation`).map((r) => r.row);
  const label =
    translations.find((t) => t.locale === entity.sourceLocale)?.name ?? translations[0]?.name ?? entity.key;
  await tx.trashItem.create({
    data: {
      entityType: type,
      entityId: entity.id,
      key: entity.key,
      name: String(label),
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      deletedById: actor.id,
      deletedByName: actor.name,
    },
  });
}

/** The columns a row can be written with (not the generated search columns). */
async function writableColumns(tx: Tx, table: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ column_name: string }[]>`
    SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ${table} AND is_generated = 'NEVER'`;
  return rows.map((r) => r.column_name);
}

async function exists(tx: Tx, table: string, id: string) {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM ${name(table)} WHERE id = ${id}`;
  return rows.length > 0;
}

/** What stands in the way of writing the rows back: a key or an address taken since, a parent gone. */
async function obstacles(tx: Tx, snapshot: TrashSnapshot) {
  const taken: { locale: string; slug: string }[] = [];
  let keyTaken = false;
  for (const { table, row } of snapshot.rows) {
    if (table.endsWith("_translation")) {
      const clash = await tx.$queryRaw<unknown[]>`
        SELECT 1 FROM ${name(table)} WHERE locale = ${row.locale}::"Locale" AND slug = ${row.slug}`;
      if (clash.length) taken.push({ locale: String(row.locale), slug: String(row.slug) });
    } else if (references[table] || table === "region") {
      const clash = await tx.$queryRaw<unknown[]>`SELECT 1 FROM ${name(table)} WHERE key = ${row.key}`;
      if (clash.length) keyTaken = true;
    }
  }
  if (keyTaken) throw new AppError("CONFLICT", "trashKeyTaken");
  if (taken.length) throw new AppError("CONFLICT", "trashSlugTaken", { taken });
}

async function writeBack(tx: Tx, snapshot: TrashSnapshot) {
  const written = new Set<string>();
  for (const { table, row } of snapshot.rows) {
    const values = { ...row };
    for (const ref of references[table] ?? []) {
      const target = values[ref.column] as string | null;
      if (!target || written.has(`${ref.table}:${target}`) || (await exists(tx, ref.table, target))) continue;
      if (ref.required) throw new AppError("CONFLICT", "trashParentGone");
      values[ref.column] = null;
    }
    if (table === "initiative_organisation") {
      // A link to an organisation or initiative deleted since is not brought back.
      const other =
        (await exists(tx, "initiative", String(values.initiative_id))) &&
        (await exists(tx, "organisation", String(values.organisation_id)));
      if (!other) continue;
    }
    const columns = (await writableColumns(tx, table)).filter((c) => c in values);
    const list = Prisma.join(columns.map(name));
    await tx.$executeRaw`
      INSERT INTO ${name(table)} (${list})
      SELECT ${list} FROM jsonb_populate_record(NULL::${name(table)}, ${JSON.stringify(values)}::jsonb)
      ON CONFLICT DO NOTHING`;
    if (typeof values.id === "string") written.add(`${table}:${values.id}`);
  }
  for (const link of snapshot.relinks) {
    await tx.$executeRaw`
      UPDATE ${name(link.table)} SET ${name(link.column)} = ${link.value}
       WHERE id = ${link.id} AND ${name(link.column)} IS NULL`;
  }
}

/**
 * Writes a deleted item back as it was, with its translations, children and links, and removes it
 * from the trash. Refused, changing nothing, when its key or one of its addresses was taken since,
 * or what it belongs to is gone. Its revisions were never deleted: its history is whole again.
 */
export const restoreFromTrash = defineAction({
  name: "restoreFromTrash",
  allowed: canRestoreFromTrash,
  schema: restoreTrashSchema,
  async run({ actor, input, touch, changed }) {
    const restored = await db.$transaction(async (tx) => {
      // Taken out of the trash first: of two restores of the same item, one finds it.
      const [entry] = await tx.$queryRaw<
        { entity_type: ContentType; entity_id: string; name: string; snapshot: TrashSnapshot }[]
      >`DELETE FROM trash_item WHERE id = ${input.trashId} RETURNING entity_type, entity_id, name, snapshot`;
      if (!entry) throw new AppError("NOT_FOUND", "trashGone");
      await obstacles(tx, entry.snapshot);
      await writeBack(tx, entry.snapshot);
      await audit(
        tx,
        actor,
        "content.restore_trash",
        { type: entry.entity_type, id: entry.entity_id },
        { name: entry.name },
      );
      return { type: entry.entity_type, id: entry.entity_id };
    });
    // A strategy brings back its pillars and projects: every type it holds is revalidated.
    const types: ContentType[] =
      restored.type === "strategy"
        ? ["strategy", "pillar", "project"]
        : restored.type === "pillar"
          ? ["pillar", "project"]
          : [restored.type];
    for (const type of types) touch(...tagsForWrite(type));
    changed(restored.type, restored.id);
    return restored;
  },
});

/** The trash entries older than TRASH_DAYS. */
export const trashCutoff = (now = new Date()) => new Date(now.getTime() - TRASH_DAYS * 24 * 60 * 60 * 1000);

/**
 * Deletes for good what has been in the trash longer than TRASH_DAYS, with the history of the
 * items it held (their revisions, change notes and plans). Called by the scheduler; the audit log
 * keeps the trace.
 */
export async function purgeExpiredTrash(now = new Date()) {
  return db.$transaction(async (tx) => {
    const expired = await tx.trashItem.findMany({ where: { deletedAt: { lt: trashCutoff(now) } } });
    for (const item of expired) {
      const snapshot = item.snapshot as unknown as TrashSnapshot;
      const entities = snapshot.rows
        .filter((r) => r.table in references || r.table === "region")
        .map((r) => ({ entityType: r.table as ContentType, entityId: String(r.row.id) }));
      if (entities.length) {
        await tx.revision.deleteMany({ where: { OR: entities } });
        await tx.changeNote.deleteMany({ where: { OR: entities } });
        await tx.scheduledJob.deleteMany({ where: { OR: entities } });
      }
      await tx.trashItem.delete({ where: { id: item.id } });
      await audit(
        tx,
        null,
        "content.purge",
        { type: item.entityType, id: item.entityId },
        { name: item.name },
      );
    }
    return expired.length;
  });
}

let lastPurge = 0;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/** The purge at most once an hour per process: the scheduler calls every few seconds. */
export async function purgeExpiredTrashIfDue(now = new Date()) {
  if (now.getTime() - lastPurge < PURGE_EVERY_MS) return null;
  lastPurge = now.getTime();
  return purgeExpiredTrash(now);
}
