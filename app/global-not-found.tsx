import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundPage } from "@/components/site/NotFoundView";
import { SiteFooter } from "@/components/site/SiteFooter";
import { isLocale, routing } from "@/lib/i18n/routing";
import "./globals.css";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The 404 for what matches no route outside the locales' folders (a file name such as
 * /missing.txt, an unknown /api address reached by a browser): addresses without a locale prefix
 * are redirected by the proxy and app/[locale]/[...missing] answers under a prefix, with the
 * nearest page. In the site's frame, in the default language.
 */
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
        <a
          href="#main"
          className="sr-only bg-accent-500 px-4 py-2 text-black focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          {site("skipLink")}
        </a>
        <NotFoundPage locale={locale} path={`/${locale}`} />
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
