import { auditEvent } from "@/lib/audit";
import { requestLocale, safeAdminPath } from "@/lib/auth/admin-locale";
import { getAuth } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { hit, reset, SIGN_IN_LIMIT } from "@/lib/auth/rate-limit";
import { backupCodesLeft, challengedUser } from "@/lib/auth/two-factor";
import { readForm } from "@/lib/http/body";
import { errorPage } from "@/lib/http/error-page";
import { isSameOrigin } from "@/lib/http/origin";
import { problem } from "@/lib/http/problem";
import { translator } from "@/lib/i18n/translator";
import { requestLog } from "@/lib/log";
import { twoFactorSignInSchema } from "@/lib/validation/two-factor";

const redirect = (location: string, cookies: string[] = []) => {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
};

/** A backup code as it is stored ("abcde-12345"), however it was typed (capitals, no dash). */
const backupCodeAsStored = (typed: string) => {
  const plain = typed.toLowerCase().replace(/[\s-]/g, "");
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
};

function tooManyAttempts(request: Request, retryAfter: number) {
  const locale = requestLocale(request.headers);
  const t = translator(locale, "TwoFactorSignIn");
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
 * The second step of the sign-in (works without JavaScript): an authenticator code or a backup
 * code for the user whose password was right, named by the challenge cookie. Rate-limited per
 * client address and per account like the password step, on top of the plugin's own limits
 * (five tries per challenge, a lock after ten failures in a row).
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return problem(request, "FORBIDDEN", { detail: "crossOrigin" });
  const form = await readForm(request, 4 * 1024);
  if (!form) return problem(request, "PAYLOAD_TOO_LARGE");
  const next = safeAdminPath(form.get("next"));
  const user = await challengedUser(request.headers);
  // No challenge (expired, used up, never made) or a deactivated account: the sign-in starts again.
  if (!user) return redirect("/admin/sign-in?error=expired");

  const parsed = twoFactorSignInSchema.safeParse(Object.fromEntries(form));
  const method = parsed.success ? parsed.data.method : form.get("method") === "backup" ? "backup" : "totp";
  const back = (error: string) =>
    redirect(
      `/admin/sign-in/two-factor?${new URLSearchParams({ error, ...(method === "backup" ? { method } : {}), ...(next !== "/admin" ? { next } : {}) })}`,
    );

  const ip = clientIp(request.headers);
  const perIp = await hit(`two-factor:ip:${ip}`, ip === "direct" ? 30 : 10, SIGN_IN_LIMIT.windowSeconds);
  const perAccount = await hit(
    `two-factor:account:${user.id}`,
    SIGN_IN_LIMIT.limit,
    SIGN_IN_LIMIT.windowSeconds,
  );
  if (!perIp.allowed || !perAccount.allowed) {
    await auditEvent(user, "auth.two_factor_rate_limited", { type: "user", id: user.id });
    return tooManyAttempts(
      request,
      Math.max(perIp.allowed ? 0 : perIp.retryAfter, perAccount.allowed ? 0 : perAccount.retryAfter),
    );
  }
  if (!parsed.success) {
    await auditEvent(user, "auth.two_factor_failed", { type: "user", id: user.id }, { method });
    return back("invalid");
  }

  const code = method === "totp" ? parsed.data.code.replace(/\s/g, "") : backupCodeAsStored(parsed.data.code);
  const auth = getAuth();
  const response =
    method === "totp"
      ? await auth.api.verifyTOTP({ body: { code }, headers: request.headers, asResponse: true })
      : await auth.api.verifyBackupCode({ body: { code }, headers: request.headers, asResponse: true });
  const cookies = response.headers.getSetCookie();
  if (!response.ok) {
    const reason =
      ((await response.json().catch(() => ({}))) as { code?: string }).code ?? String(response.status);
    requestLog(request.headers).info({ outcome: "failed", userId: user.id, reason }, "two-factor");
    await auditEvent(user, "auth.two_factor_failed", { type: "user", id: user.id }, { method, reason });
    // The plugin ends a challenge after five wrong codes, and locks the account after ten.
    if (reason === "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE" || reason === "INVALID_TWO_FACTOR_COOKIE")
      return redirect("/admin/sign-in?error=expired", cookies);
    if (reason === "ACCOUNT_TEMPORARILY_LOCKED") return back("locked");
    return back("invalid");
  }
  await reset(`two-factor:account:${user.id}`);
  requestLog(request.headers).info({ outcome: "ok", userId: user.id, method }, "sign-in");
  if (method === "backup") {
    const left = await backupCodesLeft(user.id);
    await auditEvent(user, "auth.two_factor_backup_code_used", { type: "user", id: user.id }, { left });
  }
  await auditEvent(user, "auth.sign_in", { type: "user", id: user.id }, { secondStep: method });
  return redirect(method === "backup" ? "/admin/account?backupCodeUsed=1" : next, cookies);
}
