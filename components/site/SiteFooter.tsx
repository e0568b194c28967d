import { getTranslations } from "next-intl/server";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Site" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 sm:grid-cols-2">
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("footerText")}</p>
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap gap-4 text-sm sm:justify-end">
            <li>
              <a href={pathFor(locale, "/about")}>{nav("about")}</a>
            </li>
            <li>
              <a href={pathFor(locale, "/accessibility")}>{nav("accessibility")}</a>
            </li>
            <li>
              <a href={pathFor(locale, "/privacy")}>{nav("privacy")}</a>
            </li>
            <li>
              <a href={pathFor(locale, "/developers")}>{nav("developers")}</a>
            </li>
            <li>
              <a href={pathFor(locale, "/contact")}>{nav("contact")}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
