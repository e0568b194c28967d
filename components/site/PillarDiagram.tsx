import { getTranslations } from "next-intl/server";
import type { StrategyView } from "@/lib/content/strategy";
import { langAttribute } from "@/lib/i18n/locales";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { splitPillars } from "@/lib/strategy/period";

type Pillar = StrategyView["pillars"][number];

/**
 * The strategy's pillars as a tree: each pillar that has projects with its projects branching
 * from it, then the pillars without projects folded into one compact list.
 */
export async function PillarDiagram({
  locale,
  strategy,
}: {
  locale: Locale;
  strategy: Pick<StrategyView, "slugs" | "pillars">;
}) {
  const t = await getTranslations({ locale, namespace: "Strategy" });
  const timeline = await getTranslations({ locale, namespace: "Timeline" });
  const { withProjects, withoutProjects } = splitPillars(strategy.pillars);
  const total = strategy.pillars.length;
  const pillarHref = (pillar: Pillar) =>
    pathFor(locale, {
      pathname: "/strategy/[slug]/[pillar]",
      params: { slug: strategy.slugs[locale], pillar: pillar.slugs[locale] },
    });

  return (
    <section aria-labelledby="pillars-heading" className="mt-10 max-w-4xl">
      <h2 id="pillars-heading" className="mb-4 text-2xl">
        {t("pillars")}
      </h2>
      <ul className="space-y-6">
        {withProjects.map((pillar) => (
          <li key={pillar.id} className="rounded-lg border-2 border-brand-600 p-5 dark:border-brand-100">
            <p className="text-sm text-slate-600 dark:text-slate-300">
              {t("pillarOf", { position: pillar.position, total })}
            </p>
            <h3 className="mb-2 text-xl" lang={langAttribute(pillar)}>
              <a href={pillarHref(pillar)}>{pillar.name}</a>
            </h3>
            <p className="mb-4" lang={langAttribute(pillar)}>
              {pillar.summary}
            </p>
            <ul
              aria-label={timeline("projectsOf", { pillar: pillar.name })}
              className="ml-2 space-y-3 border-l-2 border-brand-600 dark:border-brand-100"
            >
              {pillar.projects.map((project) => (
                <li
                  key={project.id}
                  lang={langAttribute(project)}
                  className="relative pl-6 before:absolute before:top-[0.8em] before:left-0 before:w-4 before:border-t-2 before:border-brand-600 dark:before:border-brand-100"
                >
                  <a href={`${pillarHref(pillar)}#${project.key}`}>{project.name}</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {withoutProjects.length > 0 && (
        <section aria-labelledby="other-pillars-heading" className="mt-8">
          <h3 id="other-pillars-heading" className="mb-1 text-xl">
            {timeline("otherPillars", { count: withoutProjects.length })}
          </h3>
          <p className="mb-3 text-slate-700 dark:text-slate-300">
            {timeline("otherPillarsNote", { count: withoutProjects.length })}
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
            {withoutProjects.map((pillar) => (
              <li key={pillar.id} className="flex items-baseline gap-3 px-4 py-3">
                <span className="shrink-0 text-sm text-slate-600 dark:text-slate-300">
                  {t("pillarOf", { position: pillar.position, total })}
                </span>
                <a href={pillarHref(pillar)} lang={langAttribute(pillar)}>
                  {pillar.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
