-- AlterTable
ALTER TABLE "revision" ADD COLUMN     "decided_by_id" TEXT,
ADD COLUMN     "decided_by_name" TEXT;
