-- CreateTable
CREATE TABLE "used_form_token" (
    "id" TEXT NOT NULL,
    "used_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "used_form_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "used_form_token_used_at_idx" ON "used_form_token"("used_at");
