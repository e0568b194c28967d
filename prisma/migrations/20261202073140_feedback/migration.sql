-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('accessibility', 'content', 'other');

-- CreateTable
CREATE TABLE "contact_message" (
    "id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "message" TEXT NOT NULL,
    "page_url" TEXT,
    "email" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "page_feedback" (
    "id" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "path" TEXT NOT NULL,
    "useful" BOOLEAN NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "commented_at" TIMESTAMP(3),

    CONSTRAINT "page_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "contact_message_created_at_idx" ON "contact_message"("created_at");

-- CreateIndex
CREATE INDEX "page_feedback_path_created_at_idx" ON "page_feedback"("path", "created_at");

-- CreateIndex
CREATE INDEX "page_feedback_created_at_idx" ON "page_feedback"("created_at");
