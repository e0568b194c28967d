// What the proxy (proxy.ts) checks before a dynamic page that needs the database: is the database
// reachable (else a translated 503 instead of a crash), and is this client within the search
// rate limit (else a translated 429). It runs outside React's server layer, so it talks to
// PostgreSQL with `pg` directly, on one connection of its own per process.
import pg from "pg";
import { RATE_LIMIT_HIT_SQL, retryAfterOf, type RateLimitRow } from "./rate-limit-sql";

const PROBE_EVERY_MS = 2_000;
const PROBE_TIMEOUT_MS = 1_500;

interface GuardState {
  pool?: pg.Pool;
  probedAt: number;
  up: boolean;
  probing?: Promise<boolean>;
  /** Search counters for the embedded database (one process there: nothing to share). */
  local: Map<string, { count: number; resetAt: number }>;
}

const state: GuardState = ((globalThis as { portalGuard?: GuardState }).portalGuard ??= {
  probedAt: 0,
  up: true,
  local: new Map(),
});

/** The embedded database takes one connection per process (lib/db.ts): the guard adds none. */
const embedded = () => process.env.DATABASE_POOL_MAX === "1" || !process.env.DATABASE_URL;

function pool(): pg.Pool {
  if (!state.pool) {
    state.pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 1,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      query_timeout: PROBE_TIMEOUT_MS,
    });
    // A dropped connection is reported by the next query; it must not crash the process.
    state.pool.on("error", () => {});
  }
  return state.pool;
}

/** Whether the database answers, probed at most every 2 s per process. */
export async function databaseReachable(): Promise<boolean> {
  if (embedded()) return true;
  if (Date.now() - state.probedAt < PROBE_EVERY_MS) return state.up;
  state.probing ??= pool()
    .query("SELECT 1")
    .then(
      () => true,
      () => false,
    )
    .then((up) => {
      state.up = up;
      state.probedAt = Date.now();
      state.probing = undefined;
      return up;
    });
  return state.probing;
}

export interface LimitResult {
  allowed: boolean;
  retryAfter: number;
}

/** Search requests allowed per client and minute (SEARCH_RATE_LIMIT; 0 turns the limit off). */
export function searchLimit(): number {
  const value = Number(process.env.SEARCH_RATE_LIMIT ?? 60);
  return Number.isFinite(value) && value >= 0 ? value : 60;
}

/**
 * Counts one search by this client in a fixed one-minute window, in the same shared table and
 * with the same statement as the sign-in limits (every instance sees the same count). Fails open: when the counter cannot be
 * written the database is down, which the proxy answers with a 503 anyway.
 */
export async function hitSearchLimit(client: string, limit = searchLimit()): Promise<LimitResult> {
  if (limit === 0) return { allowed: true, retryAfter: 0 };
  const key = `search:${client}`;
  if (embedded()) {
    const now = Date.now();
    const entry = state.local.get(key);
    const current = entry && entry.resetAt > now ? entry : { count: 0, resetAt: now + 60_000 };
    current.count += 1;
    state.local.set(key, current);
    if (state.local.size > 10_000) state.local.clear();
    return {
      allowed: current.count <= limit,
      retryAfter: Math.max(1, Math.ceil((current.resetAt - now) / 1000)),
    };
  }
  try {
    const { rows } = await pool().query<RateLimitRow>(RATE_LIMIT_HIT_SQL, [key, 60]);
    return { allowed: rows[0].count <= limit, retryAfter: retryAfterOf(rows[0]) };
  } catch {
    return { allowed: true, retryAfter: 0 };
  }
}
