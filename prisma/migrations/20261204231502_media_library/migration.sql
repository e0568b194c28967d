-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('image', 'document');

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "logo_id" TEXT;

-- CreateTable
CREATE TABLE "media_asset" (
    "id" TEXT NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "mime_type" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "decorative" BOOLEAN NOT NULL DEFAULT false,
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "data" BYTEA NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "media_asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media_text" (
    "asset_id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "caption" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "media_text_pkey" PRIMARY KEY ("asset_id","locale")
);

-- CreateTable
CREATE TABLE "media_variant" (
    "asset_id" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "media_variant_pkey" PRIMARY KEY ("asset_id","format","width")
);

-- CreateIndex
CREATE INDEX "media_asset_created_at_idx" ON "media_asset"("created_at");

-- CreateIndex
CREATE INDEX "organisation_logo_id_idx" ON "organisation"("logo_id");

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_logo_id_fkey" FOREIGN KEY ("logo_id") REFERENCES "media_asset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_text" ADD CONSTRAINT "media_text_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "media_asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_variant" ADD CONSTRAINT "media_variant_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "media_asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
