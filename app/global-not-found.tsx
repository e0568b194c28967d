import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundPage } from "@/components/site/NotFoundView";
import { SiteFooter } from "@/components/site/SiteFooter";
import { PATH_HEADER } from "@/lib/i18n/paths";
import { isLocale, routing } from "@/lib/i18n/routing";
import "./globals.css";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The localized 404 for URLs that match no route outside the locales' folders (the proxy has
 * passed the path on; app/[locale]/[...missing] answers under a locale prefix), in the site's
 * frame, linking to the nearest page that exists.
 */
export default async function GlobalNotFound() {
  const requested = await getLocale().catch(() => routing.defaultLocale);
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const path = (await headers()).get(PATH_HEADER) ?? `/${locale}`;
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
        <NotFoundPage locale={locale} path={path} />
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
