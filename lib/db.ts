import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export function createPrismaClient(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  // A small pool per process: the embedded database runs one query at a time anyway, and a
  // build runs several workers (docs/platform.md).
  const max = Number(process.env.DATABASE_POOL_MAX ?? 4);
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max }),
    // Query events cost a little on every query: only the query-count tests turn them on.
    ...(process.env.DATABASE_QUERY_EVENTS === "1"
      ? { log: [{ emit: "event" as const, level: "query" as const }] }
      : {}),
  });
}

const globalForDb = globalThis as unknown as { portalDb?: PrismaClient; portalReplica?: PrismaClient | null };

/** The primary: every write, the admin, previews, and any read that must see the latest write. */
export const db: PrismaClient = globalForDb.portalDb ?? createPrismaClient();

/** A streaming read replica of the primary, when DATABASE_REPLICA_URL is set. */
export const replicaDb: PrismaClient | null =
  globalForDb.portalReplica ??
  (process.env.DATABASE_REPLICA_URL ? createPrismaClient(process.env.DATABASE_REPLICA_URL) : null);
if (process.env.NODE_ENV !== "production") {
  globalForDb.portalDb = db;
  globalForDb.portalReplica = replicaDb;
}

const publicReads = new AsyncLocalStorage<PrismaClient>();

/** The client for a public read: chosen by `readPublic`, the primary outside it. */
export function reader(): PrismaClient {
  return publicReads.getStore() ?? db;
}

/** Whether the replica has replayed everything the primary has committed so far. */
async function replicaIsCurrent(replica: PrismaClient): Promise<boolean> {
  try {
    const [{ lsn }] = await db.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
    const [{ current }] = await replica.$queryRaw<{ current: boolean }[]>`
      SELECT coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) AS current`;
    return current;
  } catch {
    return false; // the replica is down, or DATABASE_URL is not a primary: read the primary
  }
}

/**
 * Runs the public reads of a cached page or data entry (lib/content/shared.ts cachedRead) on the
 * replica when it has caught up with the primary, on the primary otherwise. Pages are rendered
 * after a publish has committed, so a re-render never shows the text from before it, however far
 * the replica lags. This costs two one-row queries per cache miss, never per request.
 */
export async function readPublic<T>(read: () => Promise<T>): Promise<T> {
  if (!replicaDb) return read();
  return publicReads.run((await replicaIsCurrent(replicaDb)) ? replicaDb : db, read);
}

/**
 * Search: inside `readPublic` on the client it chose (a result search keeps until the next
 * publish, lib/content/search.ts); otherwise on the replica when there is one (a search may trail
 * a publish by the replica's lag, usually milliseconds), on the primary when the replica fails.
 */
export async function searchRead<T>(read: (client: PrismaClient) => Promise<T>): Promise<T> {
  const chosen = publicReads.getStore();
  if (chosen) return read(chosen);
  if (replicaDb) {
    try {
      return await read(replicaDb);
    } catch {
      // fall through to the primary
    }
  }
  return read(db);
}
