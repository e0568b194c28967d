import { getFormatter, getTranslations } from "next-intl/server";
import type { StrategyView } from "@/lib/content/strategy";
import { langAttribute } from "@/lib/i18n/locales";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/dates";

/** The strategy's key facts as a description list. */
export async function StrategyFacts({ locale, strategy }: { locale: Locale; strategy: StrategyView }) {
  const t = await getTranslations({ locale, namespace: "Strategy" });
  const funding = await getTranslations({ locale, namespace: "Funding" });
  const format = await getFormatter({ locale });
  const lang = langAttribute(strategy);
  const adopted = formatDate(locale, new Date(`${strategy.adoptedOn}T12:00:00Z`), {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t("goal")}</dt>
      <dd lang={lang}>{strategy.goal}</dd>
      <dt className="font-semibold">{t("period")}</dt>
      <dd>{t("periodValue", { start: String(strategy.periodStart), end: String(strategy.periodEnd) })}</dd>
      <dt className="font-semibold">{t("adopted")}</dt>
      <dd>{adopted}</dd>
      {strategy.budgetMinEur !== null && (
        <>
          <dt className="font-semibold">{t("budget")}</dt>
          <dd>
            {t("budgetValue", {
              amount: format.number(strategy.budgetMinEur, {
                style: "currency",
                currency: "EUR",
                maximumFractionDigits: 0,
              }),
            })}
          </dd>
        </>
      )}
      {strategy.fundingSources.length > 0 && (
        <>
          <dt className="font-semibold">{t("funding")}</dt>
          <dd>
            <ul className="list-disc pl-5">
              {strategy.fundingSources.map((source) => (
                <li key={source}>{funding(source)}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {strategy.governance && (
        <>
          <dt className="font-semibold">{t("governance")}</dt>
          <dd lang={lang}>{strategy.governance}</dd>
        </>
      )}
      {strategy.region && (
        <>
          <dt className="font-semibold">{t("region")}</dt>
          <dd>
            <a
              href={pathFor(locale, {
                pathname: "/regions/[slug]",
                params: { slug: strategy.region.slugs[locale] },
              })}
            >
              {strategy.region.name}
            </a>
          </dd>
        </>
      )}
      {strategy.organisation && (
        <>
          <dt className="font-semibold">{t("ledBy")}</dt>
          <dd>
            <a
              href={pathFor(locale, {
                pathname: "/organisations/[slug]",
                params: { slug: strategy.organisation.slugs[locale] },
              })}
            >
              {strategy.organisation.name}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}
