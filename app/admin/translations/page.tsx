import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterForm, FilterSelect } from "@/components/admin/FilterForm";
import { LanguageStateCounts } from "@/components/admin/LanguageStateCounts";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import {
  MATRIX_PAGE_SIZE,
  readAltTextMatrix,
  readTranslationMatrix,
  translationStates,
  type TranslationState,
} from "@/lib/admin/translation-matrix";
import { canExchangeTranslations, canUseAdmin } from "@/lib/auth/access";
import { currentUiLocale, requireActor } from "@/lib/auth/session";
import { adminMetadata } from "@/lib/admin/titles";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { autonyms } from "@/lib/i18n/locales";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";
import { PORTAL_TIME_ZONE } from "@/lib/time/brussels";
import { DataTable } from "@/components/admin/DataTable";
import { formatDate } from "@/lib/time/dates";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentUiLocale();
  const t = await getTranslations({ locale, namespace: "Translations" });
  return adminMetadata(locale, t("title"));
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Each state's look: colour is never the only cue (the state is written in every cell). */
const stateStyle: Record<TranslationState, string> = {
  missing: "border-red-700 text-red-800 dark:text-red-300",
  outdated: "border-amber-700 text-amber-900 dark:text-amber-200",
  draft: "border-slate-500",
  in_review: "border-brand-700",
  published: "border-green-700 text-green-900 dark:text-green-200",
  withdrawn: "border-amber-500 border-dashed text-amber-900 dark:text-amber-200",
  archived: "border-slate-400 text-slate-600 dark:text-slate-300",
};

/**
 * The translation dashboard: every item × language with its state (missing, draft, in review,
 * outdated, published, withdrawn, archived), totals per language, filters, and the signed-in translator's
 * languages first. Each cell opens the editor, with the source text next to the form.
 */
