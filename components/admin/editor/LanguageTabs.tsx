import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ContentType } from "@/lib/cache-tags";
import type { OutdatedTranslation } from "@/lib/admin/outdated";
import type { WorkingCopy } from "@/lib/content/editorial";
import { autonyms } from "@/lib/i18n/locales";
import { locales, type Locale } from "@/lib/i18n/routing";

/** The look of a row of language tabs (the editor's, the history's): the current one is filled. */
export const languageTabListClass = "flex flex-wrap gap-2 border-b-2 border-slate-300 dark:border-slate-600";
export const languageTabClass =
  "block rounded-t px-4 py-2 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";

/**
 * One tab per language with the state of its working copy (outdated when the published
 * translation is older than the source's publication, as on the translations dashboard); the
 * source language is marked.
 */
export async function LanguageTabs({
  ui,
  type,
  id,
  editing,
  sourceLocale,
  states,
  outdated,
}: {
  ui: Locale;
  type: ContentType;
  id: string;
  editing: Locale;
  sourceLocale: Locale;
  states: Record<Locale, WorkingCopy | null>;
  outdated: Partial<Record<Locale, OutdatedTranslation>>;
}) {
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const status = await getTranslations({ locale: ui, namespace: "Status" });
  const stateOf = (l: Locale) => {
    const working = states[l]?.status ?? "missing";
    return outdated[l] && working !== "draft" && working !== "in_review" ? "outdated" : working;
  };
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
              <span lang={l}>{autonyms[l]}</span> ({status(stateOf(l))})
              {l === sourceLocale && <> · {t("sourceBadge")}</>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
