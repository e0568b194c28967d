import { getTranslations } from "next-intl/server";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { MenuEscape } from "./MenuEscape";

export type Section =
  "home" | "regions" | "organisations" | "initiatives" | "strategy" | "compare" | "search";

const linkClass =
  "block text-white no-underline hover:bg-brand-700 hover:text-white aria-[current=page]:underline aria-[current=page]:decoration-accent-500 aria-[current=page]:decoration-4 aria-[current=page]:underline-offset-8 dark:text-white";

/**
 * The site's name, the language switcher and the main navigation. On phones the navigation
 * folds into a <details> disclosure: compact, and still open to keyboards without JavaScript
 * (Escape in it closes it where JavaScript runs).
 */
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
    { key: "regions", label: nav("regions"), href: pathFor(locale, "/regions") },
    { key: "organisations", label: nav("organisations"), href: pathFor(locale, "/organisations") },
    { key: "initiatives", label: nav("initiatives"), href: pathFor(locale, "/initiatives") },
    ...(strategyHref ? [{ key: "strategy" as const, label: nav("strategy"), href: strategyHref }] : []),
    { key: "compare", label: nav("compare"), href: pathFor(locale, "/compare") },
    { key: "search", label: nav("search"), href: pathFor(locale, "/search") },
  ];
  const links = (listClass: string, itemClass: string) => (
    <ul className={listClass}>
      {items.map((item) => (
        <li key={item.key}>
          <a
            href={item.href}
            aria-current={section === item.key ? "page" : undefined}
            className={`${linkClass} ${itemClass}`}
          >
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <header className="surface-dark relative bg-brand-700 text-white dark:bg-brand-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2 text-sm md:py-3 md:text-base">
        <a
          href={pathFor(locale, "/")}
          className="me-24 basis-full text-base leading-9 font-bold sm:text-lg text-white no-underline hover:text-white md:me-0 md:basis-auto md:text-xl dark:text-white"
        >
          {t("name")}
        </a>
        {/* Before the languages, as it is seen (top right). Open, its links take a row of their own
            below the name and push the rest down, so that nothing the keyboard reaches next is
            hidden behind them (WCAG 2.4.11), with or without JavaScript. */}
        <details id="site-menu" className="no-print -me-3 md:hidden open:-mx-4 open:basis-[calc(100%+2rem)]">
          <summary className="absolute top-2 right-4 flex cursor-pointer list-none items-center gap-2 rounded border border-white/70 px-3 py-1.5 font-medium hover:bg-brand-800 [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
              <rect y="2" width="16" height="2" />
              <rect y="7" width="16" height="2" />
              <rect y="12" width="16" height="2" />
            </svg>
            {t("menu")}
          </summary>
          <nav aria-label={t("mainNav")} className="border-y border-brand-600 bg-brand-800 dark:bg-slate-900">
            {links("divide-y divide-brand-600", "px-4 py-3")}
          </nav>
        </details>
        <MenuEscape menuId="site-menu" />
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
      <nav
        aria-label={t("mainNav")}
        className="hidden border-t border-brand-600 bg-brand-800 md:block dark:bg-slate-900"
      >
        {links("mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2", "px-3 py-2")}
      </nav>
    </header>
  );
}
