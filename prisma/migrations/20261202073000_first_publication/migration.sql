-- The first publication of each translation, which the Atom feed gives as <published> while
-- published_at moves with every edition. Filled from the history: the earliest revision that
-- published the text, or the last publication when the history holds none (rows written before
-- the seed recorded revisions) and that is earlier.
-- No semicolon may appear inside a statement or comment here: the offline schema engine splits
-- migration scripts on every semicolon.
ALTER TABLE "region_translation" ADD COLUMN "first_published_at" TIMESTAMP(3);
UPDATE "region_translation" t
   SET "first_published_at" = (
     SELECT least(min(r."created_at"), t."published_at") FROM "revision" r
      WHERE r."entity_type" = 'region' AND r."entity_id" = t."region_id" AND r."locale" = t."locale"
        AND r."status" = 'published')
 WHERE t."published_at" IS NOT NULL;

ALTER TABLE "organisation_translation" ADD COLUMN "first_published_at" TIMESTAMP(3);
UPDATE "organisation_translation" t
   SET "first_published_at" = (
     SELECT least(min(r."created_at"), t."published_at") FROM "revision" r
      WHERE r."entity_type" = 'organisation' AND r."entity_id" = t."organisation_id" AND r."locale" = t."locale"
        AND r."status" = 'published')
 WHERE t."published_at" IS NOT NULL;

ALTER TABLE "initiative_translation" ADD COLUMN "first_published_at" TIMESTAMP(3);
UPDATE "initiative_translation" t
   SET "first_published_at" = (
     SELECT least(min(r."created_at"), t."published_at") FROM "revision" r
      WHERE r."entity_type" = 'initiative' AND r."entity_id" = t."initiative_id" AND r."locale" = t."locale"
        AND r."status" = 'published')
 WHERE t."published_at" IS NOT NULL;

ALTER TABLE "strategy_translation" ADD COLUMN "first_published_at" TIMESTAMP(3);
UPDATE "strategy_translation" t
   SET "first_published_at" = (
     SELECT least(min(r."created_at"), t."published_at") FROM "revision" r
      WHERE r."entity_type" = 'strategy' AND r."entity_id" = t."strategy_id" AND r."locale" = t."locale"
        AND r."status" = 'published')
 WHERE t."published_at" IS NOT NULL;

ALTER TABLE "pillar_translation" ADD COLUMN "first_published_at" TIMESTAMP(3);
UPDATE "pillar_translation" t
   SET "first_published_at" = (
     SELECT least(min(r."created_at"), t."published_at") FROM "revision" r
      WHERE r."entity_type" = 'pillar' AND r."entity_id" = t."pillar_id" AND r."locale" = t."locale"
        AND r."status" = 'published')
 WHERE t."published_at" IS NOT NULL;

ALTER TABLE "project_translation" ADD COLUMN "first_published_at" TIMESTAMP(3);
UPDATE "project_translation" t
   SET "first_published_at" = (
     SELECT least(min(r."created_at"), t."published_at") FROM "revision" r
      WHERE r."entity_type" = 'project' AND r."entity_id" = t."project_id" AND r."locale" = t."locale"
        AND r."status" = 'published')
 WHERE t."published_at" IS NOT NULL;
