import "server-only";
import { db } from "@/lib/db";
import { RATE_LIMIT_HIT_SQL, retryAfterOf, type RateLimitRow } from "@/lib/rate-limit-sql";

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/**
 * A fixed-window counter in PostgreSQL, so that every app instance shares it: one atomic upsert
 * per hit.
 */
export async function hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const [row] = await db.$queryRawUnsafe<RateLimitRow[]>(RATE_LIMIT_HIT_SQL, key, windowSeconds);
  return {
    allowed: row.count <= limit,
    remaining: Math.max(0, limit - row.count),
    retryAfter: retryAfterOf(row),
  };
}

/** Forgets a key's counter (after a successful sign-in, the account's failures no longer count). */
export async function reset(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

export const SIGN_IN_LIMIT = { limit: 5, windowSeconds: 60 };
