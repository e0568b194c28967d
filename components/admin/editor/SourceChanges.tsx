import { getTranslations } from "next-intl/server";
import { WordDiff } from "@/components/admin/WordDiff";
import type { OutdatedTranslation } from "@/lib/admin/outdated";
import type { ContentField } from "@/lib/history";
import type { Locale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/dates";

/** What changed in the source since an outdated translation was last published, as a word diff. */
export async function SourceChanges({ ui, outdated }: { ui: Locale; outdated: OutdatedTranslation }) {
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  const { changes, sourceLocale } = outdated;
  return (
    <section
      aria-labelledby="source-changes-heading"
      className="mb-6 max-w-3xl rounded-lg border-2 border-amber-600 p-4 dark:border-amber-400"
    >
      <h3 id="source-changes-heading" className="mb-2 text-lg">
        {t("sourceChangesHeading", { language: languages(sourceLocale) })}
      </h3>
      {!changes || !outdated.basePublishedAt ? (
        <p>{t("sourceChangesUnknown")}</p>
      ) : changes.length === 0 ? (
        <p>{t("sourceChangesNone")}</p>
      ) : (
        <>
          <p className="mb-3 text-sm">
            {t("sourceChangesIntro", {
              from: formatDate(ui, outdated.basePublishedAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          <dl className="space-y-3">
            {changes.map((change) => (
              <div key={change.field}>
                <dt className="font-semibold">{t(change.field as ContentField)}</dt>
                <dd>
                  <WordDiff parts={change.parts} lang={sourceLocale} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
