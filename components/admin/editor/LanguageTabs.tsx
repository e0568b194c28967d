import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ContentType } from "@/lib/cache-tags";
import type { WorkingCopy } from "@/lib/content/editorial";
import { autonyms } from "@/lib/i18n/locales";
import { locales, type Locale } from "@/lib/i18n/routing";

/** The look of a row of language tabs (the editor's, the history's): the current one is filled. */
export const languageTabListClass = "flex flex-wrap gap-2 border-b-2 border-slate-300 dark:border-slate-600";
export const languageTabClass =
  "block rounded-t px-4 py-2 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";

/** One tab per language with the state of its working copy; the source language is marked. */
export async function LanguageTabs({
  ui,
  type,
  id,
  editing,
  sourceLocale,
  states,
}: {
  ui: Locale;
  type: ContentType;
  id: string;
  editing: Locale;
  sourceLocale: Locale;
  states: Record<Locale, WorkingCopy | null>;
}) {
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const status = await getTranslations({ locale: ui, namespace: "Status" });
  return (
    <nav aria-label={t("translations")} className="mb-4">
      <ul className={languageTabListClass}>
        {locales.map((l) => (
          <li key={l}>
            <Link
              href={`/admin/content/${type}/${id}?locale=${l}`}
              aria-current={l === editing ? "page" : undefined}
              className={languageTabClass}
            >
              <span lang={l}>{autonyms[l]}</span> ({status(states[l]?.status ?? "missing")})
              {l === sourceLocale && <> · {t("sourceBadge")}</>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
