-- AlterEnum
-- BEFORE 'en': the order of schema.prisma, which a database built from the schema alone has.
ALTER TYPE "Locale" ADD VALUE 'de' BEFORE 'en';
