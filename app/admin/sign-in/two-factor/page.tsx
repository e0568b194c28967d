import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { adminMetadata } from "@/lib/admin/titles";
import { requestLocale, safeAdminPath } from "@/lib/auth/admin-locale";
import { currentActor } from "@/lib/auth/session";
import { challengedUserId } from "@/lib/auth/two-factor";

export async function generateMetadata(): Promise<Metadata> {
  const locale = requestLocale(await headers());
  const t = await getTranslations({ locale, namespace: "TwoFactorSignIn" });
  return adminMetadata(locale, t("title"));
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * The sign-in's second step, for whoever passed the password step (the challenge cookie): a plain
 * form posting to /api/auth/two-factor, an authenticator code or, on its own link, a backup code.
 */
export default async function TwoFactorSignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeAdminPath(one(params.next) || "/admin");
  if (await currentActor()) redirect(next);
  const requestHeaders = await headers();
  if (!(await challengedUserId(requestHeaders))) redirect("/admin/sign-in?error=expired");
  const locale = requestLocale(requestHeaders);
  const t = await getTranslations({ locale, namespace: "TwoFactorSignIn" });
  const backup = one(params.method) === "backup";
  const error = one(params.error);
  const message =
    error === "locked"
      ? t("locked")
      : error === "invalid"
        ? backup
          ? t("invalidBackup")
          : t("invalid")
        : null;
  const other = new URLSearchParams({
    ...(backup ? {} : { method: "backup" }),
    ...(next !== "/admin" ? { next } : {}),
  });
  const inputClass =
    "block w-full max-w-xs rounded-md border-2 border-slate-500 bg-white px-3 py-2 font-mono text-lg tracking-widest text-slate-900 aria-[invalid=true]:border-red-700 dark:bg-slate-900 dark:text-slate-100";
  return (
    <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-16">
      <h1 className="mb-2 text-3xl">{t("title")}</h1>
      <p className="mb-6">{backup ? t("backupIntro") : t("intro")}</p>
      {message && (
        <div
          role="alert"
          className="mb-6 border-l-4 border-red-700 bg-red-50 p-4 text-red-950 dark:bg-slate-900 dark:text-red-100"
        >
          <h2 className="mb-1 text-lg font-semibold">{t("errorSummary")}</h2>
          <p>
            <a href="#code">{message}</a>
          </p>
        </div>
      )}
      <form method="post" action="/api/auth/two-factor" className="space-y-5">
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="method" value={backup ? "backup" : "totp"} />
        <div>
          <label htmlFor="code" className="mb-1 block font-medium">
            {backup ? t("backupCode") : t("code")}
          </label>
          <p id="code-hint" className="mb-1 text-sm text-slate-600 dark:text-slate-300">
            {backup ? t("backupHint") : t("codeHint")}
          </p>
          <input
            id="code"
            name="code"
            type="text"
            required
            autoComplete="one-time-code"
            inputMode={backup ? "text" : "numeric"}
            spellCheck={false}
            autoCapitalize="off"
            maxLength={backup ? 32 : 8}
            aria-describedby="code-hint"
            aria-invalid={message ? true : undefined}
            className={inputClass}
          />
        </div>
        <button
          type="submit"
          className="rounded-md border-2 border-brand-700 bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("submit")}
        </button>
      </form>
      <p className="mt-8">
        <Link href={`/admin/sign-in/two-factor${other.size ? `?${other}` : ""}`}>
          {backup ? t("useApp") : t("useBackup")}
        </Link>
      </p>
      <p className="mt-4 text-sm">{t("lost")}</p>
    </main>
  );
}
