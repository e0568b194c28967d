-- German search (hand-written, like the search migration): a configuration that ignores accents
-- (unaccent) and stems with the german stemmer, chosen by search_config for the locale 'de'.
-- The locale is compared as text: PostgreSQL refuses a new enum value as a literal in the
-- transaction that adds it, and a run of every migration at once (the drift test) is one.
-- No semicolon may appear inside a statement or comment here: the offline schema engine splits
-- migration scripts on every semicolon.
CREATE TEXT SEARCH CONFIGURATION search_de (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION search_de
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;

-- The generated search vectors call this function: replacing it keeps them, and rows already
-- stored are in nl, fr or en, whose configurations do not change.
CREATE OR REPLACE FUNCTION search_config(locale "Locale") RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE locale::text WHEN 'nl' THEN 'search_nl'::regconfig WHEN 'fr' THEN 'search_fr'::regconfig WHEN 'de' THEN 'search_de'::regconfig ELSE 'search_en'::regconfig END $$;
