-- AlterTable
ALTER TABLE "region" ADD COLUMN     "source_locale" "Locale" NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "source_locale" "Locale" NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "initiative" ADD COLUMN     "source_locale" "Locale" NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "strategy" ADD COLUMN     "source_locale" "Locale" NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "pillar" ADD COLUMN     "source_locale" "Locale" NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "project" ADD COLUMN     "source_locale" "Locale" NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE INDEX "scheduled_job_entity_type_entity_id_locale_status_idx" ON "scheduled_job"("entity_type", "entity_id", "locale", "status");
