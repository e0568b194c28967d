import { getTranslations } from "next-intl/server";
import { draftMode } from "next/headers";
import { permanentRedirect } from "next/navigation";
import { ChangeHistory } from "@/components/site/ChangeHistory";
import { SourceNote } from "@/components/site/SourceNote";
import { ExternalLink } from "@/components/site/ExternalLink";
import { JsonLd } from "@/components/site/JsonLd";
import { initiativeJsonLd } from "@/lib/seo/jsonld";
import { FallbackNotice } from "@/components/site/FallbackNotice";
import { WithdrawnNotice } from "@/components/site/WithdrawnNotice";
import { Markdown } from "@/components/site/Markdown";
import { NotFoundResponse } from "@/components/site/NotFoundView";
import { OrganisationCard } from "@/components/site/OrganisationCard";
import { PageShell } from "@/components/site/PageShell";
import { ThemeTags } from "@/components/site/ThemeTags";
import { getInitiativeBySlug, readInitiativeBySlug, readInitiativeSlugs } from "@/lib/content/initiatives";
import { getSlugRedirect } from "@/lib/content/redirects";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor, notFoundMetadata } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateStaticParams() {
  return readInitiativeSlugs();
}

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const initiative = await getInitiativeBySlug(locale, (await params).slug);
  if (!initiative) return notFoundMetadata(locale);
  if ((await draftMode()).isEnabled)
    return { title: initiative.name, robots: { index: false, follow: false } };
  return metadataFor(locale, {
    title: initiative.name,
    description: initiative.seoDescription ?? initiative.summary,
    alternates: alternatesFor((l) => ({
      pathname: "/initiatives/[slug]",
      params: { slug: initiative.slugs[l] },
    })),
    image: { kind: "initiative", slug: initiative.slugs[locale] },
    type: "article",
  });
}

export default async function InitiativePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Initiatives" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const { slug } = await params;
  const preview = (await draftMode()).isEnabled;
  const initiative = preview
    ? await readInitiativeBySlug(locale, slug, true)
    : await getInitiativeBySlug(locale, slug);
  if (!initiative) {
    const moved = await getSlugRedirect("initiative", locale, slug);
    if (moved) permanentRedirect(moved);
    return <NotFoundResponse locale={locale} href={{ pathname: "/initiatives/[slug]", params: { slug } }} />;
  }
  const lang = langAttribute(initiative);
  return (
    <PageShell
      locale={locale}
      section="initiatives"
      alternates={alternatesFor((l) => ({
        pathname: "/initiatives/[slug]",
        params: { slug: initiative.slugs[l] },
      }))}
      breadcrumbs={[{ label: t("title"), href: pathFor(locale, "/initiatives") }, { label: initiative.name }]}
    >
      <JsonLd data={initiativeJsonLd(locale, initiative)} />
      <article>
        <h1 className="mb-2 text-4xl" lang={lang}>
          {hyphenated(initiative.name, initiative.lang)}
        </h1>
        {initiative.isFallback && <FallbackNotice locale={locale} shownIn={initiative.lang} />}
        <WithdrawnNotice locale={locale} text={initiative} />
        <p className="mb-6 max-w-3xl text-xl text-slate-700 dark:text-slate-300" lang={lang}>
          {initiative.summary}
        </p>
        <dl className="mb-8 grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("level")}</dt>
          <dd>
            {initiative.region ? (
              <a
                href={pathFor(locale, {
                  pathname: "/regions/[slug]",
                  params: { slug: initiative.region.slugs[locale] },
                })}
              >
                {initiative.region.name}
              </a>
            ) : (
              t("crossRegional")
            )}
          </dd>
          <dt className="font-semibold">{t("themes")}</dt>
          <dd>
            <ThemeTags locale={locale} themes={initiative.themes} />
          </dd>
          {initiative.websiteUrl && (
            <>
              <dt className="font-semibold">{site("website")}</dt>
              <dd>
                <ExternalLink href={initiative.websiteUrl} label={site("externalLink")}>
                  {initiative.websiteUrl.replace(/^https?:\/\//, "")}
                </ExternalLink>
              </dd>
            </>
          )}
        </dl>
        <Markdown lang={lang} locale={locale}>
          {initiative.body}
        </Markdown>
        {initiative.organisations.length > 0 && (
          <section aria-labelledby="organisations-heading" className="mt-10">
            <h2 id="organisations-heading" className="mb-4 text-2xl">
              {t("organisations")}
            </h2>
            <ul className="grid gap-4 md:grid-cols-2">
              {initiative.organisations.map((organisation) => (
                <li key={organisation.id}>
                  <OrganisationCard locale={locale} organisation={organisation} />
                </li>
              ))}
            </ul>
          </section>
        )}
        <SourceNote locale={locale} type="initiative" itemKey={initiative.key} />
        <ChangeHistory
          locale={locale}
          type="initiative"
          id={initiative.id}
          updatedAt={initiative.updatedAt}
          textLang={initiative.lang}
        />
      </article>
    </PageShell>
  );
}
