import { getTranslations } from "next-intl/server";
import type { StrategyView } from "@/lib/content/strategy";
import type { Locale } from "@/lib/i18n/routing";
import { periodStatus } from "@/lib/strategy/period";
import { formatDate } from "@/lib/time/dates";

type Strategy = Pick<StrategyView, "adoptedOn" | "periodStart" | "periodEnd">;

/** A year range that never breaks at its dash. */
function Years({ start, end }: { start: number; end: number }) {
  return <span className="whitespace-nowrap">{`${start}–${end}`}</span>;
}

/** Says whether the strategy's period is upcoming, running or over (on the day of rendering). */
export async function StrategyPeriodNotice({ locale, strategy }: { locale: Locale; strategy: Strategy }) {
  const t = await getTranslations({ locale, namespace: "Timeline" });
  const status = periodStatus(strategy.periodStart, strategy.periodEnd, new Date());
  const values = { start: String(strategy.periodStart), end: String(strategy.periodEnd) };
  return (
    <p
      className={`mb-8 max-w-3xl rounded-md border-l-4 px-4 py-3 ${
        status === "over"
          ? "border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-800"
          : "border-brand-600 bg-brand-50 dark:border-brand-100 dark:bg-brand-900"
      }`}
    >
      {t.rich(status, {
        ...values,
        years: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
      })}
    </p>
  );
}

/**
 * The strategy's dates as an ordered list drawn as a time line: adopted, implemented, over.
 * Only the dates the content records; nothing about what came after.
 */
export async function StrategyTimeline({ locale, strategy }: { locale: Locale; strategy: Strategy }) {
  const t = await getTranslations({ locale, namespace: "Timeline" });
  const over = periodStatus(strategy.periodStart, strategy.periodEnd, new Date()) === "over";
  const adopted = new Date(`${strategy.adoptedOn}T12:00:00Z`);
  const steps = [
    {
      key: "adopted",
      when: (
        <time dateTime={strategy.adoptedOn.slice(0, 7)}>
          {formatDate(locale, adopted, { month: "long", year: "numeric", timeZone: "UTC" })}
        </time>
      ),
      what: t("adopted"),
    },
    {
      key: "implementation",
      when: <Years start={strategy.periodStart} end={strategy.periodEnd} />,
      what: t("implementation"),
    },
    {
      key: "ended",
      when: <time dateTime={String(strategy.periodEnd)}>{strategy.periodEnd}</time>,
      what: t("ended"),
      badge: over ? t("periodOver") : null,
    },
  ];
  return (
    <section aria-labelledby="timeline-heading" className="mb-10 max-w-4xl">
      <h2 id="timeline-heading" className="mb-4 text-2xl">
        {t("heading")}
      </h2>
      <ol className="grid sm:grid-cols-[1fr_2fr_1fr]">
        {steps.map((step, index) => (
          <li
            key={step.key}
            className={`relative border-l-4 pb-6 pl-6 last:pb-0 sm:border-t-4 sm:border-l-0 sm:pt-5 sm:pr-4 sm:pb-0 sm:pl-0 ${
              index === 1
                ? "border-brand-600 dark:border-brand-100"
                : "border-slate-300 dark:border-slate-600"
            }`}
          >
            <span
              aria-hidden="true"
              className="absolute top-0 -left-[0.6rem] size-4 rounded-full border-4 border-white bg-brand-700 sm:-top-[0.6rem] sm:left-0 dark:border-slate-950 dark:bg-brand-100"
            />
            <span className="block text-lg font-semibold">{step.when}</span>
            <span className="block">{step.what}</span>
            {step.badge && (
              <span className="mt-1 inline-block rounded bg-slate-700 px-2 py-0.5 text-sm text-white dark:bg-slate-200 dark:text-slate-900">
                {step.badge}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
