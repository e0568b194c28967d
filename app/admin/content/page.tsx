import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { FocusOnArrival } from "@/components/admin/form/FocusOnArrival";
import { FilterChoice, FilterForm, FilterInput, FilterSelect } from "@/components/admin/FilterForm";
import { Notice } from "@/components/ui/Notice";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import { BulkForm, RowSelect, SelectAllOnPage } from "@/components/admin/forms/BulkForm";
import {
  CONTENT_PAGE_SIZE,
  CONTENT_PAGE_SIZES,
  readContentList,
  readRegionOptions,
  type ContentSort,
  type SearchMatch,
  type SortKey,
} from "@/lib/admin/content-list";
import { canEdit, canManageContent, canUseAdmin } from "@/lib/auth/access";
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
const sortKeys: SortKey[] = ["name", "type", "updated", ...locales.map((l) => `status-${l}` as const)];
/** Each column's first direction: names and types A to Z, states from draft on, newest change first. */
const firstDirection = (key: SortKey): ContentSort["direction"] => (key === "updated" ? "desc" : "asc");

/** The sort in the address (`sort`, `dir`); anything else is the default, newest change first. */
function sortOf(params: Record<string, string | string[] | undefined>): ContentSort {
  const key = sortKeys.find((k) => k === one(params.sort)) ?? "updated";
  const dir = one(params.dir);
  return { key, direction: dir === "asc" || dir === "desc" ? dir : firstDirection(key) };
}

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
  const sort = sortOf(params);
  const size = CONTENT_PAGE_SIZES.find((n) => String(n) === one(params.size)) ?? CONTENT_PAGE_SIZE;
  const typeOrder = [...contentTypes].sort((a, b) => typeName(a).localeCompare(typeName(b), locale));
  const { rows, total } = await readContentList(
    { q: q || undefined, type, status: st, locale: lang, region, page, pageSize: size, sort, typeOrder },
    locale,
  );
  const bulk = await getTranslations({ locale, namespace: "Bulk" });
  /** The list's address with the filters, the sort and the page size as they are, but for `changes`. */
  const listHref = (changes: Record<string, string | undefined>) => {
    const defaults = sort.key === "updated" && sort.direction === "desc";
    const current = {
      q,
      type,
      status: st,
      locale: lang,
      region,
      sort: defaults ? undefined : sort.key,
      dir: defaults ? undefined : sort.direction,
      size: size === CONTENT_PAGE_SIZE ? undefined : String(size),
    };
    const qs = new URLSearchParams(
      Object.entries({ ...current, ...changes }).filter(([, v]) => v) as [string, string][],
    );
    return `/admin/content?${qs}`;
  };
  const hrefFor = (n: number) => listHref({ page: n > 1 ? String(n) : undefined });
  const sortable = (key: SortKey) => {
    const direction = sort.key === key ? sort.direction : undefined;
    const next = direction ? (direction === "asc" ? "desc" : "asc") : firstDirection(key);
    return {
      href: listHref({ sort: key, dir: next }),
      direction: direction && (direction === "asc" ? ("ascending" as const) : ("descending" as const)),
      hint: bulk(next === "asc" ? "sortAscending" : "sortDescending"),
    };
  };
  const editable = locales.filter((l) => canEdit(actor, l));
  const defaultLanguage = [lang, locale, editable[0]].find((l) => l && editable.includes(l))!;
  return (
    <AdminShell actor={actor} section="content" title={t("title")} namespaces={["Bulk", "Editor"]}>
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
        <FilterChoice
          name="size"
          label={bulk("pageSize")}
          value={String(size)}
          options={CONTENT_PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
        />
        {sort.key !== "updated" || sort.direction !== "desc" ? (
          <>
            <input type="hidden" name="sort" value={sort.key} />
            <input type="hidden" name="dir" value={sort.direction} />
          </>
        ) : null}
      </FilterForm>
      <p role="status" className="mb-3 font-medium">
        {t("results", { count: total })}
      </p>
      {rows.length > 0 && (
        <BulkForm
          intents={canManageContent(actor) ? ["publish", "submit", "archive"] : ["submit"]}
          languages={[
            ...editable.map((l) => ({ value: l, label: autonyms[l], lang: l })),
            { value: "all", label: bulk("allLanguages") },
          ]}
          defaultLanguage={defaultLanguage}
        >
          <DataTable
            name={t("title")}
            tableClassName="w-full min-w-[52rem]"
            columns={[
              {
                label: bulk("select"),
                content: <SelectAllOnPage values={rows.map((row) => `${row.type}:${row.id}`)} />,
                className: "w-10",
              },
              { label: t("name"), sort: sortable("name") },
              { label: t("type"), sort: sortable("type") },
              ...locales.map((l) => ({ label: autonyms[l], lang: l, sort: sortable(`status-${l}`) })),
              { label: t("updated"), sort: sortable("updated") },
            ]}
          >
            {rows.map((row) => {
              const name = row.languages[locale]?.name ?? Object.values(row.languages)[0]?.name ?? row.key;
              const seen = locales.flatMap((l) => {
                const state = row.languages[l];
                return state ? [`${row.type}:${row.id}:${l}:${state.version}`] : [];
              });
              return (
                <tr key={`${row.type}-${row.id}`} className="border-b border-slate-200 dark:border-slate-700">
                  <td className="p-2">
                    <RowSelect value={`${row.type}:${row.id}`} name={name} seen={seen} />
                  </td>
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/admin/content/${row.type}/${row.id}?locale=${locale}`}>{name}</Link>
                    {row.match && (
                      <MatchSnippet
                        match={row.match}
                        field={t(row.match.field)}
                        language={row.match.locale && autonyms[row.match.locale]}
                      />
                    )}
                    {canManageContent(actor) && (row.type === "strategy" || row.type === "pillar") && (
                      <p className="mt-1 text-sm">
                        <Link href={`/admin/content/${row.type}/${row.id}/order`}>
                          {bulk(row.type === "strategy" ? "orderPillars" : "orderProjects")}
                        </Link>
                      </p>
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
        </BulkForm>
      )}
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / size))}
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
