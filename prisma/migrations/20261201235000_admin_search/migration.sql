-- The admin's search looks for words in the working copies, which are revisions: a trigram index
-- over each revision's name, summary and text lets ILIKE '%words%' use an index (hand-written:
-- Prisma's schema language cannot express an index on an expression). The expression must stay
-- exactly the one lib/admin/content-list.ts searches. Objects named search_* are excluded from
-- the drift test. No semicolon may appear inside a statement or comment here.
CREATE INDEX "search_revision_text_trgm_idx" ON "revision" USING GIN (
  (coalesce(content->>'name', '') || ' ' || coalesce(content->>'summary', '') || ' ' || coalesce(content->>'body', '')) gin_trgm_ops
);
