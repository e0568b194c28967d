import { siteUrl } from "@/lib/metadata";

/**
 * The host the browser addressed: its Host header (or, behind our reverse proxy, the forwarded
 * one). A page on another site cannot set it: the browser writes the host it sends to.
 */
function addressedHost(request: Request): string | null {
  const forwarded = process.env.TRUST_PROXY === "1" ? request.headers.get("x-forwarded-host") : null;
  return (forwarded ?? request.headers.get("host"))?.split(",")[0].trim().toLowerCase() || null;
}

/**
 * Whether a state-changing request comes from our own pages: its Origin (or, without one, its
 * Referer) must be this site's: the configured address, or the host the browser addressed
 * (the same portal reached as 127.0.0.1 or by its network address, as `npm start` prints it).
 * Browsers send Origin on every cross-site POST.
 */
export function isSameOrigin(request: Request): boolean {
  const allowed = new Set([siteUrl(), new URL(request.url).origin]);
  if (process.env.BETTER_AUTH_URL) allowed.add(process.env.BETTER_AUTH_URL.replace(/\/$/, ""));
  const host = addressedHost(request);
  const ours = (value: string) => {
    try {
      const url = new URL(value);
      return allowed.has(url.origin) || (host !== null && url.host === host);
    } catch {
      return false;
    }
  };
  const origin = request.headers.get("origin");
  if (origin) return origin !== "null" && ours(origin);
  const referer = request.headers.get("referer");
  return referer ? ours(referer) : false;
}