export default async function TranslationsPage({ searchParams }: Props) {
  const actor = await requireActor(canUseAdmin, "/admin/translations");
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Translations" });
  const types = await getTranslations({ locale: ui, namespace: "ContentTypes" });
  const typeName = await getTranslations({ locale: ui, namespace: "ContentType" });
  const status = await getTranslations({ locale: ui, namespace: "Status" });
  const sourceBadge = (await getTranslations({ locale: ui, namespace: "Editor" }))("sourceBadge");
  const exchange = await getTranslations({ locale: ui, namespace: "Exchange" });
  const params = await searchParams;
  const type = (contentTypes as readonly string[]).includes(one(params.type))
    ? (one(params.type) as ContentType)
    : undefined;
  const lang = isLocale(one(params.locale)) ? (one(params.locale) as Locale) : undefined;
  const state = (translationStates as readonly string[]).includes(one(params.state))
    ? (one(params.state) as TranslationState)
    : undefined;
  const page = Math.max(1, Math.min(10_000, Number(one(params.page)) || 1));
  const [{ totals, rows, total }, altTexts] = await Promise.all([
    readTranslationMatrix({ type, locale: lang, state, page }),
    readAltTextMatrix(),
  ]);
  // Translators see the languages they work in first.
  const columns = [...actor.locales, ...locales.filter((l) => !actor.locales.includes(l))];
  const label = (s: TranslationState) => status(s);
  const hrefFor = (n: number) => {
    const qs = new URLSearchParams(
      Object.entries({ type, locale: lang, state }).filter(([, v]) => v) as [string, string][],
    );
    if (n > 1) qs.set("page", String(n));
    return `/admin/translations?${qs}`;
  };
  return (
    <AdminShell actor={actor} section="translations" title={t("title")}>
      <p className="mb-2 max-w-prose">{t("intro")}</p>
      {actor.locales.length > 0 && <p className="mb-4">{t("yourLanguages")}</p>}
      {canExchangeTranslations(actor) && (
        <p className="mb-4">
          <Link href="/admin/translations/exchange">{exchange("link")}</Link>
        </p>
      )}

      <h2 className="mb-2 text-xl">{t("counts")}</h2>
      <LanguageStateCounts
        name={t("counts")}
        languageHeader={t("language")}
        languages={columns}
        states={translationStates}
        stateLabel={label}
        count={(l, s) => totals[l]?.[s] ?? 0}
        href={(l, s) =>
          `/admin/translations?${new URLSearchParams({ ...(type ? { type } : {}), locale: l, state: s })}`
        }
        linkLabel={(l, s, count) => t("countLabel", { language: autonyms[l], state: label(s), count })}
      />

      <FilterForm action="/admin/translations" submit={t("filter")}>
        <FilterSelect
          name="type"
          label={t("type")}
          value={type}
          all={t("all")}
          options={contentTypes.map((ct) => ({ value: ct, label: types(ct) }))}
        />
        <FilterSelect
          name="locale"
          label={t("language")}
          value={lang}
          all={t("all")}
          options={columns.map((l) => ({ value: l, label: autonyms[l] }))}
        />
        <FilterSelect
          name="state"
          label={t("state")}
          value={state}
          all={t("all")}
          options={translationStates.map((s) => ({ value: s, label: label(s) }))}
        />
      </FilterForm>

      <p role="status" className="mb-3 font-medium">
        {t("results", { count: total })}
      </p>
      {rows.length > 0 && (
        <DataTable
          name={t("title")}
          tableClassName="w-full min-w-[48rem]"
          columns={[t("item"), t("type"), ...columns.map((l) => ({ label: autonyms[l], lang: l }))]}
        >
          {rows.map((row) => {
            const name =
              row.names[ui] ?? row.names[row.sourceLocale] ?? Object.values(row.names)[0] ?? row.key;
            return (
              <tr key={`${row.type}-${row.id}`} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="p-2 font-normal">
                  {name}
                </th>
                <td className="p-2">{typeName(row.type)}</td>
                {columns.map((l) => {
                  const cell = row.cells[l];
                  const isSource = l === row.sourceLocale;
                  const query = new URLSearchParams({ locale: l });
                  if (!isSource && cell.state !== "published") query.set("source", row.sourceLocale);
                  return (
                    <td key={l} className="p-2">
                      <Link
                        href={`/admin/content/${row.type}/${row.id}?${query}`}
                        aria-label={t("cellLabel", {
                          language: `${name}, ${autonyms[l]}`,
                          state: isSource ? `${label(cell.state)} (${sourceBadge})` : label(cell.state),
                        })}
                        className={`inline-block rounded border-l-4 px-2 no-underline ${stateStyle[cell.state]}`}
                        data-state={cell.state}
                      >
                        {label(cell.state)}
                        {isSource && <span className="text-sm"> ({sourceBadge})</span>}
                      </Link>
                      {cell.sourcePublishedAt && (
                        <span className="block text-sm">
                          {t("sourceSince", {
                            date: formatDate(ui, new Date(cell.sourcePublishedAt), {
                              dateStyle: "medium",
                              timeStyle: "short",
                              timeZone: PORTAL_TIME_ZONE,
                            }),
                          })}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pagination
        page={page}
        pageCount={Math.ceil(total / MATRIX_PAGE_SIZE)}
        hrefFor={hrefFor}
        labels={await paginationLabels(ui)}
      />

      <h2 className="mt-8 mb-2 text-xl">{t("altTitle")}</h2>
      <p className="mb-3 max-w-prose">{t("altIntro")}</p>
      {altTexts.rows.length === 0 ? (
        <p>{t("altNone")}</p>
      ) : (
        <DataTable
          name={t("altTitle")}
          tableClassName="w-full min-w-[36rem]"
          columns={[t("altFile"), ...columns.map((l) => ({ label: autonyms[l], lang: l }))]}
        >
          {altTexts.rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="p-2 font-normal">
                {row.filename}
              </th>
              {columns.map((l) => (
                <td key={l} className="p-2">
                  <span
                    data-state={row.cells[l]}
                    className={`inline-block rounded border-l-4 px-2 ${row.cells[l] === "missing" ? stateStyle.missing : stateStyle.published}`}
                  >
                    {row.cells[l] === "missing" ? t("altMissing") : t("altPresent")}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
      )}
    </AdminShell>
  );
}
