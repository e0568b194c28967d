-- CreateTable
CREATE TABLE "presence" (
    "user_id" TEXT NOT NULL,
    "entity_type" "ContentType" NOT NULL,
    "entity_id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "opened_at" TIMESTAMP(3) NOT NULL,
    "seen_at" TIMESTAMP(3) NOT NULL,
    "left_at" TIMESTAMP(3),

    CONSTRAINT "presence_pkey" PRIMARY KEY ("user_id","entity_type","entity_id","locale")
);

-- CreateIndex
CREATE INDEX "presence_entity_type_entity_id_locale_seen_at_idx" ON "presence"("entity_type", "entity_id", "locale", "seen_at");

-- CreateIndex
CREATE INDEX "presence_seen_at_idx" ON "presence"("seen_at");

-- AddForeignKey
ALTER TABLE "presence" ADD CONSTRAINT "presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
