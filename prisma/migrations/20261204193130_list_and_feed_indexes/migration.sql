-- The public lists read a page in position order, per region or across all, and the feed reads a
-- language's latest translations, and every list asks whether a row has a published translation:
-- with 10,000 entities each of these read every row before (docs/platform.md).
-- DropIndex
DROP INDEX "organisation_region_id_idx";

-- DropIndex
DROP INDEX "organisation_translation_locale_status_idx";

-- DropIndex
DROP INDEX "initiative_region_id_idx";

-- DropIndex
DROP INDEX "initiative_translation_locale_status_idx";

-- CreateIndex
CREATE INDEX "organisation_region_id_position_key_idx" ON "organisation"("region_id", "position", "key");

-- CreateIndex
CREATE INDEX "organisation_position_key_idx" ON "organisation"("position", "key");

-- CreateIndex
CREATE INDEX "organisation_translation_locale_status_published_at_idx" ON "organisation_translation"("locale", "status", "published_at");

-- CreateIndex
CREATE INDEX "organisation_translation_status_organisation_id_idx" ON "organisation_translation"("status", "organisation_id");

-- CreateIndex
CREATE INDEX "initiative_region_id_position_key_idx" ON "initiative"("region_id", "position", "key");

-- CreateIndex
CREATE INDEX "initiative_position_key_idx" ON "initiative"("position", "key");

-- CreateIndex
CREATE INDEX "initiative_translation_locale_status_published_at_idx" ON "initiative_translation"("locale", "status", "published_at");

-- CreateIndex
CREATE INDEX "initiative_translation_status_initiative_id_idx" ON "initiative_translation"("status", "initiative_id");
