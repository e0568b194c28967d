import { MediaImage } from "@/components/site/MediaImage";
import { getTranslations } from "next-intl/server";
import { draftMode } from "next/headers";
import { permanentRedirect } from "next/navigation";
import { ChangeHistory } from "@/components/site/ChangeHistory";
import { SourceNote } from "@/components/site/SourceNote";
import { ExternalLink } from "@/components/site/ExternalLink";
import { JsonLd } from "@/components/site/JsonLd";
import { organisationJsonLd } from "@/lib/seo/jsonld";
import { FallbackNotice } from "@/components/site/FallbackNotice";
import { WithdrawnNotice } from "@/components/site/WithdrawnNotice";
import { Markdown } from "@/components/site/Markdown";
import { NotFoundResponse } from "@/components/site/NotFoundView";
import { OrganisationCard } from "@/components/site/OrganisationCard";
import { PageShell } from "@/components/site/PageShell";
import { ThemeTags } from "@/components/site/ThemeTags";
import {
  getOrganisationBySlug,
  readOrganisationBySlug,
  readOrganisationSlugs,
} from "@/lib/content/organisations";
import { getSlugRedirect } from "@/lib/content/redirects";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor, notFoundMetadata } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateStaticParams() {
  return readOrganisationSlugs();
}

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const organisation = await getOrganisationBySlug(locale, slug);
  if (!organisation) return notFoundMetadata(locale);
  if ((await draftMode()).isEnabled)
    return { title: organisation.name, robots: { index: false, follow: false } };
  return metadataFor(locale, {
    title: organisation.name,
    description: organisation.seoDescription ?? organisation.summary,
    alternates: alternatesFor((l) => ({
      pathname: "/organisations/[slug]",
      params: { slug: organisation.slugs[l] },
    })),
    image: { kind: "organisation", slug: organisation.slugs[locale] },
    type: "article",
  });
}

export default async function OrganisationPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const preview = (await draftMode()).isEnabled;
  const organisation = preview
    ? await readOrganisationBySlug(locale, slug, true)
    : await getOrganisationBySlug(locale, slug);
  if (!organisation) {
    const moved = await getSlugRedirect("organisation", locale, slug);
    if (moved) permanentRedirect(moved);
    return (
      <NotFoundResponse locale={locale} href={{ pathname: "/organisations/[slug]", params: { slug } }} />
    );
  }
  const lang = langAttribute(organisation);
  return (
    <PageShell
      locale={locale}
      section="organisations"
      alternates={alternatesFor((l) => ({
        pathname: "/organisations/[slug]",
        params: { slug: organisation.slugs[l] },
      }))}
      breadcrumbs={[
        { label: t("title"), href: pathFor(locale, "/organisations") },
        { label: organisation.name },
      ]}
    >
      <JsonLd data={organisationJsonLd(locale, organisation)} />
      <article>
        <h1 className="mb-2 text-4xl" lang={lang}>
          {hyphenated(organisation.name, organisation.lang)}
        </h1>
        {organisation.isFallback && <FallbackNotice locale={locale} shownIn={organisation.lang} />}
        <WithdrawnNotice locale={locale} text={organisation} />
        <p className="mb-6 max-w-3xl text-xl text-slate-700 dark:text-slate-300" lang={lang}>
          {organisation.summary}
        </p>
        {organisation.logo && (
          <MediaImage image={organisation.logo} sizes="16rem" className="mb-6 max-h-32 w-auto" priority />
        )}

        <dl className="mb-8 grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          {organisation.region && (
            <>
              <dt className="font-semibold">
                {t(organisation.region.kind === "federal" ? "level" : "region")}
              </dt>
              <dd>
                <a
                  href={pathFor(locale, {
                    pathname: "/regions/[slug]",
                    params: { slug: organisation.region.slugs[locale] },
                  })}
                >
                  {organisation.region.name}
                </a>
              </dd>
            </>
          )}
          {organisation.websiteUrl && (
            <>
              <dt className="font-semibold">{t("website")}</dt>
              <dd>
                <ExternalLink href={organisation.websiteUrl} label={site("externalLink")}>
                  {organisation.websiteUrl.replace(/^https?:\/\//, "")}
                </ExternalLink>
              </dd>
            </>
          )}
          {organisation.focusAreas.length > 0 && (
            <>
              <dt className="font-semibold">{t("focusAreas")}</dt>
              <dd>
                <ThemeTags locale={locale} themes={organisation.focusAreas} />
              </dd>
            </>
          )}
        </dl>

        <Markdown lang={lang} locale={locale}>
          {organisation.body}
        </Markdown>

        <section aria-labelledby="initiatives-heading" className="mt-10">
          <h2 id="initiatives-heading" className="mb-3 text-2xl">
            {t("initiatives")}
          </h2>
          {organisation.initiatives.length ? (
            <ul className="list-disc space-y-2 pl-6">
              {organisation.initiatives.map((initiative) => (
                <li key={initiative.id}>
                  <a
                    href={pathFor(locale, {
                      pathname: "/initiatives/[slug]",
                      params: { slug: initiative.slugs[locale] },
                    })}
                    lang={langAttribute(initiative)}
                  >
                    {initiative.name}
                  </a>
                  <span className="block" lang={langAttribute(initiative)}>
                    {initiative.summary}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("noInitiatives")}</p>
          )}
        </section>

        {organisation.related.length > 0 && (
          <section aria-labelledby="related-heading" className="mt-10">
            <h2 id="related-heading" className="mb-3 text-2xl">
              {t("related")}
            </h2>
            <ul className="grid gap-4 md:grid-cols-2">
              {organisation.related.map((related) => (
                <li key={related.id}>
                  <OrganisationCard locale={locale} organisation={related} />
                </li>
              ))}
            </ul>
          </section>
        )}

        <SourceNote locale={locale} type="organisation" itemKey={organisation.key} />
        <ChangeHistory
          locale={locale}
          type="organisation"
          id={organisation.id}
          updatedAt={organisation.updatedAt}
          textLang={organisation.lang}
        />
      </article>
    </PageShell>
  );
}
