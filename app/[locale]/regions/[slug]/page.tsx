import { ChangeHistory } from "@/components/site/ChangeHistory";
import { SourceNote } from "@/components/site/SourceNote";
import { getTranslations } from "next-intl/server";
import { draftMode } from "next/headers";
import { permanentRedirect } from "next/navigation";
import { getSlugRedirect } from "@/lib/content/redirects";
import { FallbackNotice } from "@/components/site/FallbackNotice";
import { WithdrawnNotice } from "@/components/site/WithdrawnNotice";
import { AllOrganisationsLink } from "@/components/site/AllOrganisationsLink";
import { InitiativeCard } from "@/components/site/InitiativeCard";
import { Markdown } from "@/components/site/Markdown";
import { NotFoundResponse } from "@/components/site/NotFoundView";
import { OrganisationCard } from "@/components/site/OrganisationCard";
import { PageShell } from "@/components/site/PageShell";
import { getRegionBySlug, readRegionBySlug, readRegionSlugs } from "@/lib/content/regions";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor, notFoundMetadata } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateStaticParams() {
  return readRegionSlugs();
}

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const region = await getRegionBySlug(locale, (await params).slug);
  if (!region) return notFoundMetadata(locale);
  return metadataFor(locale, {
    title: region.name,
    description: region.seoDescription ?? region.summary,
    alternates: alternatesFor((l) => ({ pathname: "/regions/[slug]", params: { slug: region.slugs[l] } })),
    image: { kind: "region", slug: region.slugs[locale] },
    type: "article",
  });
}

export default async function RegionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Regions" });
  const index = await getTranslations({ locale, namespace: "RegionIndex" });
  const { slug } = await params;
  const region = (await draftMode()).isEnabled
    ? await readRegionBySlug(locale, slug, true)
    : await getRegionBySlug(locale, slug);
  if (!region) {
    const moved = await getSlugRedirect("region", locale, slug);
    if (moved) permanentRedirect(moved);
    return <NotFoundResponse locale={locale} href={{ pathname: "/regions/[slug]", params: { slug } }} />;
  }
  const lang = langAttribute(region);
  return (
    <PageShell
      locale={locale}
      section="regions"
      alternates={alternatesFor((l) => ({ pathname: "/regions/[slug]", params: { slug: region.slugs[l] } }))}
      breadcrumbs={[{ label: index("title"), href: pathFor(locale, "/regions") }, { label: region.name }]}
    >
      <h1 className="mb-3 text-4xl" lang={lang}>
        {hyphenated(region.name, region.lang)}
      </h1>
      {region.isFallback && <FallbackNotice locale={locale} shownIn={region.lang} />}
      <WithdrawnNotice locale={locale} text={region} />
      <p className="mb-6 max-w-3xl text-xl text-slate-700 dark:text-slate-300" lang={lang}>
        {region.summary}
      </p>
      <Markdown lang={lang} locale={locale}>
        {region.body}
      </Markdown>

      <section aria-labelledby="organisations-heading" className="mt-10">
        <h2 id="organisations-heading" className="mb-4 text-2xl">
          {t("organisations")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {region.organisations.items.map((organisation) => (
            <li key={organisation.id}>
              <OrganisationCard locale={locale} organisation={organisation} />
            </li>
          ))}
        </ul>
        <AllOrganisationsLink
          locale={locale}
          region={region}
          shown={region.organisations.items.length}
          total={region.organisations.total}
          className="mt-4"
        />
      </section>

      <section aria-labelledby="initiatives-heading" className="mt-10">
        <h2 id="initiatives-heading" className="mb-4 text-2xl">
          {t("initiatives")}
        </h2>
        {region.initiatives.length ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {region.initiatives.map((initiative) => (
              <li key={initiative.id}>
                <InitiativeCard locale={locale} initiative={initiative} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noInitiatives")}</p>
        )}
        {region.initiativeTotal > region.initiatives.length && (
          <p className="mt-4">
            <a href={`${pathFor(locale, "/initiatives")}?region=${encodeURIComponent(region.key)}`}>
              {t("allInitiatives", { count: region.initiativeTotal, region: region.name })}
            </a>
          </p>
        )}
      </section>

      {region.crossRegional.length > 0 && (
        <section aria-labelledby="cross-regional-heading" className="mt-10">
          <h2 id="cross-regional-heading" className="mb-2 text-2xl">
            {hyphenated(t("crossRegional"), locale)}
          </h2>
          <p className="mb-4">{t("crossRegionalIntro")}</p>
          <ul className="grid gap-4 md:grid-cols-2">
            {region.crossRegional.map((initiative) => (
              <li key={initiative.id}>
                <InitiativeCard locale={locale} initiative={initiative} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <SourceNote locale={locale} type="region" itemKey={region.key} />
      <ChangeHistory
        locale={locale}
        type="region"
        id={region.id}
        updatedAt={region.updatedAt}
        textLang={region.lang}
      />
    </PageShell>
  );
}
