import { getTranslations } from "next-intl/server";
import type { ContentType } from "@/lib/cache-tags";
import { getMajorChanges } from "@/lib/content/change-notes";
import type { Locale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/dates";
import { colon } from "@/lib/text/typography";

/** "Last updated", and on request the history of major changes (as GOV.UK pages do). */
export async function ChangeHistory({
  locale,
  type,
  id,
  updatedAt,
  textLang = locale,
}: {
  locale: Locale;
  type: ContentType;
  id: string;
  updatedAt: string;
  /** The language of the text shown (differs from the page's when it falls back). */
  textLang?: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Changes" });
  const notes = await getMajorChanges(type, id, textLang);
  const date = (iso: string) => formatDate(locale, new Date(iso), { dateStyle: "long" });
  return (
    <div className="mt-10 border-t border-slate-200 pt-4 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
      <p>{t("lastUpdated", { date: date(updatedAt) })}</p>
      {notes.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer underline">{t("showHistory")}</summary>
          <ol className="mt-2 space-y-1" lang={textLang === locale ? undefined : textLang}>
            {notes.map((n) => (
              <li key={n.id}>
                <time dateTime={n.publishedAt}>{date(n.publishedAt)}</time>
                {colon(locale)}
                {n.note}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
