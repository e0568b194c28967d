import { auditEvent } from "@/lib/audit";
import { requestLocale, safeAdminPath } from "@/lib/auth/admin-locale";
import { getAuth } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { hit, reset, SIGN_IN_LIMIT } from "@/lib/auth/rate-limit";
import { errorPage } from "@/lib/http/error-page";
import { isSameOrigin } from "@/lib/http/origin";
import { problem } from "@/lib/http/problem";
import { requestLog } from "@/lib/log";
import { readForm } from "@/lib/http/body";
import { translator } from "@/lib/i18n/translator";
import { signInAccount } from "@/lib/auth/users";
import { signInSchema } from "@/lib/validation/users";

const redirect = (location: string, headers: HeadersInit = {}) =>
  new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store", ...headers },
  });

function tooManyAttempts(request: Request, retryAfter: number) {
  const locale = requestLocale(request.headers);
  const t = translator(locale, "SignIn");
  return errorPage({
    status: 429,
    locale,
    title: t("title"),
    message: t("rateLimited", { seconds: retryAfter }),
    link: { href: "/admin/sign-in", label: t("backToSignIn") },
    retryAfter,
  });
}

/**
 * Sign-in form target (works without JavaScript). Rate-limited per client address and per
 * account; every failure gets the same answer, whether or not the account exists.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return problem(request, "FORBIDDEN", { detail: "crossOrigin" });
  const form = await readForm(request, 8 * 1024);
  if (!form) return problem(request, "PAYLOAD_TOO_LARGE");
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  const next = safeAdminPath(form.get("next"));
  const back = (error: string, email = "") =>
    redirect(
      `/admin/sign-in?${new URLSearchParams({ error, ...(email ? { email } : {}), ...(next !== "/admin" ? { next } : {}) })}`,
    );
  if (!parsed.success) return back("invalid", String(form.get("email") ?? "").slice(0, 254));
  const { email, password } = parsed.data;

  const ip = clientIp(request.headers);
  // Without a trusted proxy all clients share one address bucket, so it gets more room.
  const perIp = await hit(`sign-in:ip:${ip}`, ip === "direct" ? 30 : 10, SIGN_IN_LIMIT.windowSeconds);
  const perAccount = await hit(`sign-in:account:${email}`, SIGN_IN_LIMIT.limit, SIGN_IN_LIMIT.windowSeconds);
  if (!perIp.allowed || !perAccount.allowed) {
    await auditEvent(null, "auth.sign_in_rate_limited", undefined, { email });
    return tooManyAttempts(
      request,
      Math.max(perIp.allowed ? 0 : perIp.retryAfter, perAccount.allowed ? 0 : perAccount.retryAfter),
    );
  }

  const user = await signInAccount(email);
  const response = user?.active
    ? await getAuth().api.signInEmail({
        body: { email, password },
        headers: request.headers,
        asResponse: true,
      })
    : null;
  if (!user || !response?.ok) {
    requestLog(request.headers).info({ outcome: "failed" }, "sign-in");
    await auditEvent(null, "auth.sign_in_failed", undefined, { email });
    return back("invalid", email);
  }
  await reset(`sign-in:account:${email}`);
  // With two-step sign-in there is no session yet, only the plugin's challenge cookie: the code
  // page (and /api/auth/two-factor) completes the sign-in.
  const challenged = ((await response.clone().json()) as { twoFactorRedirect?: boolean }).twoFactorRedirect;
  if (challenged) requestLog(request.headers).info({ outcome: "second-step", userId: user.id }, "sign-in");
  else {
    requestLog(request.headers).info({ outcome: "ok", userId: user.id }, "sign-in");
    await auditEvent({ id: user.id, email }, "auth.sign_in", { type: "user", id: user.id });
  }
  const location = challenged
    ? `/admin/sign-in/two-factor${next !== "/admin" ? `?${new URLSearchParams({ next })}` : ""}`
    : next;
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}
