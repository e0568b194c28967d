import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/site/PageShell";
import { NoBreakRanges } from "@/components/ui/NoBreakRanges";
import { getStrategies } from "@/lib/content/strategy";
import { langAttribute } from "@/lib/i18n/locales";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StrategyIndex" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/strategy"),
    image: { kind: "strategies" },
  });
}

/** Every published strategy, with its period, region and pillars. */
export default async function StrategiesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StrategyIndex" });
  const facts = await getTranslations({ locale, namespace: "Strategy" });
  const strategies = await getStrategies(locale);
  return (
    <PageShell
      locale={locale}
      section="strategy"
      alternates={alternatesFor(() => "/strategy")}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-3 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-8 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {strategies.length ? (
        <ul className="grid gap-6">
          {strategies.map((strategy) => {
            const lang = langAttribute(strategy);
            return (
              <li
                key={strategy.id}
                className="max-w-4xl rounded-lg border border-slate-200 p-5 dark:border-slate-700"
              >
                <h2 className="mb-2 text-2xl" lang={lang}>
                  <a
                    href={pathFor(locale, {
                      pathname: "/strategy/[slug]",
                      params: { slug: strategy.slugs[locale] },
                    })}
                  >
                    <NoBreakRanges>{strategy.name}</NoBreakRanges>
                  </a>
                </h2>
                <p className="mb-4" lang={lang}>
                  <NoBreakRanges>{strategy.summary}</NoBreakRanges>
                </p>
                <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{facts("period")}</dt>
                  <dd>
                    {facts("periodValue", {
                      start: String(strategy.periodStart),
                      end: String(strategy.periodEnd),
                    })}
                  </dd>
                  {strategy.region && (
                    <>
                      <dt className="font-semibold">{facts("region")}</dt>
                      <dd lang={langAttribute(strategy.region)}>{strategy.region.name}</dd>
                    </>
                  )}
                </dl>
                {strategy.pillars.length > 0 && (
                  <>
                    <p className="mt-4 mb-2 font-semibold">
                      {t("pillarCount", { count: strategy.pillars.length })}
                    </p>
                    <ol className="list-decimal space-y-1 pl-5">
                      {strategy.pillars.map((pillar) => (
                        <li key={pillar.id} lang={langAttribute(pillar)}>
                          <a
                            href={pathFor(locale, {
                              pathname: "/strategy/[slug]/[pillar]",
                              params: { slug: strategy.slugs[locale], pillar: pillar.slugs[locale] },
                            })}
                          >
                            {pillar.name}
                          </a>
                        </li>
                      ))}
                    </ol>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("empty")}</p>
      )}
    </PageShell>
  );
}
