import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TranslationStatus } from "@/lib/generated/prisma/enums";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { localize, publishedOnly } from "@/lib/content/shared";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { likePattern, snippetAround, type Snippet } from "./snippet";

export interface ContentListFilter {
  q?: string;
  type?: ContentType;
  status?: TranslationStatus;
  locale?: Locale;
  region?: string;
  page: number;
  /** Rows per page (CONTENT_PAGE_SIZES); CONTENT_PAGE_SIZE when absent. */
  pageSize?: number;
  /** Newest change first when absent. */
  sort?: ContentSort;
  /** The types in the order a sort by type shows them (their names' order in the reader's language). */
  typeOrder?: readonly ContentType[];
}

/** What the list can be sorted by: the name, the type, a language's status, the last change. */
export type SortKey = "name" | "type" | "updated" | `status-${Locale}`;
export interface ContentSort {
  key: SortKey;
  direction: "asc" | "desc";
}

export interface LanguageState {
  name: string;
  /** The state an editor works on (a pending draft of a published text shows as draft). */
  status: TranslationStatus;
  /** What the public site shows. */
  publicStatus: TranslationStatus;
  version: number;
}

/** Why a row matched a search: words in a field of a working copy, or the item's key. */
export interface SearchMatch {
  field: "name" | "summary" | "body" | "key";
  /** The language of the working copy that matched; null for the key. */
  locale: Locale | null;
  snippet: Snippet;
}

export interface ContentListRow {
  type: ContentType;
  id: string;
  key: string;
  regionKey: string | null;
  updatedAt: Date;
  languages: Partial<Record<Locale, LanguageState>>;
  /** Set when the list was searched. */
  match: SearchMatch | null;
}

export const CONTENT_PAGE_SIZE = 25;
/** The page sizes an editor can choose (the address's `size`); anything else is the default. */
export const CONTENT_PAGE_SIZES = [25, 50, 100] as const;

/** The working states in the order a sort by status shows them; a missing translation comes last. */
const statusOrder = Prisma.sql`ARRAY['draft', 'in_review', 'published', 'archived']::text[]`;

/** The expression a sort orders `matching` rows by, and the value it reads for the page. */
function sortExpression(sort: ContentSort, ui: Locale, typeOrder: readonly ContentType[]): Prisma.Sql {
  if (sort.key === "updated") return Prisma.sql`m.updated_at`;
  if (sort.key === "type") return Prisma.sql`array_position(${[...typeOrder]}::text[], m.type)`;
  if (sort.key === "name")
    // The name the list shows: the reader's language, else the first language the item has, else its key.
    return Prisma.sql`lower(coalesce((SELECT tr.working_name FROM tr WHERE tr.type = m.type AND tr.entity_id = m.id
                       ORDER BY tr.locale = ${ui}::"Locale" DESC, tr.locale::text LIMIT 1), m.key))`;
  const locale = sort.key.slice("status-".length);
  return Prisma.sql`array_position(${statusOrder}, (SELECT tr.working_status::text FROM tr
                     WHERE tr.type = m.type AND tr.entity_id = m.id AND tr.locale = ${locale}::"Locale"))`;
}

/**
 * Common table expressions over every content type: `e` (entities with their region and source
 * language), `raw` (translation rows) and `tr` (rows with their working copy: the revision of
 * the row's version, or the row itself when it has none). They are inlined wherever they are
 * used (NOT MATERIALIZED), so that a condition on one item reaches the tables' indexes.
 */
