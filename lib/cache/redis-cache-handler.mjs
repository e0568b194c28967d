// Next's cache handler when REDIS_URL is set (next.config.ts): every instance reads and writes
// pages and cached data in one Redis, so an instance that starts cold serves from the shared
// cache and `revalidateTag` on one instance is seen by all. Built on
// @fortedigital/nextjs-cache-handler with four fixes (docs/platform.md):
//   1. an "error" listener, or a Redis outage is an uncaughtException and never reconnects;
//   2. no `await client.connect()`: with Redis down at start every request would hang;
//   3. every Redis call bounded by REDIS_CACHE_TIMEOUT_MS (1 s): node-redis keeps waiting for a
//      command already on the socket of a hung server;
//   4. no `registerInitialCache` (wrong keys for Next 16.4, and it overwrites newer data);
// and one more: no offline queue (see createClient below).
// While Redis is unreachable each instance caches on its own (an LRU in memory), so pages keep
// answering; when Redis is back, this build's keys are dropped (revalidations sent during the
// outage never reached it) and every instance returns to the shared cache.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";
import { isAbsence } from "./absence.mjs";

const TIMEOUT_MS = Number(process.env.REDIS_CACHE_TIMEOUT_MS ?? 1000);

function bounded(promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

function warn(message, error) {
  // One line, in the shape of the app's structured log (lib/log.ts), without the Redis URL.
  console.warn(
    JSON.stringify({ level: 40, time: Date.now(), pid: process.pid, msg: message, err: error?.message }),
  );
}

const debug = process.env.PORTAL_CACHE_DEBUG === "1";
const trace = (...parts) => debug && console.warn(`[cache ${process.pid}]`, ...parts);

/** The shared handler, with the local fallback; exported for the tests. */
export function createSharedHandler({ url, keyPrefix }) {
  const client = createClient({
    url,
    pingInterval: 5000,
    // A command issued while the connection is down fails at once instead of waiting in a queue
    // and being replayed when Redis is back: a page stored during an outage would then land in
    // the shared cache after its revalidation, stale.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1000),
    },
  });
  let local = createLruHandler();
  let connectedBefore = false;
  let failing = false;
  client.on("error", (error) => {
    if (!failing) warn("cache: Redis unreachable, caching per instance until it is back", error);
    failing = true;
  });
  client.on("ready", () => {
    const afterOutage = connectedBefore && failing;
    connectedBefore = true;
    failing = false;
    if (!afterOutage) return;
    local = createLruHandler();
    void dropBuildKeys().catch((error) => warn("cache: could not drop keys after the outage", error));
  });
  client.connect().catch(() => {}); // reconnects on its own; the error listener reports it

  async function dropBuildKeys() {
    for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 }))
      if (keys.length) await client.unlink(keys);
    warn("cache: Redis is back; this build's shared entries were dropped and are rebuilt on demand");
  }

  const shared = createRedisHandler({ client, keyPrefix, timeoutMs: TIMEOUT_MS });
  const usable = () => client.isReady;

  // A render that read its data before a revalidation must not be stored after it (it would
  // bring the old text back). Each key's last miss stands for the start of the render that
  // follows it; when one of the entry's tags was revalidated since, on any instance, the entry is
  // not stored and the next request renders again. Revalidation times are shared in Redis (and
  // kept here too, for the time Redis is away); instances on several hosts need synchronized
  // clocks, as with any shared cache.
  const tagTimesKey = `${keyPrefix}__tag_times__`;
  const localTagTimes = new Map();
  const missedAt = new Map();
  async function revalidatedSince(tags, since) {
    if (tags.some((tag) => (localTagTimes.get(tag) ?? 0) > since)) return true;
    if (!usable() || !tags.length) return false;
    const result = await attempt(() => client.hmGet(tagTimesKey, tags));
    return result.ok && result.value.some((time) => Number(time ?? 0) > since);
  }
  const attempt = async (operation) => {
    try {
      return { ok: true, value: await bounded(operation()) };
    } catch (error) {
      warn("cache: Redis call failed", error);
      return { ok: false };
    }
  };

  return {
    client,
    handler: {
      name: "redis-shared-with-local-fallback",
      async get(key, meta) {
        const started = Date.now();
        const found = async () => {
          if (usable()) {
            const result = await attempt(() => shared.get(key, meta));
            trace("get redis", key.slice(-40), result.ok ? (result.value ? "hit" : "miss") : "failed");
            if (result.ok) return result.value;
          }
          const value = await local.get(key, meta);
          trace("get local", key.slice(-40), value ? "hit" : "miss");
          return value;
        };
        const value = await found();
        if (value) missedAt.delete(key);
        // The earliest miss: the render it starts may have read the oldest data.
        else if (!missedAt.has(key) && missedAt.size < 10_000) missedAt.set(key, started);
        return value;
      },
      async set(key, value, context) {
        const since = missedAt.get(key);
        missedAt.delete(key);
        // Never stored (lib/cache/absence.mjs): a revalidation deletes the entries of its tags,
        // so no older entry for the key is left to replace.
        if (isAbsence(value?.value)) {
          trace("set skipped (an absence)", key.slice(-40));
          return;
        }
        if (since !== undefined && (await revalidatedSince([...(value?.tags ?? [])], since))) {
          trace("set discarded (revalidated during the render)", key.slice(-40));
          return;
        }
        trace("set", key.slice(-40), usable() ? "redis" : "local");
        if (usable() && (await attempt(() => shared.set(key, value, context))).ok) return;
        await local.set(key, value, context);
      },
      async revalidateTag(tag) {
        trace("revalidateTag", tag, usable() ? "redis+local" : "local");
        const now = Date.now();
        localTagTimes.set(tag, now);
        await local.revalidateTag(tag);
        if (usable()) {
          await attempt(() => client.hSet(tagTimesKey, tag, String(now)));
          await attempt(() => shared.revalidateTag(tag));
        }
      },
      async delete(key) {
        await local.delete?.(key);
        if (usable()) await attempt(() => shared.delete(key));
      },
    },
  };
}

CacheHandler.onCreation(({ buildId }) => {
  // The build prerenders into its own output; Redis is filled by the running instances.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] };
  globalThis.portalCacheHandler ??= createSharedHandler({
    url: process.env.REDIS_URL,
    // An old build's pages are never served by a new one.
    keyPrefix: `portal:${buildId ?? "dev"}:`,
  });
  return { handlers: [globalThis.portalCacheHandler.handler] };
});

export default CacheHandler;
