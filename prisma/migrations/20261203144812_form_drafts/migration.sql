-- CreateTable
CREATE TABLE "form_draft" (
    "id" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "errors" JSONB NOT NULL,
    "subject" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "form_draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "form_draft_created_at_idx" ON "form_draft"("created_at");
