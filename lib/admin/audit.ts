import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { fallbackOrder } from "@/lib/i18n/locales";
import { isLocale, type Locale } from "@/lib/i18n/routing";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: string;
  /** Part of the actor's email address. */
  who?: string;
  /** Whole days, YYYY-MM-DD, both included. */
  from?: string;
  until?: string;
  page: number;
}

export interface AuditTarget {
  type: string;
  id: string;
  /** The item's or user's name now, or the last one known when it was deleted. */
  name: string | null;
  /** Where it can be opened, while it exists. */
  href: string | null;
}

/** One entry of the log, with what its sentence needs. */
export interface AuditEntry {
  id: string;
  at: Date;
  action: string;
  /** Null when the system acted (a planned job that failed, a refused sign-in). */
  actor: { name: string; email: string | null } | null;
  actorEmail: string | null;
  target: AuditTarget | null;
  locale: Locale | null;
  version: number | null;
  /** The details as written, for the disclosure. */
  detail: Record<string, unknown> | null;
}

const isContentType = (type: string | null): type is ContentType =>
  !!type && (contentTypes as readonly string[]).includes(type);

function where(filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.who ? { actorEmail: { contains: filter.who, mode: "insensitive" as const } } : {}),
    ...(filter.from || filter.until
      ? {
          at: {
            ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
            ...(filter.until
              ? { lt: new Date(new Date(`${filter.until}T00:00:00Z`).getTime() + 86_400_000) }
              : {}),
          },
        }
      : {}),
  };
}

/** One page of the log, newest first, each entry with who acted and what it acted on, by name. */
export async function readAuditLog(
  filter: AuditFilter,
  ui: Locale,
): Promise<{ entries: AuditEntry[]; total: number; actions: string[] }> {
  const [rows, total, actions] = await Promise.all([
    db.auditLog.findMany({
      where: where(filter),
      orderBy: { at: "desc" },
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditLog.count({ where: where(filter) }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  const userIds = new Set<string>();
  for (const r of rows) {
    if (r.actorId) userIds.add(r.actorId);
    if (r.targetType === "user" && r.targetId) userIds.add(r.targetId);
  }
  const [users, items] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }),
    contentNames(rows, ui),
  ]);
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  return {
    total,
    actions: actions.map((a) => a.action),
    entries: rows.map((r) => {
      const detail = (r.detail ?? null) as Record<string, unknown> | null;
      const actorName = r.actorId ? (userNames.get(r.actorId) ?? r.actorEmail) : r.actorEmail;
      return {
        id: String(r.id),
        at: r.at,
        action: r.action,
        actor: actorName ? { name: actorName, email: r.actorEmail } : null,
        actorEmail: r.actorEmail,
        target: targetOf(r.targetType, r.targetId, detail, userNames, items),
        locale: isLocale(detail?.locale) ? detail.locale : null,
        version: typeof detail?.version === "number" ? detail.version : null,
        detail,
      };
    }),
  };
}

function targetOf(
  type: string | null,
  id: string | null,
  detail: Record<string, unknown> | null,
  users: Map<string, string>,
  items: Map<string, { name: string | null; exists: boolean }>,
): AuditTarget | null {
  if (!type || !id) return null;
  if (type === "user") {
    const name = users.get(id) ?? null;
    return { type, id, name, href: name !== null ? `/admin/users/${id}` : null };
  }
  const item = items.get(`${type}:${id}`);
  const locale = isLocale(detail?.locale) ? detail.locale : null;
  return {
    type,
    id,
    name: item?.name ?? (typeof detail?.key === "string" ? detail.key : null),
    href: item?.exists ? `/admin/content/${type}/${id}${locale ? `?locale=${locale}` : ""}` : null,
  };
}

/**
 * The names of the content items the entries are about, in the reader's language when it has
 * one: from their translations while they exist, else from their last revision.
 */
async function contentNames(rows: { targetType: string | null; targetId: string | null }[], ui: Locale) {
  const ids = new Map<ContentType, Set<string>>();
  for (const r of rows)
    if (isContentType(r.targetType) && r.targetId)
      (ids.get(r.targetType) ?? ids.set(r.targetType, new Set()).get(r.targetType)!).add(r.targetId);
  const names = new Map<string, { name: string | null; exists: boolean }>();
  const order = fallbackOrder(ui);
  const pick = (translations: { locale: Locale; name: string }[]) =>
    [...translations].sort((a, b) => order.indexOf(a.locale) - order.indexOf(b.locale))[0]?.name ?? null;
  await Promise.all(
    [...ids].map(async ([type, set]) => {
      const found = await findWithNames(type, [...set]);
      for (const f of found)
        names.set(`${type}:${f.id}`, { name: pick(f.translations) ?? f.key, exists: true });
    }),
  );
  const gone = [...ids].flatMap(([type, set]) => [...set].filter((id) => !names.has(`${type}:${id}`)));
  if (gone.length) {
    const last = await db.revision.findMany({
      where: { entityId: { in: gone } },
      orderBy: { createdAt: "desc" },
      distinct: ["entityType", "entityId"],
      select: { entityType: true, entityId: true, content: true },
    });
    for (const r of last) {
      const name = (r.content as { name?: string } | null)?.name;
      if (name) names.set(`${r.entityType}:${r.entityId}`, { name, exists: false });
    }
  }
  return names;
}

type Named = { id: string; key: string; translations: { locale: Locale; name: string }[] };

function findWithNames(type: ContentType, ids: string[]): Promise<Named[]> {
  const args = {
    where: { id: { in: ids } },
    select: { id: true, key: true, translations: { select: { locale: true, name: true } } },
  };
  switch (type) {
    case "region":
      return db.region.findMany(args);
    case "organisation":
      return db.organisation.findMany(args);
    case "initiative":
      return db.initiative.findMany(args);
    case "strategy":
      return db.strategy.findMany(args);
    case "pillar":
      return db.pillar.findMany(args);
    case "project":
      return db.project.findMany(args);
  }
}
