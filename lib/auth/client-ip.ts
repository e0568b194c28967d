/**
 * The client's address for rate limiting. `next start` passes X-Forwarded-For through from the
 * client, so it is trusted only behind our reverse proxy (TRUST_PROXY=1), which overwrites it
 * (deploy/nginx.conf). Without a proxy every client shares one bucket per route: stricter, never
 * spoofable.
 */
export function clientIp(headers: Headers): string {
  if (process.env.TRUST_PROXY === "1") {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return "direct";
}
