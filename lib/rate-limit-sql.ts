/**
 * One hit on a fixed-window counter in the shared `rate_limit` table ($1 key, $2 window in
 * seconds), as one atomic upsert: every app instance sees the same count. Used through Prisma
 * (lib/auth/rate-limit.ts) and through plain `pg` in the proxy (lib/guard.ts).
 */
export const RATE_LIMIT_HIT_SQL = `
  INSERT INTO rate_limit (key, count, reset_at)
  VALUES ($1, 1, now() + $2::int * interval '1 second')
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN rate_limit.reset_at <= now() THEN 1 ELSE rate_limit.count + 1 END,
    reset_at = CASE WHEN rate_limit.reset_at <= now() THEN now() + $2::int * interval '1 second' ELSE rate_limit.reset_at END
  RETURNING count, reset_at`;

export interface RateLimitRow {
  count: number;
  reset_at: Date;
}

/** Seconds until the window of a counter row resets (at least 1). */
export const retryAfterOf = (row: RateLimitRow) =>
  Math.max(1, Math.ceil((row.reset_at.getTime() - Date.now()) / 1000));
