import { getTranslations } from "next-intl/server";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./LanguageSwitcher";

export type Section = "home" | "organisations" | "initiatives" | "strategy" | "compare" | "search";

export async function SiteHeader({
  locale,
  alternates,
  section,
  strategyHref,
}: {
  locale: Locale;
  alternates: Record<Locale, string>;
  section?: Section;
  strategyHref?: string;
}) {
  const t = await getTranslations({ locale, namespace: "Site" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  const items: { key: Section; label: string; href: string }[] = [
    { key: "organisations", label: nav("organisations"), href: pathFor(locale, "/organisations") },
    { key: "initiatives", label: nav("initiatives"), href: pathFor(locale, "/initiatives") },
    ...(strategyHref ? [{ key: "strategy" as const, label: nav("strategy"), href: strategyHref }] : []),
    { key: "compare", label: nav("compare"), href: pathFor(locale, "/compare") },
    { key: "search", label: nav("search"), href: pathFor(locale, "/search") },
  ];
  return (
    <header className="bg-brand-700 text-white dark:bg-brand-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a
          href={pathFor(locale, "/")}
          className="text-xl font-bold text-white no-underline hover:text-white dark:text-white"
        >
          {t("name")}
        </a>
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-brand-600 bg-brand-800 dark:bg-slate-900">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
          {items.map((item) => (
            <li key={item.key}>
              <a
                href={item.href}
                aria-current={section === item.key ? "page" : undefined}
                className="block px-3 py-2 text-white no-underline hover:bg-brand-700 hover:text-white aria-[current=page]:underline aria-[current=page]:decoration-accent-500 aria-[current=page]:decoration-4 aria-[current=page]:underline-offset-8 dark:text-white"
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
