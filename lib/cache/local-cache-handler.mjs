// Next's cache handler without REDIS_URL (next.config.ts): Next's own file-system cache (pages
// in the build's server/app, data in cache/fetch-cache, with its in-memory copy), except that an
// answer that something does not exist only replaces an entry already held (lib/cache/absence.mjs).
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { isAbsence } from "./absence.mjs";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class LocalCacheHandler extends FileSystemCache {
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
