import "server-only";
import { searchRead } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { MAX_QUERY_LENGTH } from "@/lib/validation/public";

export const searchTypes = ["organisation", "initiative", "region", "strategy", "pillar", "project"] as const;
export type SearchType = (typeof searchTypes)[number];

/** Marks a highlighted span in snippets; rendered as <mark> by the page, never as HTML. */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

export interface SearchHit {
  type: SearchType;
  id: string;
  name: string;
  snippet: string;
  rank: number;
  /** What the URL of the hit is built from: its slug, and its parents' for pillars and projects. */
  slug: string;
  strategySlug: string | null;
  pillarSlug: string | null;
  projectKey: string | null;
}

export interface SearchResult {
  query: string;
  /** How many hits are shown (at most SEARCH_LIMIT). */
  total: number;
  /** Whether more texts match than are shown. */
  more: boolean;
  groups: { type: SearchType; hits: SearchHit[] }[];
  suggestions: string[];
}

/** The best matches shown; when there are more, the page says so and suggests narrowing down. */
export const SEARCH_LIMIT = 40;
/**
 * At most this many matches of a growing type (organisations, initiatives, projects) are ranked.
 * A word found in thousands of texts would otherwise cost a ranking of all of them on every
 * search (tens of milliseconds at 10,000 entities); beyond this many, the first matches found
 * stand for the rest, and the page shows the best 100 of them.
 */
const CANDIDATES = 500;
/** Snippets come from the start of the text: ts_headline's cost grows with the text's length. */
const SNIPPET_SOURCE = 1200;

const headlineOptions = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_END},MaxFragments=2,MaxWords=28,MinWords=8,FragmentDelimiter= … `;

/**
 * Full-text search over the published translations of one language, with that language's
 * stemming and accents ignored (the search_* configurations of the search migration), ranked,
 * with highlighted snippets.
 */
export async function readSearch(locale: Locale, rawQuery: string): Promise<SearchResult> {
  const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
  if (!query) return { query, total: 0, more: false, groups: [], suggestions: [] };
  const found = await searchRead(
    (db) => db.$queryRaw<SearchHit[]>`
    WITH q AS (SELECT websearch_to_tsquery(search_config(${locale}::"Locale"), ${query}) AS query),
    hits AS (
      (SELECT 'organisation' AS type, t.organisation_id AS id, t.name, t.slug, t.summary, t.body, t.search_vector,
              NULL AS strategy_slug, NULL AS pillar_slug, NULL AS project_key
         FROM organisation_translation t, q
        WHERE t.locale = ${locale}::"Locale" AND t.status = 'published' AND t.search_vector @@ q.query
        LIMIT ${CANDIDATES})
      UNION ALL
      (SELECT 'initiative', t.initiative_id, t.name, t.slug, t.summary, t.body, t.search_vector, NULL, NULL, NULL
         FROM initiative_translation t, q
        WHERE t.locale = ${locale}::"Locale" AND t.status = 'published' AND t.search_vector @@ q.query
        LIMIT ${CANDIDATES})
      UNION ALL
      SELECT 'region', t.region_id, t.name, t.slug, t.summary, t.body, t.search_vector, NULL, NULL, NULL
        FROM region_translation t, q
       WHERE t.locale = ${locale}::"Locale" AND t.status = 'published' AND t.search_vector @@ q.query
      UNION ALL
      SELECT 'strategy', t.strategy_id, t.name, t.slug, t.summary, t.body, t.search_vector, t.slug, NULL, NULL
        FROM strategy_translation t, q
       WHERE t.locale = ${locale}::"Locale" AND t.status = 'published' AND t.search_vector @@ q.query
      UNION ALL
      SELECT 'pillar', t.pillar_id, t.name, t.slug, t.summary, t.body, t.search_vector, st.slug, t.slug, NULL
        FROM pillar_translation t
        JOIN q ON t.search_vector @@ q.query
        JOIN pillar p ON p.id = t.pillar_id
        JOIN strategy_translation st ON st.strategy_id = p.strategy_id AND st.locale = t.locale AND st.status = 'published'
       WHERE t.locale = ${locale}::"Locale" AND t.status = 'published'
      UNION ALL
      (SELECT 'project', t.project_id, t.name, t.slug, t.summary, t.body, t.search_vector, st.slug, pt.slug, pr.key
         FROM project_translation t
         JOIN q ON t.search_vector @@ q.query
         JOIN project pr ON pr.id = t.project_id
         JOIN pillar_translation pt ON pt.pillar_id = pr.pillar_id AND pt.locale = t.locale AND pt.status = 'published'
         JOIN pillar p ON p.id = pr.pillar_id
         JOIN strategy_translation st ON st.strategy_id = p.strategy_id AND st.locale = t.locale AND st.status = 'published'
        WHERE t.locale = ${locale}::"Locale" AND t.status = 'published'
        LIMIT ${CANDIDATES})
    )
    SELECT h.type, h.id, h.name, h.slug,
           h.strategy_slug AS "strategySlug", h.pillar_slug AS "pillarSlug", h.project_key AS "projectKey",
           ts_rank_cd(h.search_vector, q.query)::float8 AS rank,
           ts_headline(search_config(${locale}::"Locale"),
                       regexp_replace(left(h.summary || ' ' || h.body, ${SNIPPET_SOURCE}), '[*_#>\`\\[\\]]', '', 'g'),
                       q.query, ${headlineOptions}) AS snippet
      FROM hits h, q
     ORDER BY rank DESC, h.name
     LIMIT ${SEARCH_LIMIT + 1}`,
  );
  const more = found.length > SEARCH_LIMIT;
  const hits = found.slice(0, SEARCH_LIMIT);
  const groups = searchTypes
    .map((type) => ({ type, hits: hits.filter((h) => h.type === type) }))
    .filter((g) => g.hits.length > 0);
  const suggestions = hits.length ? [] : await readSuggestions(locale, query);
  return { query, total: hits.length, more, groups, suggestions };
}

/** Names close to a query that found nothing (trigram similarity), to offer instead. */
async function readSuggestions(locale: Locale, query: string): Promise<string[]> {
  // `<%` (word similarity above pg_trgm.word_similarity_threshold, here 0.3 for this transaction
  // only) is answered by the trigram indexes on the names; word_similarity() in a WHERE clause
  // would compare the query with every name.
  const [, rows] = await searchRead((db) =>
    db.$transaction([
      db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', '0.3', true)`,
      db.$queryRaw<{ name: string }[]>`
      SELECT name FROM (
        SELECT name FROM organisation_translation WHERE locale = ${locale}::"Locale" AND status = 'published' AND ${query} <% name
        UNION SELECT name FROM initiative_translation WHERE locale = ${locale}::"Locale" AND status = 'published' AND ${query} <% name
        UNION SELECT name FROM region_translation WHERE locale = ${locale}::"Locale" AND status = 'published' AND ${query} <% name
        UNION SELECT name FROM pillar_translation WHERE locale = ${locale}::"Locale" AND status = 'published' AND ${query} <% name
        UNION SELECT name FROM project_translation WHERE locale = ${locale}::"Locale" AND status = 'published' AND ${query} <% name
      ) names
      ORDER BY word_similarity(${query}, name) DESC, name
      LIMIT 5`,
    ]),
  );
  return rows.map((r) => r.name);
}
