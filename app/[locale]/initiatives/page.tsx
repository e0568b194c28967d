import { getTranslations } from "next-intl/server";
import { InitiativeCard } from "@/components/site/InitiativeCard";
import { PageShell } from "@/components/site/PageShell";
import { buttonClass } from "@/components/ui/Button";
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
  const selectClass =
    "block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100";
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

      <form
        method="get"
        action={base}
        className="mb-6 rounded-lg bg-slate-50 p-4 dark:bg-slate-900"
        role="search"
        aria-labelledby="filters-heading"
        // The selects show the URL's filters, also after Back: no restored, stale choice.
        autoComplete="off"
      >
        <h2 id="filters-heading" className="mb-3 text-lg">
          {t("filters")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <div>
            <label htmlFor="filter-region" className="mb-1 block font-medium">
              {t("region")}
            </label>
            <select
              id="filter-region"
              name="region"
              defaultValue={query.region ?? ""}
              className={selectClass}
            >
              <option value="">{t("allRegions")}</option>
              {regions.map((region) => (
                <option key={region.key} value={region.key}>
                  {region.name}
                </option>
              ))}
              <option value="cross-regional">{t("crossRegional")}</option>
            </select>
          </div>
          <div>
            <label htmlFor="filter-theme" className="mb-1 block font-medium">
              {t("theme")}
            </label>
            <select id="filter-theme" name="theme" defaultValue={query.theme ?? ""} className={selectClass}>
              <option value="">{t("allThemes")}</option>
              {themes.map((theme) => (
                <option key={theme} value={theme}>
                  {themeLabels(theme)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={buttonClass("primary")}>
              {t("apply")}
            </button>
            {(query.region || query.theme) && <a href={base}>{t("reset")}</a>}
          </div>
        </div>
      </form>

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
