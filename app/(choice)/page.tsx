import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { autonyms } from "@/lib/i18n/locales";
import { locales } from "@/lib/i18n/routing";
import { CHOOSE_PARAM } from "@/lib/i18n/choice";
import { ogLocale, siteUrl, socialImage } from "@/lib/metadata";

export async function generateMetadata(): Promise<Metadata> {
  const texts = await Promise.all(
    locales.map(async (locale) => ({
      site: (await getTranslations({ locale, namespace: "Site" }))("name"),
      intro: (await getTranslations({ locale, namespace: "LanguageChoice" }))("intro"),
    })),
  );
  const title = texts.map((t) => t.site).join(" · ");
  const description = texts.map((t) => t.intro).join(" · ");
  // One card for every language: the image shows every name (app/api/og/route.tsx).
  const image = socialImage("/api/og?kind=choice", title);
  return {
    title,
    description,
    metadataBase: new URL(siteUrl()),
    alternates: {
      canonical: "/",
      languages: { ...Object.fromEntries(locales.map((l) => [l, `/${l}`])), "x-default": "/" },
    },
    openGraph: {
      type: "website",
      title,
      description,
      url: "/",
      siteName: title,
      locale: ogLocale[locales[0]],
      alternateLocale: locales.slice(1).map((l) => ogLocale[l]),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

/** Shown at / when neither an earlier choice nor the browser's languages name one of ours. */
export default async function LanguageChoicePage() {
  const choices = await Promise.all(
    locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: "LanguageChoice" }),
    })),
  );
  return (
    <main id="main" className="mx-auto flex w-full max-w-3xl flex-1 flex-col justify-center px-4 py-16">
      <h1 className="mb-10 text-center text-3xl">
        {choices.map(({ locale, t }, index) => (
          <span key={locale} lang={locale} className="block">
            {t("title")}
            {index < choices.length - 1 && <span className="sr-only"> · </span>}
          </span>
        ))}
      </h1>
      <ul className="grid gap-4 sm:grid-cols-3">
        {choices.map(({ locale, t }) => (
          <li key={locale}>
            <a
              href={`/?${CHOOSE_PARAM}=${locale}`}
              hrefLang={locale}
              lang={locale}
              className="block rounded-lg border-2 border-brand-700 p-6 text-center no-underline hover:bg-brand-50 dark:hover:bg-slate-900"
            >
              <span className="block text-2xl font-semibold">{autonyms[locale]}</span>
              <span className="block text-slate-700 dark:text-slate-300">{t("intro")}</span>
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
