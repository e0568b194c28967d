import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/site/PageShell";
import { AllOrganisationsLink } from "@/components/site/AllOrganisationsLink";
import { getOrganisationPage } from "@/lib/content/organisations";
import { getRegions } from "@/lib/content/regions";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "RegionIndex" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/regions"),
    image: { kind: "regions" },
  });
}

/** The three regions and the federal level, each with its organisations. */
export default async function RegionsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "RegionIndex" });
  const regionText = await getTranslations({ locale, namespace: "Regions" });
  const regions = await getRegions(locale);
  // Each region's first organisations (one listing page); the list has them all.
  const organisations = await Promise.all(regions.map((r) => getOrganisationPage(locale, r.key, 1)));
  return (
    <PageShell
      locale={locale}
      section="regions"
      alternates={alternatesFor(() => "/regions")}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-3 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-8 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <ul className="grid gap-6 md:grid-cols-2">
        {regions.map((region, i) => {
          const lang = langAttribute(region);
          const members = organisations[i].items;
          return (
            <li
              key={region.id}
              className="rounded-lg border border-slate-200 p-5 dark:border-slate-700"
              aria-labelledby={`region-${region.key}`}
            >
              <h2 id={`region-${region.key}`} className="mb-2 text-2xl" lang={lang}>
                <a
                  href={pathFor(locale, {
                    pathname: "/regions/[slug]",
                    params: { slug: region.slugs[locale] },
                  })}
                >
                  {region.name}
                </a>
              </h2>
              <p className="mb-4" lang={lang}>
                {region.summary}
              </p>
              {members.length > 0 && (
                <>
                  <h3 className="mb-2 text-lg">{regionText("organisations")}</h3>
                  <ul className="list-disc space-y-1 pl-5">
                    {members.map((organisation) => (
                      <li key={organisation.id} lang={langAttribute(organisation)}>
                        <a
                          href={pathFor(locale, {
                            pathname: "/organisations/[slug]",
                            params: { slug: organisation.slugs[locale] },
                          })}
                        >
                          {organisation.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                  <AllOrganisationsLink
                    locale={locale}
                    region={region}
                    shown={members.length}
                    total={organisations[i].total}
                    className="mt-2"
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </PageShell>
  );
}
