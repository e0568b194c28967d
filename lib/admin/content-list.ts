import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TranslationStatus } from "@/lib/generated/prisma/enums";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

export interface ContentListFilter {
  q?: string;
  type?: ContentType;
  status?: TranslationStatus;
  locale?: Locale;
  region?: string;
  page: number;
}

export interface LanguageState {
  name: string;
  /** The state an editor works on (a pending draft of a published text shows as draft). */
  status: TranslationStatus;
  /** What the public site shows. */
  publicStatus: TranslationStatus;
  version: number;
}

export interface ContentListRow {
  type: ContentType;
  id: string;
  key: string;
  regionKey: string | null;
  updatedAt: Date;
  languages: Partial<Record<Locale, LanguageState>>;
}

export const CONTENT_PAGE_SIZE = 25;

/**
 * Common table expressions over every content type: `e` (entities with their region and source
 * language), `raw` (translation rows) and `tr` (rows with their working copy's status and name).
 */
export const contentTables = Prisma.sql`
    WITH e AS (
      SELECT 'region' AS type, r.id, r.key, r.key AS region_key, r.updated_at, r.source_locale FROM region r
      UNION ALL SELECT 'organisation', o.id, o.key, r.key, o.updated_at, o.source_locale FROM organisation o JOIN region r ON r.id = o.region_id
      UNION ALL SELECT 'initiative', i.id, i.key, r.key, i.updated_at, i.source_locale FROM initiative i LEFT JOIN region r ON r.id = i.region_id
      UNION ALL SELECT 'strategy', s.id, s.key, r.key, s.updated_at, s.source_locale FROM strategy s JOIN region r ON r.id = s.region_id
      UNION ALL SELECT 'pillar', p.id, p.key, r.key, p.updated_at, p.source_locale FROM pillar p JOIN strategy s ON s.id = p.strategy_id JOIN region r ON r.id = s.region_id
      UNION ALL SELECT 'project', pr.id, pr.key, r.key, pr.updated_at, pr.source_locale FROM project pr JOIN pillar p ON p.id = pr.pillar_id JOIN strategy s ON s.id = p.strategy_id JOIN region r ON r.id = s.region_id
    ),
    raw AS (
      SELECT 'region' AS type, region_id AS entity_id, locale, name, status, version, updated_at, published_at FROM region_translation
      UNION ALL SELECT 'organisation', organisation_id, locale, name, status, version, updated_at, published_at FROM organisation_translation
      UNION ALL SELECT 'initiative', initiative_id, locale, name, status, version, updated_at, published_at FROM initiative_translation
      UNION ALL SELECT 'strategy', strategy_id, locale, name, status, version, updated_at, published_at FROM strategy_translation
      UNION ALL SELECT 'pillar', pillar_id, locale, name, status, version, updated_at, published_at FROM pillar_translation
      UNION ALL SELECT 'project', project_id, locale, name, status, version, updated_at, published_at FROM project_translation
    ),
    tr AS (
      SELECT raw.*, coalesce(rev.status, raw.status) AS working_status, coalesce(rev.content->>'name', raw.name) AS working_name
        FROM raw
        LEFT JOIN LATERAL (
          SELECT status, content FROM revision v
           WHERE v.entity_type::text = raw.type AND v.entity_id = raw.entity_id AND v.locale = raw.locale AND v.version = raw.version
           ORDER BY v.created_at DESC LIMIT 1
        ) rev ON true
    )`;

/** Every entity with its translations' states, filtered, newest change first. */
export async function readContentList(
  filter: ContentListFilter,
): Promise<{ rows: ContentListRow[]; total: number }> {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (filter.type) conditions.push(Prisma.sql`e.type = ${filter.type}`);
  if (filter.region) conditions.push(Prisma.sql`e.region_key = ${filter.region}`);
  if (filter.q)
    conditions.push(
      Prisma.sql`(e.key ILIKE ${`%${filter.q}%`} OR EXISTS (SELECT 1 FROM tr t2 WHERE t2.type = e.type AND t2.entity_id = e.id AND t2.name ILIKE ${`%${filter.q}%`}))`,
    );
  if (filter.status || filter.locale) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM tr t3 WHERE t3.type = e.type AND t3.entity_id = e.id
        ${filter.locale ? Prisma.sql`AND t3.locale = ${filter.locale}::"Locale"` : Prisma.empty}
        ${filter.status ? Prisma.sql`AND t3.working_status = ${filter.status}::"TranslationStatus"` : Prisma.empty})`,
    );
  }
  const rows = await db.$queryRaw<
    {
      type: ContentType;
      id: string;
      key: string;
      region_key: string | null;
      updated_at: Date;
      languages: Record<string, LanguageState> | null;
      total: bigint;
    }[]
  >`
    ${contentTables}
    SELECT e.type, e.id, e.key, e.region_key,
           greatest(e.updated_at, max(tr.updated_at)) AS updated_at,
           jsonb_object_agg(tr.locale, jsonb_build_object('name', tr.working_name, 'status', tr.working_status, 'publicStatus', tr.status, 'version', tr.version))
             FILTER (WHERE tr.locale IS NOT NULL) AS languages,
           count(*) OVER () AS total
      FROM e LEFT JOIN tr ON tr.type = e.type AND tr.entity_id = e.id
     WHERE ${Prisma.join(conditions, " AND ")}
     GROUP BY e.type, e.id, e.key, e.region_key, e.updated_at
     ORDER BY 5 DESC, e.key
     LIMIT ${CONTENT_PAGE_SIZE} OFFSET ${(filter.page - 1) * CONTENT_PAGE_SIZE}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((r) => ({
      type: r.type,
      id: r.id,
      key: r.key,
      regionKey: r.region_key,
      updatedAt: r.updated_at,
      languages: (r.languages ?? {}) as Partial<Record<Locale, LanguageState>>,
    })),
  };
}
