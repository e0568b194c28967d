-- One revision per version of a translation: before this key, two saves made from the same
-- version at the same moment could both write the next version. Such duplicates are all kept.
-- The revisions of each translation with a duplicate are numbered again 1, 2, 3 and so on, in the
-- order they were saved (version, then time), and its row moves to the new number of the revision
-- it showed (the newest of its version). Other translations keep their numbers. Audit entries keep
-- the numbers they were written with. No semicolon may appear inside a statement or comment here:
-- the offline schema engine splits migration scripts on every semicolon.
CREATE VIEW "revision_renumbering" AS
  WITH affected AS (
    SELECT DISTINCT "entity_type", "entity_id", "locale" FROM "revision"
     GROUP BY "entity_type", "entity_id", "locale", "version" HAVING count(*) > 1
  )
  SELECT r."id", r."entity_type", r."entity_id", r."locale", r."version" AS old_version,
         row_number() OVER (PARTITION BY r."entity_type", r."entity_id", r."locale"
                            ORDER BY r."version", r."created_at", r."id") AS new_version,
         row_number() OVER (PARTITION BY r."entity_type", r."entity_id", r."locale", r."version"
                            ORDER BY r."created_at" DESC, r."id" DESC) = 1 AS newest_of_version
    FROM "revision" r JOIN affected USING ("entity_type", "entity_id", "locale");

UPDATE "region_translation" t SET "version" = m.new_version
  FROM "revision_renumbering" m
 WHERE m.newest_of_version AND m."entity_type" = 'region' AND m."entity_id" = t."region_id"
   AND m."locale" = t."locale" AND m.old_version = t."version";

UPDATE "organisation_translation" t SET "version" = m.new_version
  FROM "revision_renumbering" m
 WHERE m.newest_of_version AND m."entity_type" = 'organisation' AND m."entity_id" = t."organisation_id"
   AND m."locale" = t."locale" AND m.old_version = t."version";

UPDATE "initiative_translation" t SET "version" = m.new_version
  FROM "revision_renumbering" m
 WHERE m.newest_of_version AND m."entity_type" = 'initiative' AND m."entity_id" = t."initiative_id"
   AND m."locale" = t."locale" AND m.old_version = t."version";

UPDATE "strategy_translation" t SET "version" = m.new_version
  FROM "revision_renumbering" m
 WHERE m.newest_of_version AND m."entity_type" = 'strategy' AND m."entity_id" = t."strategy_id"
   AND m."locale" = t."locale" AND m.old_version = t."version";

UPDATE "pillar_translation" t SET "version" = m.new_version
  FROM "revision_renumbering" m
 WHERE m.newest_of_version AND m."entity_type" = 'pillar' AND m."entity_id" = t."pillar_id"
   AND m."locale" = t."locale" AND m.old_version = t."version";

UPDATE "project_translation" t SET "version" = m.new_version
  FROM "revision_renumbering" m
 WHERE m.newest_of_version AND m."entity_type" = 'project' AND m."entity_id" = t."project_id"
   AND m."locale" = t."locale" AND m.old_version = t."version";

UPDATE "revision" r SET "version" = m.new_version FROM "revision_renumbering" m WHERE r."id" = m."id";

DROP VIEW "revision_renumbering";

-- CreateIndex
CREATE UNIQUE INDEX "revision_entity_type_entity_id_locale_version_key" ON "revision"("entity_type", "entity_id", "locale", "version");
