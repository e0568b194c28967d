-- AlterEnum
ALTER TYPE "TranslationStatus" ADD VALUE 'withdrawn';

-- AlterTable
ALTER TABLE "region_translation" ADD COLUMN     "withdrawal_note" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "organisation_translation" ADD COLUMN     "withdrawal_note" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "initiative_translation" ADD COLUMN     "withdrawal_note" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "strategy_translation" ADD COLUMN     "withdrawal_note" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "pillar_translation" ADD COLUMN     "withdrawal_note" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "project_translation" ADD COLUMN     "withdrawal_note" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "trash_item" (
    "id" TEXT NOT NULL,
    "entity_type" "ContentType" NOT NULL,
    "entity_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "deleted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_by_id" TEXT,
    "deleted_by_name" TEXT,

    CONSTRAINT "trash_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "trash_item_deleted_at_idx" ON "trash_item"("deleted_at");
