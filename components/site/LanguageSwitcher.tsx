import { getTranslations } from "next-intl/server";
import { autonyms } from "@/lib/i18n/locales";
import { locales, type Locale } from "@/lib/i18n/routing";

/**
 * The language's code on phones (four full names do not fit beside each other at 320 px) and
 * its name from the sm breakpoint up. Both are always in the accessible name, code first ("NL
 * Nederlands"): it starts with what a phone shows and holds what a wider screen shows, so that
 * speech input can say the visible label (WCAG 2.5.3). The name is in its own language.
 */
function Label({ locale }: { locale: Locale }) {
  return (
    <>
      <span className="sm:sr-only">{locale.toUpperCase()}</span>{" "}
      <span className="max-sm:sr-only">{autonyms[locale]}</span>
    </>
  );
}

/** Plain links to the same page in each language: no client JavaScript needed. */
export async function LanguageSwitcher({
  locale,
  alternates,
}: {
  locale: Locale;
  alternates: Record<Locale, string>;
}) {
  const t = await getTranslations({ locale, namespace: "Site" });
  return (
    <nav aria-label={t("languageSwitcher")}>
      <ul className="flex gap-1">
        {locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span
                lang={l}
                aria-current="true"
                className="block rounded px-2 py-1 font-semibold text-white underline decoration-2 underline-offset-4"
              >
                <Label locale={l} />
                <span className="sr-only"> ({t("currentLanguage")})</span>
              </span>
            ) : (
              <a
                href={alternates[l]}
                hrefLang={l}
                lang={l}
                title={autonyms[l]}
                className="block rounded px-2 py-1 text-white no-underline hover:bg-brand-800 hover:text-white dark:text-white"
              >
                <Label locale={l} />
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
