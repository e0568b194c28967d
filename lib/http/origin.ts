import { siteUrl } from "@/lib/metadata";

/**
 * Whether a state-changing request comes from our own pages: its Origin (or, without one, its
 * Referer) must be this site's. Browsers send Origin on every cross-site POST.
 */
export function isSameOrigin(request: Request): boolean {
  const allowed = new Set([siteUrl(), new URL(request.url).origin]);
  if (process.env.BETTER_AUTH_URL) allowed.add(process.env.BETTER_AUTH_URL.replace(/\/$/, ""));
  const origin = request.headers.get("origin");
  if (origin) return allowed.has(origin);
  const referer = request.headers.get("referer");
  if (!referer) return false;
  try {
    return allowed.has(new URL(referer).origin);
  } catch {
    return false;
  }
}
