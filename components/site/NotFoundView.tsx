import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <div className="py-8">
      <h1 className="mb-4 text-3xl">{t("title")}</h1>
      <p className="mb-6 text-lg">{t("body")}</p>
      <ul className="space-y-2">
        <li>
          <a href={pathFor(locale, "/")}>{t("home")}</a>
        </li>
        <li>
          <a href={pathFor(locale, "/search")}>{t("search")}</a>
        </li>
      </ul>
    </div>
  );
}

function Throw404(): never {
  notFound();
}

/**
 * A page's answer for an unknown slug: the localized not-found text in the HTML itself (readable
 * without JavaScript) and a notFound() thrown inside its own Suspense boundary, so the response
 * still gets status 404 and noindex (docs/platform.md; vercel/next.js#62228).
 */
export function NotFoundResponse({ locale }: { locale: Locale }) {
  return (
    <>
      <NotFoundView locale={locale} />
      <Suspense fallback={null}>
        <Throw404 />
      </Suspense>
    </>
  );
}
