import { ChangeHistory } from "@/components/site/ChangeHistory";
import { SourceNote } from "@/components/site/SourceNote";
import { getTranslations } from "next-intl/server";
import { draftMode } from "next/headers";
import { permanentRedirect } from "next/navigation";
import { getSlugRedirect } from "@/lib/content/redirects";
import { FallbackNotice } from "@/components/site/FallbackNotice";
import { WithdrawnNotice } from "@/components/site/WithdrawnNotice";
import { JsonLd } from "@/components/site/JsonLd";
import { strategyJsonLd } from "@/lib/seo/jsonld";
import { Markdown } from "@/components/site/Markdown";
import { NotFoundResponse } from "@/components/site/NotFoundView";
import { PageShell } from "@/components/site/PageShell";
import { PillarDiagram } from "@/components/site/PillarDiagram";
import { StrategyFacts } from "@/components/site/StrategyFacts";
import { StrategyPeriodNotice, StrategyTimeline } from "@/components/site/StrategyTimeline";
import { getStrategyBySlug, readStrategyBySlug, readStrategyParams } from "@/lib/content/strategy";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor, notFoundMetadata } from "@/lib/seo/page-metadata";
import { NoBreakRanges } from "@/components/ui/NoBreakRanges";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateStaticParams() {
  return (await readStrategyParams()).filter((p) => !p.pillar).map(({ locale, slug }) => ({ locale, slug }));
}

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const strategy = await getStrategyBySlug(locale, (await params).slug);
  if (!strategy) return notFoundMetadata(locale);
  return metadataFor(locale, {
    title: strategy.name,
    description: strategy.seoDescription ?? strategy.summary,
    alternates: alternatesFor((l) => ({ pathname: "/strategy/[slug]", params: { slug: strategy.slugs[l] } })),
    image: { kind: "strategy", slug: strategy.slugs[locale] },
    type: "article",
  });
}

export default async function StrategyPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Strategy" });
  const index = await getTranslations({ locale, namespace: "StrategyIndex" });
  const { slug } = await params;
  const strategy = (await draftMode()).isEnabled
    ? await readStrategyBySlug(locale, slug, true)
    : await getStrategyBySlug(locale, slug);
  if (!strategy) {
    const moved = await getSlugRedirect("strategy", locale, slug);
    if (moved) permanentRedirect(moved);
    return <NotFoundResponse locale={locale} href={{ pathname: "/strategy/[slug]", params: { slug } }} />;
  }
  const lang = langAttribute(strategy);
  return (
    <PageShell
      locale={locale}
      section="strategy"
      alternates={alternatesFor((l) => ({
        pathname: "/strategy/[slug]",
        params: { slug: strategy.slugs[l] },
      }))}
      breadcrumbs={[{ label: index("title"), href: pathFor(locale, "/strategy") }, { label: strategy.name }]}
    >
      <JsonLd data={strategyJsonLd(locale, strategy)} />
      <article>
        <h1 className="mb-3 text-4xl" lang={lang}>
          <NoBreakRanges>{strategy.name}</NoBreakRanges>
        </h1>
        {strategy.isFallback && <FallbackNotice locale={locale} shownIn={strategy.lang} />}
        <WithdrawnNotice locale={locale} text={strategy} />
        <p className="mb-8 max-w-3xl text-xl text-slate-700 dark:text-slate-300" lang={lang}>
          <NoBreakRanges>{strategy.summary}</NoBreakRanges>
        </p>
        <StrategyPeriodNotice locale={locale} strategy={strategy} />
        <section
          aria-labelledby="overview-heading"
          className="mb-10 max-w-4xl rounded-lg border border-slate-200 p-5 dark:border-slate-700"
        >
          <h2 id="overview-heading" className="mb-4 text-2xl">
            {t("overview")}
          </h2>
          <StrategyFacts locale={locale} strategy={strategy} />
        </section>
        <StrategyTimeline locale={locale} strategy={strategy} />
        <Markdown lang={lang} locale={locale}>
          {strategy.body}
        </Markdown>
        <PillarDiagram locale={locale} strategy={strategy} />

        <SourceNote locale={locale} type="strategy" itemKey={strategy.key} />
        <ChangeHistory
          locale={locale}
          type="strategy"
          id={strategy.id}
          updatedAt={strategy.updatedAt}
          textLang={strategy.lang}
        />
      </article>
    </PageShell>
  );
}
