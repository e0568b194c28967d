import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/site/PageShell";
import { SearchForm } from "@/components/site/SearchForm";
import { Snippet } from "@/components/site/Snippet";
import { Notice } from "@/components/ui/Notice";
import { getSearch, type SearchHit } from "@/lib/content/search";
import { alternatesFor, pathFor, withQuery, type Href } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { MAX_QUERY_LENGTH, parseSearchQuery } from "@/lib/validation/public";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  return {
    ...(await metadataFor(locale, {
      title: t("title"),
      description: t("prompt"),
      alternates: alternatesFor(() => "/search"),
      image: { kind: "search" },
    })),
    robots: { index: false, follow: true },
  };
}

function hitHref(hit: SearchHit, locale: Locale): string {
  const href: Href =
    hit.type === "organisation"
      ? { pathname: "/organisations/[slug]", params: { slug: hit.slug } }
      : hit.type === "initiative"
        ? { pathname: "/initiatives/[slug]", params: { slug: hit.slug } }
        : hit.type === "region"
          ? { pathname: "/regions/[slug]", params: { slug: hit.slug } }
          : hit.type === "strategy"
            ? { pathname: "/strategy/[slug]", params: { slug: hit.slug } }
            : {
                pathname: "/strategy/[slug]/[pillar]",
                params: { slug: hit.strategySlug!, pillar: hit.pillarSlug! },
              };
  return pathFor(locale, href) + (hit.type === "project" ? `#${hit.projectKey}` : "");
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  const query = await searchParams;
  const { q, truncated } = parseSearchQuery(query);
  const result = q ? await getSearch(locale, q) : null;
  // The form was sent with nothing to look for (only spaces, or nothing at all).
  const emptyQuery = query.q !== undefined && !q;
  return (
    <PageShell
      locale={locale}
      section="search"
      alternates={withQuery(
        alternatesFor(() => "/search"),
        () => new URLSearchParams(q ? { q } : {}),
      )}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-3 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="no-print mb-6 text-lg text-slate-700 dark:text-slate-300">{t("prompt")}</p>
      <SearchForm locale={locale} query={q} />
      {truncated && (
        <Notice tone="warning" role="status">
          <p>{t("tooLong", { max: MAX_QUERY_LENGTH })}</p>
        </Notice>
      )}
      {emptyQuery && (
        <Notice role="status">
          <p>{t("emptyQuery")}</p>
        </Notice>
      )}
      {result && (
        <div className="mt-8">
          <p role="status" className="mb-6 text-lg font-medium">
            {result.more
              ? t("resultCountMore", { count: result.total, query: result.query })
              : t("resultCount", { count: result.total, query: result.query })}
          </p>
          {result.groups.map((group) => (
            <section key={group.type} aria-labelledby={`group-${group.type}`} className="mb-8">
              <h2 id={`group-${group.type}`} className="mb-3 text-2xl">
                {t(`type_${group.type}`)} ({group.hits.length})
              </h2>
              <ol className="space-y-4">
                {group.hits.map((hit) => (
                  <li key={`${hit.type}-${hit.id}`}>
                    <h3 className="text-xl">
                      <a href={hitHref(hit, locale)}>{hit.name}</a>
                    </h3>
                    <Snippet fragments={hit.snippet} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
          {result.total === 0 && (
            <div>
              {result.suggestions.length > 0 && (
                <div className="mb-4">
                  <p className="font-medium">{t("didYouMean")}</p>
                  <ul className="list-disc pl-6">
                    {result.suggestions.map((s) => (
                      <li key={s}>
                        <a href={`${pathFor(locale, "/search")}?${new URLSearchParams({ q: s })}`}>{s}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <h2 className="mb-2 text-xl">{t("tipsHeading")}</h2>
              <ul className="list-disc space-y-1 pl-6">
                <li>{t("tipSpelling")}</li>
                <li>{t("tipFewer")}</li>
                <li>
                  {t("tipBrowse")} <a href={pathFor(locale, "/organisations")}>{nav("organisations")}</a> ·{" "}
                  <a href={pathFor(locale, "/initiatives")}>{nav("initiatives")}</a>
                </li>
              </ul>
            </div>
          )}
        </div>
      )}
    </PageShell>
  );
}
