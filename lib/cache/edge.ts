import "server-only";
import { after } from "next/server";
import type { ContentType } from "@/lib/cache-tags";
import { publicPath } from "@/lib/content/public-path";
import { locales } from "@/lib/i18n/routing";
import { log } from "@/lib/log";

/** The header with which the app asks nginx to fetch a page again (deploy/nginx.conf.template). */
export const EDGE_REFRESH_HEADER = "x-cache-refresh";

/**
 * After a publish, asks the caching proxy in front of the instances (EDGE_REFRESH_URL, with the
 * secret EDGE_REFRESH_TOKEN that its configuration knows) to fetch the entity's public pages again
 * at once, so they do not wait for their micro-cache entry to expire: nginx's cache clock ticks in
 * whole seconds, so a 1 s entry lives 1 to 2 s. Runs after the response (the revalidation has been
 * applied by then); other pages that show the entity follow within the micro-cache's lifetime.
 * Without the two variables (one machine, no proxy) it does nothing.
 */
export function refreshAtEdge(entities: { type: ContentType; id: string }[]) {
  const base = process.env.EDGE_REFRESH_URL;
  const token = process.env.EDGE_REFRESH_TOKEN;
  if (!base || !token || !entities.length) return;
  after(async () => {
    const paths = new Set<string>();
    for (const { type, id } of entities)
      for (const locale of locales) {
        const path = await publicPath(type, id, locale);
        if (path) paths.add(path);
      }
    await Promise.all(
      [...paths].map(async (path) => {
        try {
          const response = await fetch(new URL(path, base), {
            headers: { [EDGE_REFRESH_HEADER]: token },
            signal: AbortSignal.timeout(5000),
          });
          await response.arrayBuffer();
        } catch (error) {
          log.warn({ err: error, path }, "edge refresh failed");
        }
      }),
    );
  });
}
