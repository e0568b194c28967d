import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { contentTypes } from "@/lib/cache-tags";
import { Lru } from "@/lib/cache/lru";
import { readPublic, searchRead } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { MAX_QUERY_LENGTH } from "@/lib/validation/public";
import {
  FRAGMENT_DELIMITER,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  snippetFragments,
  type SnippetFragment,
} from "./search-snippet";
import { cachedRead } from "./shared";

export const searchTypes = ["organisation", "initiative", "region", "strategy", "pillar", "project"] as const;
export type SearchType = (typeof searchTypes)[number];

export interface SearchHit {
  type: SearchType;
  id: string;
  name: string;
  snippet: SnippetFragment[];
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
 * At most this many matches of each type are ranked. A word found in thousands of texts would
 * otherwise cost a ranking of all of them on every search (tens of milliseconds at 10,000
 * entities); beyond this many, the first matches found stand for the rest, and the page shows
 * the best SEARCH_LIMIT of them.
 */
const CANDIDATES = 500;
/** Snippets come from the start of the text: ts_headline's cost grows with the text's length. */
const SNIPPET_SOURCE = 1200;

const headlineOptions = `StartSel=${HIGHLIGHT_START},StopSel=${HIGHLIGHT_END},MaxFragments=2,MaxWords=28,MinWords=8,FragmentDelimiter=${FRAGMENT_DELIMITER}`;

/**
 * Languages that write compounds as one word ("basisvaardigheden"), where the stem of a query
 * word is also looked for inside the words of a text. French and English keep whole-word search.
 */
const splitsCompounds = (locale: Locale) => locale === "nl";
/** Shorter stems ("del" of "delen") are inside too many unrelated words. */
const MIN_COMPOUND_PART = 4;

/**
 * The published translations of one language that `match` accepts (it may use `t`, the
 * translation, and `q.query`), at most `limit` of each type, with what their URL needs.
 */
function candidates(locale: Locale, match: Prisma.Sql, limit = CANDIDATES) {
  const own = Prisma.sql`t.locale = ${locale}::"Locale" AND t.status = 'published' AND ${match}`;
  return Prisma.sql`
      (SELECT 'organisation' AS type, t.organisation_id AS id, t.name, t.slug, t.summary, t.body, t.search_vector,
              NULL AS strategy_slug, NULL AS pillar_slug, NULL AS project_key
         FROM organisation_translation t, q
        WHERE ${own}
        LIMIT ${limit})
      UNION ALL
      (SELECT 'initiative', t.initiative_id, t.name, t.slug, t.summary, t.body, t.search_vector, NULL, NULL, NULL
         FROM initiative_translation t, q
        WHERE ${own}
        LIMIT ${limit})
      UNION ALL
      (SELECT 'region', t.region_id, t.name, t.slug, t.summary, t.body, t.search_vector, NULL, NULL, NULL
         FROM region_translation t, q
        WHERE ${own}
        LIMIT ${limit})
      UNION ALL
      (SELECT 'strategy', t.strategy_id, t.name, t.slug, t.summary, t.body, t.search_vector, t.slug, NULL, NULL
         FROM strategy_translation t, q
        WHERE ${own}
        LIMIT ${limit})
      UNION ALL
      (SELECT 'pillar', t.pillar_id, t.name, t.slug, t.summary, t.body, t.search_vector, st.slug, t.slug, NULL
         FROM pillar_translation t
         CROSS JOIN q
         JOIN pillar p ON p.id = t.pillar_id
         JOIN strategy_translation st ON st.strategy_id = p.strategy_id AND st.locale = t.locale AND st.status = 'published'
        WHERE ${own}
        LIMIT ${limit})
      UNION ALL
      (SELECT 'project', t.project_id, t.name, t.slug, t.summary, t.body, t.search_vector, st.slug, pt.slug, pr.key
         FROM project_translation t
         CROSS JOIN q
         JOIN project pr ON pr.id = t.project_id
         JOIN pillar_translation pt ON pt.pillar_id = pr.pillar_id AND pt.locale = t.locale AND pt.status = 'published'
         JOIN pillar p ON p.id = pr.pillar_id
         JOIN strategy_translation st ON st.strategy_id = p.strategy_id AND st.locale = t.locale AND st.status = 'published'
        WHERE ${own}
        LIMIT ${limit})`;
}

/** The text the compound search looks in: the expression of the trigram indexes (search_compounds migration). */
const plainText = Prisma.sql`search_plain(t.name, t.summary, t.body)`;

type Row = Omit<SearchHit, "snippet"> & { headline: string; source: string; cut: boolean };

/**
 * Full-text search over the published translations of one language, with that language's
 * stemming and accents ignored (the search_* configurations of the search migration), ranked,
 * with highlighted snippets. In Dutch, texts whose words merely contain the query's (compounds)
 * come after every full-text match, when there are not already more of those than are shown.
 */
export async function readSearch(locale: Locale, rawQuery: string): Promise<SearchResult> {
  const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
  if (!query) return { query, total: 0, more: false, groups: [], suggestions: [] };
  const config = Prisma.sql`search_config(${locale}::"Locale")`;
  const found = await searchRead(
    (db) => db.$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery(${config}, ${query}) AS query),
    exact AS (${candidates(locale, Prisma.sql`t.search_vector @@ q.query`)}),
    -- The stems of the query's words, but of those it excludes ("-word").
    parts AS (
      SELECT DISTINCT part.lexeme
        FROM regexp_split_to_table(${query}, '\\s+') AS word,
             unnest(to_tsvector(${config}, word)) AS part
       WHERE ${splitsCompounds(locale)} AND word !~ '^-'
         AND length(part.lexeme) >= ${MIN_COMPOUND_PART} AND part.lexeme ~ '^[[:alnum:]]+$'
    ),
    -- What the query excludes ("-word"), which compound hits must not hold either.
    excluded AS (
      SELECT websearch_to_tsquery(${config}, string_agg(substr(word, 2), ' or ')) AS query
        FROM regexp_split_to_table(${query}, '\\s+') AS word
       WHERE word ~ '^-.'
    ),
    longest AS (SELECT lexeme FROM parts ORDER BY length(lexeme) DESC, lexeme LIMIT 1),
    -- The trigram index finds the texts holding the longest stem, the others are checked on them.
    compound AS (${candidates(
      locale,
      Prisma.sql`(SELECT count(*) FROM exact) <= ${SEARCH_LIMIT}
        AND ${plainText} LIKE (SELECT '%' || lexeme || '%' FROM longest)
        AND NOT EXISTS (SELECT 1 FROM parts WHERE strpos(${plainText}, parts.lexeme) = 0)
        AND NOT t.search_vector @@ q.query
        AND NOT coalesce(t.search_vector @@ (SELECT query FROM excluded), false)`,
      SEARCH_LIMIT + 1,
    )}),
    hits AS (SELECT *, true AS exact FROM exact UNION ALL SELECT *, false FROM compound),
    -- Compound hits, after every full-text one, rank by where the stem is: in the name, the
    -- summary or the text, weighted as the search vectors weigh them (ts_rank's defaults).
    ranked AS (
      SELECT h.*,
             CASE WHEN h.exact THEN ts_rank_cd(h.search_vector, q.query)
                  WHEN strpos(search_plain(h.name, NULL, NULL), (SELECT lexeme FROM longest)) > 0 THEN 1.0
                  WHEN strpos(search_plain(NULL, h.summary, NULL), (SELECT lexeme FROM longest)) > 0 THEN 0.4
                  ELSE 0.2 END::float8 AS rank
        FROM hits h, q
       ORDER BY h.exact DESC, rank DESC, h.name
       LIMIT ${SEARCH_LIMIT + 1}
    )
    SELECT h.type, h.id, h.name, h.slug,
           h.strategy_slug AS "strategySlug", h.pillar_slug AS "pillarSlug", h.project_key AS "projectKey",
           h.rank,
           ts_headline(${config}, s.source, CASE WHEN h.exact THEN q.query ELSE q.query || c.query END,
                       ${headlineOptions}) AS headline,
           s.source, s.cut
      FROM ranked h
     CROSS JOIN q
     -- The words of a compound hit that hold the query's stems, as a query its snippet highlights.
     CROSS JOIN LATERAL (
       SELECT websearch_to_tsquery(${config}, string_agg(DISTINCT w, ' or ')) AS query
         FROM regexp_split_to_table(search_plain(h.name, h.summary, h.body), '[^[:alnum:]]+') AS w
        WHERE NOT h.exact AND EXISTS (SELECT 1 FROM parts WHERE strpos(w, parts.lexeme) > 0)
     ) c
     -- Snippets come from the start of the text, up to the end of a word.
     CROSS JOIN LATERAL (SELECT h.summary || ' ' || h.body AS text) f
     CROSS JOIN LATERAL (
       SELECT left(f.text, ${SNIPPET_SOURCE}) || coalesce(substring(substr(f.text, ${SNIPPET_SOURCE + 1}) from '^\\S+'), '') AS text
     ) kept
     CROSS JOIN LATERAL (
       SELECT regexp_replace(kept.text, '[*_#>\`\\[\\]]', '', 'g') AS source, length(kept.text) < length(f.text) AS cut
     ) s
     ORDER BY h.exact DESC, h.rank DESC, h.name`,
  );
  const toHit = ({ headline, source, cut, ...hit }: Row): SearchHit => ({
    ...hit,
    snippet: snippetFragments(headline, source, cut),
  });
  const more = found.length > SEARCH_LIMIT;
  const hits = found.slice(0, SEARCH_LIMIT).map(toHit);
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

/**
 * The terms as the search reads them: spaces collapsed and lower case (the text-search
 * configurations and the trigram suggestions ignore case), so that "Digital  skills" and
 * "digital skills" share one cached result.
 */
export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * A token that changes whenever content does: one data-cache entry, tagged with every content
 * type, so a publish revalidates it with the pages (lib/actions/pipeline.ts) and the next read
 * makes a new one. With REDIS_URL the entry is shared, so every instance sees a publish at once.
 */
const contentVersion = cachedRead("content-version", contentTypes, async () => randomUUID());

/**
 * The most recent searches of this process, per (locale, normalized terms), each with the content
 * version it was read under: a fixed number of entries in memory, nothing in the data cache, so
 * memory and disk stay bounded whatever terms arrive (docs/platform.md). An entry holds the
 * pending read, so that many visitors asking the same new question at once cost one search.
 */
export const SEARCH_CACHE_ENTRIES = 1000;
const recentSearches = new Lru<string, { version: string; result: Promise<SearchResult> }>(
  SEARCH_CACHE_ENTRIES,
);

/** The search page's read: cached results, shown with the terms as the visitor typed them. */
export async function getSearch(locale: Locale, rawQuery: string): Promise<SearchResult> {
  const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
  if (!query) return { query, total: 0, more: false, groups: [], suggestions: [] };
  const normalized = normalizeQuery(query);
  const key = `${locale} ${normalized}`;
  // Read before the search: a result read while a publish lands is kept under the older version.
  const version = await contentVersion();
  let entry = recentSearches.get(key);
  if (entry?.version !== version) {
    // On the replica only when it has caught up: a result is kept until the next publish.
    const result = readPublic(() => readSearch(locale, normalized));
    entry = { version, result };
    recentSearches.set(key, entry);
    result.catch(() => {
      if (recentSearches.get(key)?.result === result) recentSearches.delete(key);
    });
  }
  return { ...(await entry.result), query };
}
