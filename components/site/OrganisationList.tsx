import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import type { OrganisationPage } from "@/lib/content/organisations";
import type { RegionSummary } from "@/lib/content/regions";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor, pathFor, withQuery } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { hyphenated } from "@/lib/text/hyphenate";
import { FilterForm, FilterSelect } from "./FilterForm";
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

      <FilterForm
        action={base}
        heading={t("filters")}
        apply={t("apply")}
        reset={filtered ? t("reset") : undefined}
      >
        <FilterSelect
          wide
          id="filter-region"
          name="region"
          label={t("region")}
          value={region}
          all={t("allRegions")}
          options={regions.map((r) => ({ value: r.key, label: r.name }))}
        />
      </FilterForm>

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
