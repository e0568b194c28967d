import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundView } from "@/components/site/NotFoundView";
import { isLocale, routing } from "@/lib/i18n/routing";
import "./globals.css";

export const metadata: Metadata = { robots: { index: false } };

/** The localized 404 for URLs that match no route (the proxy has set the locale from the prefix). */
export default async function GlobalNotFound() {
  const requested = await getLocale().catch(() => routing.defaultLocale);
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return (
    <html lang={locale}>
      <head>
        <title>{`${t("title")} | ${site("name")}`}</title>
      </head>
      <body className="flex min-h-screen flex-col">
        <header className="bg-brand-700 px-4 py-3 text-white">
          <a href={`/${locale}`} className="text-xl font-bold text-white no-underline">
            {site("name")}
          </a>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <NotFoundView locale={locale} />
        </main>
      </body>
    </html>
  );
}
