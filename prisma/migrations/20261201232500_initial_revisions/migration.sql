-- Version 1 of every translation that is still at version 1 and has no revision for it (rows the
-- seed wrote before it recorded their first revision): a revision with the row's text and status,
-- without author, dated when the row was last written, so that it can be compared and restored.
-- No semicolon may appear inside a statement or comment here (see the migration before).

INSERT INTO "revision" ("id", "entity_type", "entity_id", "locale", "version", "status", "content", "created_at")
SELECT gen_random_uuid()::text, 'region', t."region_id", t."locale", 1, t."status",
       jsonb_build_object('name', t."name", 'slug', t."slug", 'summary', t."summary", 'body', t."body",
                          'seoDescription', t."seo_description"),
       t."updated_at"
  FROM "region_translation" t
 WHERE t."version" = 1 AND NOT EXISTS (
   SELECT 1 FROM "revision" r
    WHERE r."entity_type" = 'region' AND r."entity_id" = t."region_id" AND r."locale" = t."locale" AND r."version" = 1);

INSERT INTO "revision" ("id", "entity_type", "entity_id", "locale", "version", "status", "content", "created_at")
SELECT gen_random_uuid()::text, 'organisation', t."organisation_id", t."locale", 1, t."status",
       jsonb_build_object('name', t."name", 'slug', t."slug", 'summary', t."summary", 'body', t."body",
                          'seoDescription', t."seo_description"),
       t."updated_at"
  FROM "organisation_translation" t
 WHERE t."version" = 1 AND NOT EXISTS (
   SELECT 1 FROM "revision" r
    WHERE r."entity_type" = 'organisation' AND r."entity_id" = t."organisation_id" AND r."locale" = t."locale" AND r."version" = 1);

INSERT INTO "revision" ("id", "entity_type", "entity_id", "locale", "version", "status", "content", "created_at")
SELECT gen_random_uuid()::text, 'initiative', t."initiative_id", t."locale", 1, t."status",
       jsonb_build_object('name', t."name", 'slug', t."slug", 'summary', t."summary", 'body', t."body",
                          'seoDescription', t."seo_description"),
       t."updated_at"
  FROM "initiative_translation" t
 WHERE t."version" = 1 AND NOT EXISTS (
   SELECT 1 FROM "revision" r
    WHERE r."entity_type" = 'initiative' AND r."entity_id" = t."initiative_id" AND r."locale" = t."locale" AND r."version" = 1);

INSERT INTO "revision" ("id", "entity_type", "entity_id", "locale", "version", "status", "content", "created_at")
SELECT gen_random_uuid()::text, 'strategy', t."strategy_id", t."locale", 1, t."status",
       jsonb_build_object('name', t."name", 'slug', t."slug", 'summary', t."summary", 'body', t."body",
                          'seoDescription', t."seo_description", 'goal', t."goal", 'governance', t."governance"),
       t."updated_at"
  FROM "strategy_translation" t
 WHERE t."version" = 1 AND NOT EXISTS (
   SELECT 1 FROM "revision" r
    WHERE r."entity_type" = 'strategy' AND r."entity_id" = t."strategy_id" AND r."locale" = t."locale" AND r."version" = 1);

INSERT INTO "revision" ("id", "entity_type", "entity_id", "locale", "version", "status", "content", "created_at")
SELECT gen_random_uuid()::text, 'pillar', t."pillar_id", t."locale", 1, t."status",
       jsonb_build_object('name', t."name", 'slug', t."slug", 'summary', t."summary", 'body', t."body",
                          'seoDescription', t."seo_description"),
       t."updated_at"
  FROM "pillar_translation" t
 WHERE t."version" = 1 AND NOT EXISTS (
   SELECT 1 FROM "revision" r
    WHERE r."entity_type" = 'pillar' AND r."entity_id" = t."pillar_id" AND r."locale" = t."locale" AND r."version" = 1);

INSERT INTO "revision" ("id", "entity_type", "entity_id", "locale", "version", "status", "content", "created_at")
SELECT gen_random_uuid()::text, 'project', t."project_id", t."locale", 1, t."status",
       jsonb_build_object('name', t."name", 'slug', t."slug", 'summary', t."summary", 'body', t."body",
                          'seoDescription', t."seo_description"),
       t."updated_at"
  FROM "project_translation" t
 WHERE t."version" = 1 AND NOT EXISTS (
   SELECT 1 FROM "revision" r
    WHERE r."entity_type" = 'project' AND r."entity_id" = t."project_id" AND r."locale" = t."locale" AND r."version" = 1);