export const contentTables = Prisma.sql`
    WITH e AS NOT MATERIALIZED (
      SELECT 'region' AS type, r.id, r.key, r.key AS region_key, r.updated_at, r.source_locale FROM region r
      UNION ALL SELECT 'organisation', o.id, o.key, r.key, o.updated_at, o.source_locale FROM organisation o JOIN region r ON r.id = o.region_id
      UNION ALL SELECT 'initiative', i.id, i.key, r.key, i.updated_at, i.source_locale FROM initiative i LEFT JOIN region r ON r.id = i.region_id
      UNION ALL SELECT 'strategy', s.id, s.key, r.key, s.updated_at, s.source_locale FROM strategy s JOIN region r ON r.id = s.region_id
      UNION ALL SELECT 'pillar', p.id, p.key, r.key, p.updated_at, p.source_locale FROM pillar p JOIN strategy s ON s.id = p.strategy_id JOIN region r ON r.id = s.region_id
      UNION ALL SELECT 'project', pr.id, pr.key, r.key, pr.updated_at, pr.source_locale FROM project pr JOIN pillar p ON p.id = pr.pillar_id JOIN strategy s ON s.id = p.strategy_id JOIN region r ON r.id = s.region_id
    ),
    raw AS NOT MATERIALIZED (
      SELECT 'region' AS type, region_id AS entity_id, locale, name, summary, body, status, version, updated_at, published_at FROM region_translation
      UNION ALL SELECT 'organisation', organisation_id, locale, name, summary, body, status, version, updated_at, published_at FROM organisation_translation
      UNION ALL SELECT 'initiative', initiative_id, locale, name, summary, body, status, version, updated_at, published_at FROM initiative_translation
      UNION ALL SELECT 'strategy', strategy_id, locale, name, summary, body, status, version, updated_at, published_at FROM strategy_translation
      UNION ALL SELECT 'pillar', pillar_id, locale, name, summary, body, status, version, updated_at, published_at FROM pillar_translation
      UNION ALL SELECT 'project', project_id, locale, name, summary, body, status, version, updated_at, published_at FROM project_translation
    ),
    tr AS NOT MATERIALIZED (
      SELECT raw.*, coalesce(rev.status, raw.status) AS working_status,
             coalesce(rev.content->>'name', raw.name) AS working_name,
             coalesce(rev.content->>'summary', raw.summary) AS working_summary,
             coalesce(rev.content->>'body', raw.body) AS working_body
        FROM raw
        LEFT JOIN revision rev ON rev.entity_type = raw.type::"ContentType" AND rev.entity_id = raw.entity_id
                              AND rev.locale = raw.locale AND rev.version = raw.version
    )`;

/**
 * The text of a revision that search looks in. It must stay exactly the expression of the
 * trigram index `search_revision_text_trgm_idx` (migration admin_search), or the index is not used.
 */
const revisionText = Prisma.sql`(coalesce(v.content->>'name', '') || ' ' || coalesce(v.content->>'summary', '') || ' ' || coalesce(v.content->>'body', ''))`;

/**
 * The items whose key, or the name, summary or text of a working copy in any language, contains
 * the pattern: working copies saved as revisions through the trigram index, the few rows without
 * one (written outside the admin) by scanning them.
 */
const searchHits = (pattern: string) => Prisma.sql`,
    bare AS MATERIALIZED (
      SELECT raw.* FROM raw WHERE NOT EXISTS (
        SELECT 1 FROM revision v WHERE v.entity_type = raw.type::"ContentType" AND v.entity_id = raw.entity_id
                                   AND v.locale = raw.locale AND v.version = raw.version)
    ),
    hits AS (
      SELECT raw.type, raw.entity_id FROM revision v
        JOIN raw ON v.entity_type = raw.type::"ContentType" AND v.entity_id = raw.entity_id
                AND v.locale = raw.locale AND v.version = raw.version
       WHERE ${revisionText} ILIKE ${pattern}
      UNION SELECT b.type, b.entity_id FROM bare b
       WHERE b.name ILIKE ${pattern} OR b.summary ILIKE ${pattern} OR b.body ILIKE ${pattern}
      UNION SELECT e.type, e.id FROM e WHERE e.key ILIKE ${pattern}
    )`;

