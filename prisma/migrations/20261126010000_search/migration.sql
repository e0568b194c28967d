-- Full-text search per language (hand-written: Prisma's schema language cannot express it).
-- No semicolon may appear inside a statement or comment here: the offline schema engine splits
-- migration scripts on every semicolon.
-- Each language gets a text-search configuration that ignores accents (unaccent) and stems
-- (dutch, french, english). Each translation table gets a generated, weighted tsvector in its
-- row's language and a GIN index. Objects named search_* are excluded from the drift test.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH CONFIGURATION search_nl (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION search_nl
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;

CREATE TEXT SEARCH CONFIGURATION search_fr (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION search_fr
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TEXT SEARCH CONFIGURATION search_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION search_en
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- The configuration of a locale, IMMUTABLE so that generated columns and indexes may use it.
CREATE FUNCTION search_config(locale "Locale") RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE locale WHEN 'nl' THEN 'search_nl'::regconfig WHEN 'fr' THEN 'search_fr'::regconfig ELSE 'search_en'::regconfig END $$;

ALTER TABLE "region_translation" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(search_config("locale"), coalesce("name", '')), 'A') ||
  setweight(to_tsvector(search_config("locale"), coalesce("summary", '') || ' ' || coalesce("seo_description", '')), 'B') ||
  setweight(to_tsvector(search_config("locale"), coalesce("body", '')), 'C')
) STORED;
CREATE INDEX "search_region_translation_idx" ON "region_translation" USING GIN ("search_vector");
CREATE INDEX "search_region_translation_name_trgm_idx" ON "region_translation" USING GIN ("name" gin_trgm_ops);

ALTER TABLE "organisation_translation" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(search_config("locale"), coalesce("name", '')), 'A') ||
  setweight(to_tsvector(search_config("locale"), coalesce("summary", '') || ' ' || coalesce("seo_description", '')), 'B') ||
  setweight(to_tsvector(search_config("locale"), coalesce("body", '')), 'C')
) STORED;
CREATE INDEX "search_organisation_translation_idx" ON "organisation_translation" USING GIN ("search_vector");
CREATE INDEX "search_organisation_translation_name_trgm_idx" ON "organisation_translation" USING GIN ("name" gin_trgm_ops);

ALTER TABLE "initiative_translation" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(search_config("locale"), coalesce("name", '')), 'A') ||
  setweight(to_tsvector(search_config("locale"), coalesce("summary", '') || ' ' || coalesce("seo_description", '')), 'B') ||
  setweight(to_tsvector(search_config("locale"), coalesce("body", '')), 'C')
) STORED;
CREATE INDEX "search_initiative_translation_idx" ON "initiative_translation" USING GIN ("search_vector");
CREATE INDEX "search_initiative_translation_name_trgm_idx" ON "initiative_translation" USING GIN ("name" gin_trgm_ops);

ALTER TABLE "strategy_translation" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(search_config("locale"), coalesce("name", '')), 'A') ||
  setweight(to_tsvector(search_config("locale"), coalesce("summary", '') || ' ' || coalesce("seo_description", '')), 'B') ||
  setweight(to_tsvector(search_config("locale"), coalesce("body", '')), 'C')
) STORED;
CREATE INDEX "search_strategy_translation_idx" ON "strategy_translation" USING GIN ("search_vector");
CREATE INDEX "search_strategy_translation_name_trgm_idx" ON "strategy_translation" USING GIN ("name" gin_trgm_ops);

ALTER TABLE "pillar_translation" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(search_config("locale"), coalesce("name", '')), 'A') ||
  setweight(to_tsvector(search_config("locale"), coalesce("summary", '') || ' ' || coalesce("seo_description", '')), 'B') ||
  setweight(to_tsvector(search_config("locale"), coalesce("body", '')), 'C')
) STORED;
CREATE INDEX "search_pillar_translation_idx" ON "pillar_translation" USING GIN ("search_vector");
CREATE INDEX "search_pillar_translation_name_trgm_idx" ON "pillar_translation" USING GIN ("name" gin_trgm_ops);

ALTER TABLE "project_translation" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(search_config("locale"), coalesce("name", '')), 'A') ||
  setweight(to_tsvector(search_config("locale"), coalesce("summary", '') || ' ' || coalesce("seo_description", '')), 'B') ||
  setweight(to_tsvector(search_config("locale"), coalesce("body", '')), 'C')
) STORED;
CREATE INDEX "search_project_translation_idx" ON "project_translation" USING GIN ("search_vector");
CREATE INDEX "search_project_translation_name_trgm_idx" ON "project_translation" USING GIN ("name" gin_trgm_ops);
