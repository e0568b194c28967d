import { getTranslations } from "next-intl/server";
import { InitiativeCard } from "@/components/site/InitiativeCard";
import { PageShell } from "@/components/site/PageShell";
import { FilterForm, FilterSelect } from "@/components/site/FilterForm";
import { Notice } from "@/components/ui/Notice";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import { getInitiatives, themes } from "@/lib/content/initiatives";
import { getRegions } from "@/lib/content/regions";
import { alternatesFor, pathFor, withQuery } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { parseInitiativeQuery } from "@/lib/validation/public";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Initiatives" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/initiatives"),
    image: { kind: "initiatives" },
  });
}

export default async function InitiativesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Initiatives" });
  const themeLabels = await getTranslations({ locale, namespace: "Themes" });
  const regions = await getRegions(locale);
  const query = parseInitiativeQuery(
    await searchParams,
    regions.map((r) => r.key),
  );
  const { items, total, pageCount } = await getInitiatives(
    locale,
    query.region ?? "",
    query.theme ?? "",
    query.page,
  );
  const base = pathFor(locale, "/initiatives");
  // The filter values are keys, the same in every language: the language switcher keeps them.
  const filters = (page: number) => {
    const qs = new URLSearchParams();
    if (query.region) qs.set("region", query.region);
    if (query.theme) qs.set("theme", query.theme);
    if (page > 1) qs.set("page", String(page));
    return qs;
  };
  const hrefFor = (page: number) => {
    const s = filters(page).toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <PageShell
      locale={locale}
      section="initiatives"
      alternates={withQuery(
        alternatesFor(() => "/initiatives"),
        () => filters(query.page),
      )}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-3 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-6 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>

      <FilterForm
        action={base}
        heading={t("filters")}
        apply={t("apply")}
        reset={query.region || query.theme ? t("reset") : undefined}
      >
        <FilterSelect
          wide
          id="filter-region"
          name="region"
          label={t("region")}
          value={query.region ?? ""}
          all={t("allRegions")}
          options={[
            ...regions.map((region) => ({ value: region.key, label: region.name })),
            { value: "cross-regional", label: t("crossRegional") },
          ]}
        />
        <FilterSelect
          wide
          id="filter-theme"
          name="theme"
          label={t("theme")}
          value={query.theme ?? ""}
          all={t("allThemes")}
          options={themes.map((theme) => ({ value: theme, label: themeLabels(theme) }))}
        />
      </FilterForm>

      {query.invalid && (
        <Notice tone="warning" role="status">
          <p>{t("invalidFilter")}</p>
        </Notice>
      )}
      <p role="status" className="mb-4 font-medium">
        {t("count", { count: total })}
      </p>
      {items.length ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map((initiative) => (
            <li key={initiative.id}>
              <InitiativeCard locale={locale} initiative={initiative} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noResults")}</p>
      )}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        hrefFor={hrefFor}
        labels={await paginationLabels(locale)}
      />
    </PageShell>
  );
}
