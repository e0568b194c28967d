import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContentType } from "@/lib/cache-tags";
import { contentTypes } from "@/lib/cache-tags";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { XLIFF_MAX_ITEMS, fieldsOfType, type ExportItem } from "@/lib/exchange/xliff";
import type { TranslationState } from "./translation-matrix";
import { contentTables } from "./content-list";

export interface ExportCandidate {
  type: ContentType;
  id: string;
  key: string;
  name: string;
  /** The target language's working copy: missing, draft, in review, published or archived. */
  targetState: Exclude<TranslationState, "outdated">;
}

/** The items written in `source` (their source language), with the state of their `target` text. */
export async function readExportCandidates(o: {
  source: Locale;
  target: Locale;
  type?: ContentType;
}): Promise<ExportCandidate[]> {
  const rows = await db.$queryRaw<
    { type: ContentType; id: string; key: string; name: string | null; state: string | null }[]
  >`
    ${contentTables}
    SELECT e.type, e.id, e.key, s.working_name AS name, t.working_status::text AS state
      FROM e
      JOIN tr s ON s.type = e.type AND s.entity_id = e.id AND s.locale = e.source_locale
      LEFT JOIN tr t ON t.type = e.type AND t.entity_id = e.id AND t.locale = ${o.target}::"Locale"
     WHERE e.source_locale = ${o.source}::"Locale"
       ${o.type ? Prisma.sql`AND e.type = ${o.type}` : Prisma.empty}
     ORDER BY array_position(${[...contentTypes]}::text[], e.type), s.working_name, e.key
     LIMIT ${XLIFF_MAX_ITEMS * 5}`;
  return rows.map((r) => ({
    type: r.type,
    id: r.id,
    key: r.key,
    name: r.name ?? r.key,
    targetState: (r.state ?? "missing") as ExportCandidate["targetState"],
  }));
}

export type ExportRead =
  | { ok: true; items: ExportItem[] }
  /** An item that does not exist (any more), or is not written in `source`. */
  | { ok: false; missing: { type: ContentType; id: string }[] };

/** The working copies of the items' source texts and of their existing target texts. */
export async function readExportItems(o: {
  source: Locale;
  target: Locale;
  refs: { type: ContentType; id: string }[];
}): Promise<ExportRead> {
  const items: ExportItem[] = [];
  const missing: { type: ContentType; id: string }[] = [];
  for (const ref of o.refs) {
    const entity = await (
      db[ref.type] as unknown as {
        findUnique(args: object): Promise<{ sourceLocale: Locale } | null>;
      }
    ).findUnique({ where: { id: ref.id }, select: { sourceLocale: true } });
    const source =
      entity?.sourceLocale === o.source ? await readWorkingCopy(db, ref.type, ref.id, o.source) : null;
    if (!source) {
      missing.push(ref);
      continue;
    }
    const target = await readWorkingCopy(db, ref.type, ref.id, o.target);
    const pick = (content: Record<string, unknown>) =>
      Object.fromEntries(fieldsOfType(ref.type).map((f) => [f, (content[f] as string | null) ?? null]));
    items.push({
      type: ref.type,
      id: ref.id,
      name: source.content.name,
      sourceVersion: source.version,
      targetVersion: target?.version ?? 0,
      source: pick(source.content as unknown as Record<string, unknown>),
      target: target ? pick(target.content as unknown as Record<string, unknown>) : null,
    });
  }
  return missing.length ? { ok: false, missing } : { ok: true, items };
}
