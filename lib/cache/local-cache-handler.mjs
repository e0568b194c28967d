// Next's cache handler without REDIS_URL (next.config.ts): Next's own file-system cache (pages
// in the build's server/app, data in cache/fetch-cache, with its in-memory copy), except that an
// answer that something does not exist only replaces an entry already held (lib/cache/absence.mjs).
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { isAbsence } from "./absence.mjs";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class LocalCacheHandler extends FileSystemCache {
  /**
   * A revalidation also moves the content epoch, after which the pages this process answers from
   * memory are rendered again (lib/http/page-memory.ts reads it: one number on globalThis, as
   * the cache handler is loaded outside the app's bundles).
   */
  async revalidateTag(...args) {
    try {
      return await super.revalidateTag(...args);
    } finally {
      globalThis.portalContentEpoch = (globalThis.portalContentEpoch ?? 0) + 1;
    }
  }

  async set(key, data, ctx) {
    if (isAbsence(data) && !this.holds(key, data.kind)) return;
    return super.set(key, data, ctx);
  }

  /** Whether the memory or the disk holds an entry for the key (a build's page under its own path too). */
  holds(key, kind) {
    if (FileSystemCache.memoryCache?.has(key)) return true;
    const file = (k) => this.getFilePath(kind === "FETCH" ? k : `${k}.html`, kind);
    const seed = key.indexOf("/$/");
    const keys = seed === -1 ? [key] : [key, key.slice(seed + 2)];
    return keys.some((k) => {
      try {
        return this.fs.existsSync(file(k));
      } catch {
        return false;
      }
    });
  }
}