/** Where a row matched: its first matching field (name, summary, text), the reader's language first. */
const firstMatch = (q: string, pattern: string, ui: Locale) => Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT tr.locale AS match_locale, f.field AS match_field,
           greatest(1, strpos(lower(f.value), lower(${q})) - 80) AS match_from,
           substr(f.value, greatest(1, strpos(lower(f.value), lower(${q})) - 80), 240) AS match_text
      FROM tr CROSS JOIN LATERAL (
        VALUES (1, 'name', tr.working_name), (2, 'summary', tr.working_summary), (3, 'body', tr.working_body)
      ) f(n, field, value)
     WHERE tr.type = page.type AND tr.entity_id = page.id AND f.value ILIKE ${pattern}
     ORDER BY f.n, tr.locale = ${ui}::"Locale" DESC, tr.locale
     LIMIT 1
  ) m ON true`;

interface ListRow {
  type: ContentType;
  id: string;
  key: string;
  region_key: string | null;
  updated_at: Date;
  languages: Partial<Record<Locale, LanguageState>> | null;
  total: bigint;
  match_locale?: Locale | null;
  match_field?: "name" | "summary" | "body" | null;
  match_from?: number | null;
  match_text?: string | null;
}

function matchOf(row: ListRow, q: string): SearchMatch | null {
  if (row.match_field && row.match_text !== null && row.match_text !== undefined) {
    const snippet = snippetAround(row.match_text, q, { cutStart: (row.match_from ?? 1) > 1 });
    if (snippet) return { field: row.match_field, locale: row.match_locale ?? null, snippet };
  }
  const key = snippetAround(row.key, q);
  return key ? { field: "key", locale: null, snippet: key } : null;
}

/**
 * One page of items with their translations' states, newest change first unless sorted otherwise,
 * filtered; a search
 * (`q`) also says where each item matched. The page is chosen first, over the translation rows
 * alone; working copies are read for its rows only.
 */
export async function readContentList(
  filter: ContentListFilter,
  ui: Locale = "en",
): Promise<{ rows: ContentListRow[]; total: number }> {
  const q = filter.q?.trim() ?? "";
  const pattern = likePattern(q);
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (filter.type) conditions.push(Prisma.sql`e.type = ${filter.type}`);
  if (filter.region) conditions.push(Prisma.sql`e.region_key = ${filter.region}`);
  if (q) conditions.push(Prisma.sql`(e.type, e.id) IN (SELECT type, entity_id FROM hits)`);
  if (filter.status || filter.locale) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM tr t3 WHERE t3.type = e.type AND t3.entity_id = e.id
        ${filter.locale ? Prisma.sql`AND t3.locale = ${filter.locale}::"Locale"` : Prisma.empty}
        ${filter.status ? Prisma.sql`AND t3.working_status = ${filter.status}::"TranslationStatus"` : Prisma.empty})`,
    );
  }
  const size = (CONTENT_PAGE_SIZES as readonly number[]).includes(filter.pageSize ?? 0)
    ? filter.pageSize!
    : CONTENT_PAGE_SIZE;
  const sort = filter.sort ?? { key: "updated", direction: "desc" };
  const direction = sort.direction === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await db.$queryRaw<ListRow[]>`
    ${contentTables}${q ? searchHits(pattern) : Prisma.empty},
    matching AS (
      SELECT e.type, e.id, e.key, e.region_key, greatest(e.updated_at, max(raw.updated_at)) AS updated_at
        FROM e LEFT JOIN raw ON raw.type = e.type AND raw.entity_id = e.id
       WHERE ${Prisma.join(conditions, " AND ")}
       GROUP BY e.type, e.id, e.key, e.region_key, e.updated_at
    ),
    page AS (
      SELECT m.*, count(*) OVER () AS total,
             row_number() OVER (ORDER BY ${sortExpression(sort, ui, filter.typeOrder ?? contentTypes)} ${direction} NULLS LAST,
                                m.updated_at DESC, m.key, m.id) AS n
        FROM matching m
       ORDER BY n
       LIMIT ${size} OFFSET ${(filter.page - 1) * size}
    )
    SELECT page.*, langs.languages${q ? Prisma.sql`, m.*` : Prisma.empty}
      FROM page
      LEFT JOIN LATERAL (
        SELECT jsonb_object_agg(tr.locale, jsonb_build_object('name', tr.working_name, 'status', tr.working_status,
                                'publicStatus', tr.status, 'version', tr.version)) AS languages
          FROM tr WHERE tr.type = page.type AND tr.entity_id = page.id
      ) langs ON true
      ${q ? firstMatch(q, pattern, ui) : Prisma.empty}
     ORDER BY page.n`;
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((r) => ({
      type: r.type,
      id: r.id,
      key: r.key,
      regionKey: r.region_key,
      updatedAt: r.updated_at,
      languages: r.languages ?? {},
      match: q ? matchOf(r, q) : null,
    })),
  };
}

/** The regions, by position, named in the reader's language: the content list's filter. */
export async function readRegionOptions(locale: Locale): Promise<{ key: string; name: string }[]> {
  const regions = await db.region.findMany({
    orderBy: { position: "asc" },
    select: { key: true, translations: publishedOnly },
  });
  return regions.map((r) => ({ key: r.key, name: localize(r.translations, locale)?.name ?? r.key }));
}
