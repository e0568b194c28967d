import { getTranslations } from "next-intl/server";
import { titleWithColon } from "@/lib/text/typography";
import { BelgiumMap } from "@/components/site/BelgiumMap";
import { OrganisationCard } from "@/components/site/OrganisationCard";
import { PageShell } from "@/components/site/PageShell";
import { Card } from "@/components/ui/Card";
import { JsonLd } from "@/components/site/JsonLd";
import { websiteJsonLd } from "@/lib/seo/jsonld";
import { getOrganisations } from "@/lib/content/organisations";
import { getRegions } from "@/lib/content/regions";
import { getStrategies } from "@/lib/content/strategy";
import { SearchForm } from "@/components/site/SearchForm";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return metadataFor(locale, {
    title: titleWithColon(locale, site("name"), t("title")),
    description: t("intro"),
    alternates: alternatesFor(() => "/"),
    image: { kind: "home" },
  });
}

/** The home page shows the first organisations (by position); the full list has its own page. */
const HOME_ORGANISATIONS = 12;

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const [regions, organisations, strategies] = await Promise.all([
    getRegions(locale),
    getOrganisations(locale, HOME_ORGANISATIONS),
    getStrategies(locale),
  ]);
  const entries = [
    { href: pathFor(locale, "/initiatives"), title: nav("initiatives"), text: t("initiativesText") },
    ...strategies.map((s) => ({
      href: pathFor(locale, { pathname: "/strategy/[slug]", params: { slug: s.slugs[locale] } }),
      title: s.name,
      text: t("strategyText"),
    })),
    { href: pathFor(locale, "/compare"), title: nav("compare"), text: t("compareText") },
  ];
  return (
    <PageShell locale={locale} alternates={alternatesFor(() => "/")} section="home">
      <JsonLd data={websiteJsonLd(locale, site("name"))} />
      <div className="mb-10 max-w-3xl">
        <h1 className="mb-4 text-4xl">{hyphenated(t("title"), locale)}</h1>
        <p className="mb-6 text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>
        <SearchForm locale={locale} id="home-search" />
      </div>

      <section aria-labelledby="regions-heading" className="mb-12">
        <h2 id="regions-heading" className="mb-4 text-2xl">
          {t("regionsHeading")}
        </h2>
        <BelgiumMap locale={locale} regions={regions} />
      </section>

      <section aria-labelledby="explore-heading" className="mb-12">
        <h2 id="explore-heading" className="mb-4 text-2xl">
          {t("exploreHeading")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {entries.map((entry) => (
            <li key={entry.href} className="flex">
              <Card as="div">
                <h3 className="mb-2 text-xl">
                  <a href={entry.href}>{entry.title}</a>
                </h3>
                <p>{entry.text}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading" className="mb-4 text-2xl">
          {t("organisationsHeading")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              <OrganisationCard locale={locale} organisation={organisation} />
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <a href={pathFor(locale, "/organisations")}>{t("allOrganisations")}</a>
        </p>
      </section>
    </PageShell>
  );
}
