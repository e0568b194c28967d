import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/Notice";
import { requestLocale, safeAdminPath } from "@/lib/auth/admin-locale";
import { adminMetadata } from "@/lib/admin/titles";
import { currentActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const locale = requestLocale(await headers());
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return adminMetadata(locale, t("title"));
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** A plain form posting to /api/auth/sign-in: works without JavaScript. */
export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeAdminPath(one(params.next) || "/admin");
  if (await currentActor()) redirect(next);
  const locale = requestLocale(await headers());
  const t = await getTranslations({ locale, namespace: "SignIn" });
  const error = one(params.error) === "invalid";
  // The second step ended (too slow, too many wrong codes): the whole sign-in starts again.
  const expired = one(params.error) === "expired";
  const inputClass =
    "block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 dark:bg-slate-900 dark:text-slate-100";
  return (
    <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-16">
      <h1 className="mb-2 text-3xl">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {one(params.signedOut) && (
        <Notice tone="success" role="status">
          <p>{t("signedOut")}</p>
        </Notice>
      )}
      {expired && (
        <Notice tone="warning" role="alert">
          <p>{t("challengeExpired")}</p>
        </Notice>
      )}
      {error && (
        <div
          role="alert"
          className="mb-6 border-l-4 border-red-700 bg-red-50 p-4 text-red-950 dark:bg-slate-900 dark:text-red-100"
        >
          <h2 className="mb-1 text-lg font-semibold">{t("errorSummary")}</h2>
          <p>
            <a href="#email">{t("invalid")}</a>
          </p>
        </div>
      )}
      <form method="post" action="/api/auth/sign-in" className="space-y-5">
        <input type="hidden" name="next" value={next} />
        <div>
          <label htmlFor="email" className="mb-1 block font-medium">
            {t("email")}
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={one(params.email).slice(0, 254)}
            aria-invalid={error || undefined}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="password" className="mb-1 block font-medium">
            {t("password")}
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error || undefined}
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
    </main>
  );
}
