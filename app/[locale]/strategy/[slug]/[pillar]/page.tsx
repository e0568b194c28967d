import { ChangeHistory } from "@/components/site/ChangeHistory";
import { SourceNote } from "@/components/site/SourceNote";
import { getTranslations } from "next-intl/server";
import { draftMode } from "next/headers";
import { permanentRedirect } from "next/navigation";
import { FallbackNotice } from "@/components/site/FallbackNotice";
import { WithdrawnNotice } from "@/components/site/WithdrawnNotice";
import { JsonLd } from "@/components/site/JsonLd";
import { pillarJsonLd } from "@/lib/seo/jsonld";
import { Markdown } from "@/components/site/Markdown";
import { NotFoundResponse } from "@/components/site/NotFoundView";
import { PageShell } from "@/components/site/PageShell";
import { StrategyPeriodNotice } from "@/components/site/StrategyTimeline";
import { getSlugRedirect } from "@/lib/content/redirects";
import { getPillar, readPillar, readStrategyParams, type PillarPage as Pillar } from "@/lib/content/strategy";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor, notFoundMetadata } from "@/lib/seo/page-metadata";
import { NoBreakRanges } from "@/components/ui/NoBreakRanges";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string; slug: string; pillar: string }> };

export async function generateStaticParams() {
  return (await readStrategyParams()).filter((p) => p.pillar);
}

const pillarHref = (pillar: Pillar, locale: Locale, target: { slugs: Record<Locale, string> } = pillar) => ({
  pathname: "/strategy/[slug]/[pillar]" as const,
  params: { slug: pillar.strategy.slugs[locale], pillar: target.slugs[locale] },
});

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, pillar: pillarSlug } = await params;
  const pillar = await getPillar(locale, slug, pillarSlug);
  if (!pillar) return notFoundMetadata(locale);
  return metadataFor(locale, {
    title: `${pillar.name} · ${pillar.strategy.name}`,
    description: pillar.seoDescription ?? pillar.summary,
    alternates: alternatesFor((l) => pillarHref(pillar, l)),
    image: { kind: "pillar", slug: pillar.strategy.slugs[locale], pillar: pillar.slugs[locale] },
    type: "article",
  });
}

export default async function PillarPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, pillar: pillarSlug } = await params;
  const t = await getTranslations({ locale, namespace: "Strategy" });
  const index = await getTranslations({ locale, namespace: "StrategyIndex" });
  const pillar = (await draftMode()).isEnabled
    ? await readPillar(locale, slug, pillarSlug, true)
    : await getPillar(locale, slug, pillarSlug);
  if (!pillar) {
    const moved = await getSlugRedirect("pillar", locale, pillarSlug);
    if (moved) permanentRedirect(moved);
    return (
      <NotFoundResponse
        locale={locale}
        href={{ pathname: "/strategy/[slug]/[pillar]", params: { slug, pillar: pillarSlug } }}
      />
    );
  }
  const { strategy } = pillar;
  const lang = langAttribute(pillar);
  const strategyPath = pathFor(locale, {
    pathname: "/strategy/[slug]",
    params: { slug: strategy.slugs[locale] },
  });
  return (
    <PageShell
      locale={locale}
      section="strategy"
      alternates={alternatesFor((l) => pillarHref(pillar, l))}
      breadcrumbs={[
        { label: index("title"), href: pathFor(locale, "/strategy") },
        { label: strategy.name, href: strategyPath },
        { label: pillar.name },
      ]}
    >
      <JsonLd data={pillarJsonLd(locale, pillar)} />
      <article>
        <p className="text-slate-600 dark:text-slate-300">
          {t("pillarOf", { position: pillar.position, total: strategy.pillars.length })}
        </p>
        <h1 className="mb-3 text-4xl" lang={lang}>
          {hyphenated(pillar.name, pillar.lang)}
        </h1>
        {pillar.isFallback && <FallbackNotice locale={locale} shownIn={pillar.lang} />}
        <WithdrawnNotice locale={locale} text={pillar} />
        <p className="mb-6 max-w-3xl text-xl text-slate-700 dark:text-slate-300" lang={lang}>
          <NoBreakRanges>{pillar.summary}</NoBreakRanges>
        </p>
        <StrategyPeriodNotice locale={locale} strategy={strategy} />
        <Markdown lang={lang} locale={locale}>
          {pillar.body}
        </Markdown>

        <section aria-labelledby="projects-heading" className="mt-10">
          <h2 id="projects-heading" className="mb-4 text-2xl">
            {t("projects")}
          </h2>
          {pillar.projects.length ? (
            <ol className="space-y-6">
              {pillar.projects.map((project) => (
                <li
                  key={project.id}
                  id={project.key}
                  className="rounded-lg border border-slate-200 p-5 dark:border-slate-700"
                  lang={langAttribute(project)}
                >
                  <h3 className="mb-2 text-xl">{project.name}</h3>
                  <Markdown locale={locale}>{project.body || project.summary}</Markdown>
                </li>
              ))}
            </ol>
          ) : (
            <p>{t("noProjects")}</p>
          )}
        </section>

        <nav
          aria-label={t("pillarNav")}
          className="no-print mt-12 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-700"
        >
          {pillar.previous ? (
            <a
              href={pathFor(locale, pillarHref(pillar, locale, pillar.previous))}
              rel="prev"
              className="block"
            >
              <span className="block text-sm text-slate-600 dark:text-slate-300">← {t("previous")}</span>
              <span className="text-lg font-semibold">{pillar.previous.name}</span>
            </a>
          ) : (
            <span />
          )}
          {pillar.next && (
            <a
              href={pathFor(locale, pillarHref(pillar, locale, pillar.next))}
              rel="next"
              className="block sm:text-right"
            >
              <span className="block text-sm text-slate-600 dark:text-slate-300">{t("next")} →</span>
              <span className="text-lg font-semibold">{pillar.next.name}</span>
            </a>
          )}
        </nav>

        <SourceNote locale={locale} type="pillar" itemKey={pillar.key} />
        <ChangeHistory
          locale={locale}
          type="pillar"
          id={pillar.id}
          updatedAt={pillar.updatedAt}
          textLang={pillar.lang}
        />
      </article>
    </PageShell>
  );
}
