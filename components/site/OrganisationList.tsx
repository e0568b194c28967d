import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import type { OrganisationPage } from "@/lib/content/organisations";
import type { RegionSummary } from "@/lib/content/regions";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor, pathFor, withQuery } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { hyphenated } from "@/lib/text/hyphenate";
import { OrganisationCard } from "./OrganisationCard";
import { PageShell } from "./PageShell";

/** The query string of a list page: the region filter and the page, as the addresses carry them. */
export function organisationQuery(region: string, page: number): URLSearchParams {
  const qs = new URLSearchParams();
  if (region) qs.set("region", region);
  if (page > 1) qs.set("page", String(page));
  return qs;
}

/**
 * The organisations, region after region, one page at a time (`/organisations`, `?region=`,
 * `?page=`): the first page is the static /organisations page, the others are static pages
 * rendered on their first request (app/[locale]/organisation-list, which the Node server serves
 * those addresses from: lib/i18n/rewrites.ts).
 */
export async function OrganisationList({
  locale,
  regions,
  region,
  page,
  list,
}: {
  locale: Locale;
  regions: RegionSummary[];
  /** A region key, or "" for every region. */
  region: string;
  page: number;
  list: OrganisationPage;
}) {
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const base = pathFor(locale, "/organisations");
  const hrefFor = (n: number) => {
    const qs = organisationQuery(region, n).toString();
    return qs ? `${base}?${qs}` : base;
  };
  // Consecutive organisations of one region under its heading (the list is ordered by region).
  const groups: { region: RegionSummary; items: OrganisationPage["items"] }[] = [];
  for (const organisation of list.items) {
    const of = regions.find((r) => r.id === organisation.region?.id);
    if (!of) continue;
    const last = groups.at(-1);
    if (last?.region.id === of.id) last.items.push(organisation);
    else groups.push({ region: of, items: [organisation] });
  }
  const filtered = regions.find((r) => r.key === region);
  return (
    <PageShell
      locale={locale}
      section="organisations"
      alternates={withQuery(
        alternatesFor(() => "/organisations"),
        () => organisationQuery(region, page),
      )}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-3 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-6 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>

      <form
        method="get"
        action={base}
        className="mb-6 rounded-lg bg-slate-50 p-4 dark:bg-slate-900"
        role="search"
        aria-labelledby="filters-heading"
        autoComplete="off"
      >
        <h2 id="filters-heading" className="mb-3 text-lg">
          {t("filters")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
          <div>
            <label htmlFor="filter-region" className="mb-1 block font-medium">
              {t("region")}
            </label>
            <select
              id="filter-region"
              name="region"
              defaultValue={region}
              className="block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
            >
              <option value="">{t("allRegions")}</option>
              {regions.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={buttonClass("primary")}>
              {t("apply")}
            </button>
            {filtered && <a href={base}>{t("reset")}</a>}
          </div>
        </div>
      </form>

      <p role="status" className="mb-6 font-medium">
        {filtered
          ? t("countIn", { count: list.total, region: filtered.name })
          : t("count", { count: list.total })}
      </p>
      {groups.map((group) => (
        <section key={group.region.id} aria-labelledby={`region-${group.region.key}`} className="mb-10">
          <h2 id={`region-${group.region.key}`} className="mb-4 text-2xl" lang={langAttribute(group.region)}>
            {group.region.name}
          </h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {group.items.map((organisation) => (
              <li key={organisation.id}>
                <OrganisationCard locale={locale} organisation={organisation} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Pagination
        page={page}
        pageCount={list.pageCount}
        hrefFor={hrefFor}
        labels={await paginationLabels(locale)}
      />
    </PageShell>
  );
}
