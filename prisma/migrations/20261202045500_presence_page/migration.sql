-- The open page that sent the last heartbeat (a leave from an older page does not end it).
ALTER TABLE "presence" ADD COLUMN "page_id" TEXT;
