import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { contentTables } from "./content-list";

/**
 * The state of one translation on the dashboard. Work in progress (draft, in review) shows as
 * such; a published translation whose source language was published after it is outdated.
 */
export const translationStates = [
  "missing",
  "draft",
  "in_review",
  "outdated",
  "published",
  "withdrawn",
  "archived",
] as const;
export type TranslationState = (typeof translationStates)[number];

export interface MatrixCell {
  state: TranslationState;
  /** When the source text was last published, for an outdated cell. */
  sourcePublishedAt: string | null;
}

export interface MatrixRow {
  type: ContentType;
  id: string;
  key: string;
  sourceLocale: Locale;
  names: Partial<Record<Locale, string>>;
  cells: Record<Locale, MatrixCell>;
}

export interface MatrixFilter {
  type?: ContentType;
  locale?: Locale;
  state?: TranslationState;
  page: number;
}

export const MATRIX_PAGE_SIZE = 50;

/** One row per (entity, locale), present or not, with its state. */
const cells = Prisma.sql`
  ${contentTables},
  cells AS (
    SELECT e.type, e.id, e.key, e.source_locale, l.locale, t.working_name AS name, src.published_at AS source_published_at,
           CASE
             WHEN t.locale IS NULL THEN 'missing'
             WHEN t.working_status IN ('draft', 'in_review') THEN t.working_status::text
             WHEN t.status = 'published' AND l.locale <> e.source_locale
                  AND src.status = 'published' AND src.published_at > t.published_at THEN 'outdated'
             ELSE t.status::text
           END AS state
      FROM e
      CROSS JOIN unnest(enum_range(NULL::"Locale")) AS l(locale)
      LEFT JOIN tr t ON t.type = e.type AND t.entity_id = e.id AND t.locale = l.locale
      LEFT JOIN raw src ON src.type = e.type AND src.entity_id = e.id AND src.locale = e.source_locale
  )`;

export type TranslationTotals = Partial<Record<Locale, Partial<Record<TranslationState, number>>>>;

const ofType = (type: ContentType | undefined, alias: string) =>
  type ? Prisma.sql`${Prisma.raw(alias)}.type = ${type}` : Prisma.sql`true`;

/** How many translations are in each state, per language (of one type, or of all). */
export async function readTranslationTotals(type?: ContentType): Promise<TranslationTotals> {
  const counts = await db.$queryRaw<{ locale: Locale; state: TranslationState; count: bigint }[]>`
    ${cells}
    SELECT locale, state, count(*) AS count FROM cells x WHERE ${ofType(type, "x")} GROUP BY locale, state`;
  const totals: TranslationTotals = {};
  for (const c of counts) (totals[c.locale] ??= {})[c.state] = Number(c.count);
  return totals;
}

/** Counts per language and state (over the chosen type), and one page of matching items. */
export async function readTranslationMatrix(filter: MatrixFilter) {
  const cellConditions = [Prisma.sql`c.type = m.type AND c.id = m.id`];
  if (filter.locale) cellConditions.push(Prisma.sql`c.locale = ${filter.locale}::"Locale"`);
  if (filter.state) cellConditions.push(Prisma.sql`c.state = ${filter.state}`);
  const [totals, rows] = await Promise.all([
    readTranslationTotals(filter.type),
    db.$queryRaw<
      {
        type: ContentType;
        id: string;
        key: string;
        source_locale: Locale;
        cells: Record<
          Locale,
          { state: TranslationState; name: string | null; sourcePublishedAt: string | null }
        >;
        total: bigint;
      }[]
    >`
      ${cells},
      matching AS (
        SELECT DISTINCT m.type, m.id, m.key, m.source_locale FROM cells m
         WHERE ${ofType(filter.type, "m")} AND EXISTS (SELECT 1 FROM cells c WHERE ${Prisma.join(cellConditions, " AND ")})
      )
      SELECT m.type, m.id, m.key, m.source_locale,
             (SELECT jsonb_object_agg(c.locale, jsonb_build_object('state', c.state, 'name', c.name, 'sourcePublishedAt', c.source_published_at))
                FROM cells c WHERE c.type = m.type AND c.id = m.id) AS cells,
             count(*) OVER () AS total
        FROM matching m
       ORDER BY array_position(${[...contentTypes]}::text[], m.type), m.key
       LIMIT ${MATRIX_PAGE_SIZE} OFFSET ${(filter.page - 1) * MATRIX_PAGE_SIZE}`,
  ]);
  return {
    totals,
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((r): MatrixRow => ({
      type: r.type,
      id: r.id,
      key: r.key,
      sourceLocale: r.source_locale,
      names: Object.fromEntries(
        Object.entries(r.cells)
          .filter(([, c]) => c.name)
          .map(([l, c]) => [l, c.name!]),
      ),
      cells: Object.fromEntries(
        Object.entries(r.cells).map(([l, c]) => [
          l,
          { state: c.state, sourcePublishedAt: c.state === "outdated" ? c.sourcePublishedAt : null },
        ]),
      ) as Record<Locale, MatrixCell>,
    })),
  };
}

// ── Alt texts of the media library ──

export type AltTextState = "missing" | "present";

export interface AltTextRow {
  id: string;
  filename: string;
  cells: Record<Locale, AltTextState>;
}

/**
 * Images that need an alt text (every image not marked decorative) and lack it in at least one
 * language, with how many lack it per language: a missing alt text is work for a translator as
 * a missing translation is.
 */
export async function readAltTextMatrix(limit = MATRIX_PAGE_SIZE) {
  const rows = await db.$queryRaw<{ id: string; filename: string; present: Locale[]; total: bigint }[]>`
    SELECT a.id, a.filename,
           coalesce(array_agg(t.locale::text) FILTER (WHERE t.alt <> ''), '{}') AS present,
           count(*) OVER () AS total
      FROM media_asset a
      LEFT JOIN media_text t ON t.asset_id = a.id
     WHERE a.kind = 'image' AND NOT a.decorative
     GROUP BY a.id
    HAVING count(*) FILTER (WHERE t.alt <> '') < cardinality(enum_range(NULL::"Locale"))
     ORDER BY a.created_at DESC, a.id`;
  const locales = (
    await db.$queryRaw<{ l: Locale }[]>`SELECT unnest(enum_range(NULL::"Locale"))::text AS l`
  ).map((r) => r.l);
  const all = rows.map((r): AltTextRow => ({
    id: r.id,
    filename: r.filename,
    cells: Object.fromEntries(
      locales.map((l) => [l, r.present.includes(l) ? "present" : "missing"]),
    ) as Record<Locale, AltTextState>,
  }));
  const totals = Object.fromEntries(
    locales.map((l) => [l, all.filter((r) => r.cells[l] === "missing").length]),
  ) as Record<Locale, number>;
  return { totals, total: all.length, rows: all.slice(0, limit) };
}
