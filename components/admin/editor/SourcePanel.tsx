import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Markdown } from "@/components/site/Markdown";
import type { WorkingCopy } from "@/lib/content/editorial";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Links to show another language next to the form or to start from a copy of it. Showing keeps
 * the form as it is; copying replaces it, after asking when something is typed (the links say
 * which to the unsaved-changes warning), and the form then offers the typed text back.
 */
export async function SourceTools({
  ui,
  others,
  shown,
  editUrl,
}: {
  ui: Locale;
  others: Locale[];
  shown: Locale | null;
  editUrl: (extra?: Record<string, string>) => string;
}) {
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  if (others.length === 0) return null;
  return (
    <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2" aria-label={t("otherLanguages")}>
      {others.map((l) => (
        <li key={l} className="flex flex-wrap gap-x-4">
          <Link href={shown === l ? editUrl() : editUrl({ source: l })} data-keeps-form>
            {shown === l ? t("hideSource") : t("showSource", { language: languages(l) })}
          </Link>
          <Link href={editUrl({ copyFrom: l, ...(shown ? { source: shown } : {}) })} data-replaces-form>
            {t("copyFrom", { language: languages(l) })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Another language's working copy, beside the form, for the translator. */
export async function SourcePanel({
  ui,
  locale,
  source,
}: {
  ui: Locale;
  locale: Locale;
  source: WorkingCopy;
}) {
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const status = await getTranslations({ locale: ui, namespace: "Status" });
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  const fields = (["name", "summary", "goal", "governance", "seoDescription"] as const).filter(
    (f) => source.content[f],
  );
  return (
    <section
      aria-labelledby="source-heading"
      lang={locale}
      className="rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <h3 id="source-heading" className="text-lg" lang={ui}>
        {t("sourceHeading", { language: languages(locale) })}
      </h3>
      <p className="mb-3 text-sm" lang={ui}>
        {t("sourceStatus", { status: status(source.status), version: source.version })}
      </p>
      <dl className="space-y-3">
        {fields.map((f) => (
          <div key={f}>
            <dt className="font-semibold" lang={ui}>
              {t(f)}
            </dt>
            <dd className="whitespace-pre-wrap">{source.content[f]}</dd>
          </div>
        ))}
        <div>
          <dt className="font-semibold" lang={ui}>
            {t("body")}
          </dt>
          <dd>
            <Markdown lang={locale} locale={locale}>
              {source.content.body}
            </Markdown>
          </dd>
        </div>
      </dl>
    </section>
  );
}
