-- Words inside Dutch compounds: "vaardigheden" should find "basisvaardigheden", which the
-- dutch stemmer reduces to another lexeme. PostgreSQL ships no Dutch compound dictionary, so the
-- search also looks for the stem of each query word inside the words of the text (LIKE '%stem%'),
-- answered by a trigram index on the text without accents, in lower case (hand-written: Prisma's
-- schema language cannot express an index on an expression). The expression must stay exactly
-- the one lib/content/search.ts searches. Objects named search_* are excluded from the drift test.
-- No semicolon may appear inside a statement or comment here: the offline schema engine splits
-- migration scripts on every semicolon.

-- IMMUTABLE so that an index may use it: unaccent is only STABLE because its rules file could
-- change, which the portal never does.
CREATE FUNCTION search_plain(name text, summary text, body text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(name, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(body, ''))) $$;

CREATE INDEX "search_region_translation_plain_trgm_idx" ON "region_translation"
  USING GIN (search_plain("name", "summary", "body") gin_trgm_ops);

CREATE INDEX "search_organisation_translation_plain_trgm_idx" ON "organisation_translation"
  USING GIN (search_plain("name", "summary", "body") gin_trgm_ops);

CREATE INDEX "search_initiative_translation_plain_trgm_idx" ON "initiative_translation"
  USING GIN (search_plain("name", "summary", "body") gin_trgm_ops);

CREATE INDEX "search_strategy_translation_plain_trgm_idx" ON "strategy_translation"
  USING GIN (search_plain("name", "summary", "body") gin_trgm_ops);

CREATE INDEX "search_pillar_translation_plain_trgm_idx" ON "pillar_translation"
  USING GIN (search_plain("name", "summary", "body") gin_trgm_ops);

CREATE INDEX "search_project_translation_plain_trgm_idx" ON "project_translation"
  USING GIN (search_plain("name", "summary", "body") gin_trgm_ops);
