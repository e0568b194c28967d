import { getTranslations } from "next-intl/server";
import { OrganisationCard } from "@/components/site/OrganisationCard";
import { PageShell } from "@/components/site/PageShell";
import { getOrganisations } from "@/lib/content/organisations";
import { getRegions } from "@/lib/content/regions";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Organisations" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/organisations"),
    image: { kind: "organisations" },
  });
}

export default async function OrganisationsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const [regions, organisations] = await Promise.all([getRegions(locale), getOrganisations(locale)]);
  return (
    <PageShell
      locale={locale}
      section="organisations"
      alternates={alternatesFor(() => "/organisations")}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-3 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-8 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {regions.map((region) => {
        const members = organisations.filter((o) => o.region?.id === region.id);
        if (!members.length) return null;
        return (
          <section key={region.id} aria-labelledby={`region-${region.key}`} className="mb-10">
            <h2 id={`region-${region.key}`} className="mb-4 text-2xl" lang={langAttribute(region)}>
              {region.name}
            </h2>
            <ul className="grid gap-4 md:grid-cols-2">
              {members.map((organisation) => (
                <li key={organisation.id}>
                  <OrganisationCard locale={locale} organisation={organisation} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </PageShell>
  );
}
