import { getTranslations } from "next-intl/server";
import { NotFoundResponse } from "@/components/site/NotFoundView";
import { OrganisationList, organisationQuery } from "@/components/site/OrganisationList";
import { getOrganisationPage } from "@/lib/content/organisations";
import { getRegions } from "@/lib/content/regions";
import { alternatesFor, withQuery } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import type { Locale } from "@/lib/i18n/routing";
import { metadataFor, notFoundMetadata } from "@/lib/seo/page-metadata";
import { parseOrganisationListParams } from "@/lib/validation/public";

type Props = { params: Promise<{ locale: string; region: string; page: string }> };

/**
 * `/{locale}/{organisations}?region=…&page=…`: the Node server serves those addresses from here
 * (lib/i18n/rewrites.ts), so that each list page is a static page, rendered on its first request
 * and revalidated on publish like the others, rather than a page rendered per request for its
 * query string. This folder's own address is not a page of the portal: the Node server answers
 * it with 404 (lib/http/early-answer.ts).
 */
export function generateStaticParams() {
  return [];
}

async function listOf(locale: Locale, params: Props["params"]) {
  const regions = await getRegions(locale);
  const parsed = parseOrganisationListParams(
    await params,
    regions.map((r) => r.key),
  );
  if (!parsed) return null;
  // The first page says how many there are: a page past the last is read from nowhere, so that
  // made-up page numbers add no entry to the data cache.
  const first = await getOrganisationPage(locale, parsed.region, 1);
  if (parsed.page > first.pageCount) return null;
  const list = parsed.page === 1 ? first : await getOrganisationPage(locale, parsed.region, parsed.page);
  return { regions, list, ...parsed };
}

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const found = await listOf(locale, params);
  if (!found) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const region = found.regions.find((r) => r.key === found.region);
  const pages = await getTranslations({ locale, namespace: "Pagination" });
  return metadataFor(locale, {
    title: [t("title"), region?.name, found.page > 1 ? pages("page", { n: found.page }) : null]
      .filter(Boolean)
      .join(" – "),
    description: t("intro"),
    alternates: withQuery(
      alternatesFor(() => "/organisations"),
      () => organisationQuery(found.region, found.page),
    ),
    image: { kind: "organisations" },
  });
}

export default async function OrganisationListPage({ params }: Props) {
  const locale = await pageLocale(params);
  const found = await listOf(locale, params);
  if (!found) return <NotFoundResponse locale={locale} href="/organisations" />;
  return <OrganisationList locale={locale} {...found} />;
}
