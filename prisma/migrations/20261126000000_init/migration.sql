-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('nl', 'fr', 'en');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('draft', 'in_review', 'published', 'archived');

-- CreateEnum
CREATE TYPE "Theme" AS ENUM ('ai', 'data_sharing', 'skills', 'connectivity', 'startups', 'sustainability', 'public_services', 'blockchain');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('regional_budget', 'eu_funds', 'private_partnerships');

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('region', 'federal');

-- CreateTable
CREATE TABLE "region" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "RegionKind" NOT NULL DEFAULT 'region',
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region_translation" (
    "id" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "seo_description" TEXT,
    "status" "TranslationStatus" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "region_translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "website_url" TEXT,
    "region_id" TEXT NOT NULL,
    "is_lead_agency" BOOLEAN NOT NULL DEFAULT false,
    "parent_id" TEXT,
    "focus_areas" "Theme"[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation_translation" (
    "id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "seo_description" TEXT,
    "status" "TranslationStatus" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "organisation_translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "region_id" TEXT,
    "themes" "Theme"[],
    "website_url" TEXT,
    "is_flagship" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative_organisation" (
    "initiative_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,

    CONSTRAINT "initiative_organisation_pkey" PRIMARY KEY ("initiative_id","organisation_id")
);

-- CreateTable
CREATE TABLE "initiative_translation" (
    "id" TEXT NOT NULL,
    "initiative_id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "seo_description" TEXT,
    "status" "TranslationStatus" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "initiative_translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "strategy" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "organisation_id" TEXT,
    "period_start" INTEGER NOT NULL,
    "period_end" INTEGER NOT NULL,
    "adopted_on" DATE NOT NULL,
    "budget_min_eur" INTEGER,
    "funding_sources" "FundingSource"[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "strategy_translation" (
    "id" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "seo_description" TEXT,
    "goal" TEXT NOT NULL DEFAULT '',
    "governance" TEXT NOT NULL DEFAULT '',
    "status" "TranslationStatus" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "strategy_translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pillar" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pillar_translation" (
    "id" TEXT NOT NULL,
    "pillar_id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "seo_description" TEXT,
    "status" "TranslationStatus" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "pillar_translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "pillar_id" TEXT NOT NULL,
    "organisation_id" TEXT,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_translation" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "seo_description" TEXT,
    "status" "TranslationStatus" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "project_translation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "region_key_key" ON "region"("key");

-- CreateIndex
CREATE INDEX "region_translation_locale_status_idx" ON "region_translation"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "region_translation_region_id_locale_key" ON "region_translation"("region_id", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "region_translation_locale_slug_key" ON "region_translation"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_key_key" ON "organisation"("key");

-- CreateIndex
CREATE INDEX "organisation_region_id_idx" ON "organisation"("region_id");

-- CreateIndex
CREATE INDEX "organisation_parent_id_idx" ON "organisation"("parent_id");

-- CreateIndex
CREATE INDEX "organisation_translation_locale_status_idx" ON "organisation_translation"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_translation_organisation_id_locale_key" ON "organisation_translation"("organisation_id", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_translation_locale_slug_key" ON "organisation_translation"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "initiative_key_key" ON "initiative"("key");

-- CreateIndex
CREATE INDEX "initiative_region_id_idx" ON "initiative"("region_id");

-- CreateIndex
CREATE INDEX "initiative_organisation_organisation_id_idx" ON "initiative_organisation"("organisation_id");

-- CreateIndex
CREATE INDEX "initiative_translation_locale_status_idx" ON "initiative_translation"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "initiative_translation_initiative_id_locale_key" ON "initiative_translation"("initiative_id", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "initiative_translation_locale_slug_key" ON "initiative_translation"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_key_key" ON "strategy"("key");

-- CreateIndex
CREATE INDEX "strategy_region_id_idx" ON "strategy"("region_id");

-- CreateIndex
CREATE INDEX "strategy_translation_locale_status_idx" ON "strategy_translation"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_translation_strategy_id_locale_key" ON "strategy_translation"("strategy_id", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "strategy_translation_locale_slug_key" ON "strategy_translation"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "pillar_key_key" ON "pillar"("key");

-- CreateIndex
CREATE UNIQUE INDEX "pillar_strategy_id_position_key" ON "pillar"("strategy_id", "position");

-- CreateIndex
CREATE INDEX "pillar_translation_locale_status_idx" ON "pillar_translation"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "pillar_translation_pillar_id_locale_key" ON "pillar_translation"("pillar_id", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "pillar_translation_locale_slug_key" ON "pillar_translation"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "project_key_key" ON "project"("key");

-- CreateIndex
CREATE INDEX "project_pillar_id_position_idx" ON "project"("pillar_id", "position");

-- CreateIndex
CREATE INDEX "project_translation_locale_status_idx" ON "project_translation"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "project_translation_project_id_locale_key" ON "project_translation"("project_id", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "project_translation_locale_slug_key" ON "project_translation"("locale", "slug");

-- AddForeignKey
ALTER TABLE "region_translation" ADD CONSTRAINT "region_translation_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_translation" ADD CONSTRAINT "organisation_translation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_organisation" ADD CONSTRAINT "initiative_organisation_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_organisation" ADD CONSTRAINT "initiative_organisation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_translation" ADD CONSTRAINT "initiative_translation_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy" ADD CONSTRAINT "strategy_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy" ADD CONSTRAINT "strategy_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "strategy_translation" ADD CONSTRAINT "strategy_translation_strategy_id_fkey" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pillar" ADD CONSTRAINT "pillar_strategy_id_fkey" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pillar_translation" ADD CONSTRAINT "pillar_translation_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "pillar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "pillar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_translation" ADD CONSTRAINT "project_translation_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
