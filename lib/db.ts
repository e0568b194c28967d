import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export function createPrismaClient(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  // A small pool per process: the embedded database runs one query at a time anyway, and a
  // build runs several workers (STACK.md).
  const max = Number(process.env.DATABASE_POOL_MAX ?? 4);
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max }),
    // Query events cost a little on every query: only the query-count tests turn them on.
    ...(process.env.DATABASE_QUERY_EVENTS === "1"
      ? { log: [{ emit: "event" as const, level: "query" as const }] }
      : {}),
  });
}

const globalForDb = globalThis as unknown as { portalDb?: PrismaClient };

/** The only PrismaClient of the app (one per process; reused across hot reloads in development). */
export const db: PrismaClient = globalForDb.portalDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.portalDb = db;
