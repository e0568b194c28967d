import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { FocusOnArrival } from "@/components/admin/form/FocusOnArrival";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/FilterForm";
import { Notice } from "@/components/ui/Notice";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import {
  CONTENT_PAGE_SIZE,
  readContentList,
  readRegionOptions,
  type SearchMatch,
} from "@/lib/admin/content-list";
import { canManageContent, canUseAdmin } from "@/lib/auth/access";
import { currentUiLocale, requireActor } from "@/lib/auth/session";
import { adminMetadata } from "@/lib/admin/titles";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { autonyms } from "@/lib/i18n/locales";
import { isLocale, locales } from "@/lib/i18n/routing";
import { DataTable } from "@/components/admin/DataTable";
import { formatDate } from "@/lib/time/dates";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentUiLocale();
  const t = await getTranslations({ locale, namespace: "Editor" });
  return adminMetadata(locale, t("title"));
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const statuses = ["draft", "in_review", "published", "withdrawn", "archived"] as const;

export default async function ContentPage({ searchParams }: Props) {
  const actor = await requireActor(canUseAdmin, "/admin/content");
  const locale = actor.uiLocale;
  const t = await getTranslations({ locale, namespace: "Editor" });
  const types = await getTranslations({ locale, namespace: "ContentTypes" });
  const typeName = await getTranslations({ locale, namespace: "ContentType" });
  const status = await getTranslations({ locale, namespace: "Status" });
  const params = await searchParams;
  const type = (contentTypes as readonly string[]).includes(one(params.type))
    ? (one(params.type) as ContentType)
    : undefined;
  const st = (statuses as readonly string[]).includes(one(params.status))
    ? (one(params.status) as (typeof statuses)[number])
    : undefined;
  const lang = isLocale(one(params.locale)) ? (one(params.locale) as (typeof locales)[number]) : undefined;
  const regions = await readRegionOptions(locale);
  const region = regions.some((r) => r.key === one(params.region)) ? one(params.region) : undefined;
  const page = Math.max(1, Math.min(10_000, Number(one(params.page)) || 1));
  const q = one(params.q).trim().slice(0, 100);
  const { rows, total } = await readContentList(
    { q: q || undefined, type, status: st, locale: lang, region, page },
    locale,
  );
  const hrefFor = (n: number) => {
    const qs = new URLSearchParams(
      Object.entries({ q, type, status: st, locale: lang, region }).filter(([, v]) => v) as [
        string,
        string,
      ][],
    );
    if (n > 1) qs.set("page", String(n));
    return `/admin/content?${qs}`;
  };
  return (
    <AdminShell actor={actor} section="content" title={t("title")}>
      {one(params.deleted) && (
        <FocusOnArrival>
          <Notice tone="success" role="status">
            <p>{t("deleted")}</p>
          </Notice>
        </FocusOnArrival>
      )}
      {canManageContent(actor) && (
        <ul className="mb-6 flex flex-wrap gap-3">
          {contentTypes.map((ct) => (
            <li key={ct}>
              <Link
                href={`/admin/content/new?type=${ct}`}
                className="inline-block rounded border-2 border-brand-700 px-3 py-1 no-underline"
              >
                + {t("new", { type: typeName(ct) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <FilterForm action="/admin/content" submit={t("filter")}>
        <FilterInput name="q" label={t("search")} value={q} type="search" />
        <FilterSelect
          name="type"
          label={t("type")}
          value={type}
          all={t("all")}
          options={contentTypes.map((ct) => ({ value: ct, label: types(ct) }))}
        />
        <FilterSelect
          name="status"
          label={t("status")}
          value={st}
          all={t("all")}
          options={statuses.map((s) => ({ value: s, label: status(s) }))}
        />
        <FilterSelect
          name="locale"
          label={t("language")}
          value={lang}
          all={t("all")}
          options={locales.map((l) => ({ value: l, label: autonyms[l] }))}
        />
        <FilterSelect
          name="region"
          label={t("region")}
          value={region}
          all={t("all")}
          options={regions.map((r) => ({ value: r.key, label: r.name }))}
        />
      </FilterForm>
      <p role="status" className="mb-3 font-medium">
        {t("results", { count: total })}
      </p>
      {rows.length > 0 && (
        <DataTable
          name={t("title")}
          tableClassName="w-full min-w-[48rem]"
          columns={[
            t("name"),
            t("type"),
            ...locales.map((l) => ({ label: autonyms[l], lang: l })),
            t("updated"),
          ]}
        >
          {rows.map((row) => {
            const name = row.languages[locale]?.name ?? Object.values(row.languages)[0]?.name ?? row.key;
            return (
              <tr key={`${row.type}-${row.id}`} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/admin/content/${row.type}/${row.id}?locale=${locale}`}>{name}</Link>
                  {row.match && (
                    <MatchSnippet
                      match={row.match}
                      field={t(row.match.field)}
                      language={row.match.locale && autonyms[row.match.locale]}
                    />
                  )}
                </th>
                <td className="p-2">{typeName(row.type)}</td>
                {locales.map((l) => (
                  <td key={l} className="p-2">
                    <Link
                      href={`/admin/content/${row.type}/${row.id}?locale=${l}`}
                      aria-label={`${name}: ${autonyms[l]}`}
                    >
                      {row.languages[l] ? status(row.languages[l]!.status) : status("missing")}
                    </Link>
                  </td>
                ))}
                <td className="p-2 text-sm">
                  {formatDate(locale, row.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / CONTENT_PAGE_SIZE))}
        hrefFor={hrefFor}
        labels={await paginationLabels(locale)}
      />
    </AdminShell>
  );
}

/** Why a row matched the search: where, and the words around the match (marked). */
function MatchSnippet({
  match,
  field,
  language,
}: {
  match: SearchMatch;
  field: string;
  language: string | null;
}) {
  return (
    <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
      <span className="font-medium">
        {field}
        {language && (
          <>
            {" "}
            (<span lang={match.locale!}>{language}</span>)
          </>
        )}
      </span>{" "}
      <q lang={match.locale ?? undefined}>
        {match.snippet.before}
        <mark className="bg-amber-200 text-slate-950">{match.snippet.match}</mark>
        {match.snippet.after}
      </q>
    </p>
  );
}
