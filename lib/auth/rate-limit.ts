import "server-only";
import { db } from "@/lib/db";

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
  const [row] = await db.$queryRaw<{ count: number; reset_at: Date }[]>`
    INSERT INTO rate_limit (key, count, reset_at)
    VALUES (${key}, 1, now() + ${windowSeconds}::int * interval '1 second')
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit.reset_at <= now() THEN 1 ELSE rate_limit.count + 1 END,
      reset_at = CASE WHEN rate_limit.reset_at <= now() THEN now() + ${windowSeconds}::int * interval '1 second' ELSE rate_limit.reset_at END
    RETURNING count, reset_at`;
  const retryAfter = Math.max(1, Math.ceil((row.reset_at.getTime() - Date.now()) / 1000));
  return { allowed: row.count <= limit, remaining: Math.max(0, limit - row.count), retryAfter };
}

/** Forgets a key's counter (after a successful sign-in, the account's failures no longer count). */
export async function reset(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

export const SIGN_IN_LIMIT = { limit: 5, windowSeconds: 60 };
