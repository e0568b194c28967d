// Two-step sign-in in tests: codes computed from the enrolled secret as an authenticator app does
// (RFC 6238), and the cookies a browser would keep between the sign-in's two steps.
import { confirmTwoFactor, startTwoFactor } from "@/lib/actions/two-factor";
import { runAction } from "@/lib/actions/pipeline";
import { base32Decode, totp } from "@/lib/auth/totp";
import { pendingEnrolment } from "@/lib/auth/two-factor";

const noRevalidation = () => {};

/** The code an authenticator app shows now for a key in base32 (as the page shows it) or an otpauth:// address. */
export function codeFor(keyOrUri: string, at = Date.now()): string {
  const key = keyOrUri.startsWith("otpauth:") ? new URL(keyOrUri).searchParams.get("secret")! : keyOrUri;
  return totp(base32Decode(key), at);
}

/** A code that is not valid now (nor one step either side). */
export function wrongCodeFor(key: string): string {
  const valid = new Set([-30_000, 0, 30_000].map((d) => codeFor(key, Date.now() + d)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!valid.has(candidate)) return candidate;
  }
}

/** Turns on two-step sign-in for the signed-in user, through the actions; returns the key and codes. */
export async function enrol(user: { id: string; email: string }, headers: Headers) {
  const started = await runAction(startTwoFactor, {}, headers, noRevalidation);
  if (!started.ok) throw new Error(`start failed: ${JSON.stringify(started)}`);
  const pending = (await pendingEnrolment(user))!;
  const key = new URL(pending.uri).searchParams.get("secret")!;
  const confirmed = await runAction(
    confirmTwoFactor,
    { id: pending.id, code: codeFor(key) },
    headers,
    noRevalidation,
  );
  if (!confirmed.ok) throw new Error(`confirm failed: ${JSON.stringify(confirmed)}`);
  return { key, backupCodes: confirmed.data.backupCodes };
}

/** What a browser sends back after these Set-Cookie headers: the cookies set, not those cleared. */
export function cookiesFrom(response: Response, earlier = ""): string {
  const jar = new Map(
    earlier
      .split("; ")
      .filter(Boolean)
      .map((c) => [c.slice(0, c.indexOf("=")), c.slice(c.indexOf("=") + 1)] as const),
  );
  for (const header of response.headers.getSetCookie()) {
    const [pair, ...attributes] = header.split(";").map((p) => p.trim());
    const name = pair.slice(0, pair.indexOf("="));
    const value = pair.slice(pair.indexOf("=") + 1);
    const cleared = !value || attributes.some((a) => /^max-age=0$/i.test(a));
    if (cleared) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}
