import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AllOrganisationsLink } from "@/components/site/AllOrganisationsLink";
import { BelgiumMap } from "@/components/site/BelgiumMap";
import { PageShell } from "@/components/site/PageShell";
import { ThemeTags } from "@/components/site/ThemeTags";
import { getComparison } from "@/lib/content/compare";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { NoBreakRanges } from "@/components/ui/NoBreakRanges";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Compare" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/compare"),
    image: { kind: "compare" },
  });
}

export default async function ComparePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Compare" });
  const regionsT = await getTranslations({ locale, namespace: "Regions" });
  const { columns, crossRegional } = await getComparison(locale);
  const organisationLink = (o: { slugs: Record<typeof locale, string>; name: string }) => (
    <a href={pathFor(locale, { pathname: "/organisations/[slug]", params: { slug: o.slugs[locale] } })}>
      {o.name}
    </a>
  );
  const none = <span className="text-slate-600 dark:text-slate-300">{t("none")}</span>;
  const list = (items: ReactNode[]) =>
    items.length ? (
      <ul className="space-y-1">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    ) : (
      none
    );
  const rows: { label: string; cell: (c: (typeof columns)[number]) => ReactNode }[] = [
    {
      label: t("leadAgency"),
      cell: (c) => (c.region.leadAgency ? organisationLink(c.region.leadAgency) : none),
    },
    {
      label: t("otherOrganisations"),
      cell: (c) => (
        <>
          {list(c.otherOrganisations.map((o) => organisationLink(o)))}
          <AllOrganisationsLink locale={locale} region={c.region} {...c.organisationCount} className="mt-2" />
        </>
      ),
    },
    {
      label: t("focusAreas"),
      cell: (c) =>
        c.region.focusAreas.length ? <ThemeTags locale={locale} themes={c.region.focusAreas} /> : none,
    },
    {
      label: t("flagships"),
      cell: (c) =>
        list(
          c.flagships.map((i) => (
            <a
              key={i.id}
              href={pathFor(locale, { pathname: "/initiatives/[slug]", params: { slug: i.slugs[locale] } })}
            >
              {i.name}
            </a>
          )),
        ),
    },
    {
      label: t("strategy"),
      cell: (c) =>
        list(
          c.strategies.map((s) => (
            <a
              key={s.id}
              href={pathFor(locale, { pathname: "/strategy/[slug]", params: { slug: s.slugs[locale] } })}
            >
              <NoBreakRanges>{s.name}</NoBreakRanges>
            </a>
          )),
        ),
    },
  ];
  return (
    <PageShell
      locale={locale}
      section="compare"
      alternates={alternatesFor(() => "/compare")}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-3 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-8 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <div className="mb-10">
        <BelgiumMap locale={locale} regions={columns.map((c) => c.region)} />
      </div>
      {/* The table scrolls sideways inside its own region on narrow screens (the page never does);
          its title stays outside, to be read whole. */}
      <h2 id="compare-caption" className="mb-3 text-xl">
        {t("caption")}
      </h2>
      <div className="overflow-x-auto" role="region" aria-labelledby="compare-caption" tabIndex={0}>
        <table
          aria-labelledby="compare-caption"
          className="w-full min-w-[48rem] border-collapse text-left align-top"
        >
          <thead>
            <tr>
              <td className="border-b-2 border-slate-300 p-3 dark:border-slate-600" />
              {columns.map((c) => (
                <th
                  key={c.region.id}
                  scope="col"
                  className="border-b-2 border-slate-300 p-3 text-lg dark:border-slate-600"
                >
                  <a
                    href={pathFor(locale, {
                      pathname: "/regions/[slug]",
                      params: { slug: c.region.slugs[locale] },
                    })}
                  >
                    {c.region.name}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="p-3 font-semibold">
                  {row.label}
                </th>
                {columns.map((c) => (
                  <td key={c.region.id} className="p-3">
                    {row.cell(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {crossRegional.length > 0 && (
        <section aria-labelledby="cross-heading" className="mt-10">
          <h2 id="cross-heading" className="mb-2 text-2xl">
            {regionsT("crossRegional")}
          </h2>
          <p className="mb-3">{regionsT("crossRegionalIntro")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {crossRegional.map((i) => (
              <li key={i.id}>
                <a
                  href={pathFor(locale, {
                    pathname: "/initiatives/[slug]",
                    params: { slug: i.slugs[locale] },
                  })}
                >
                  {i.name}
                </a>
                : {i.summary}
              </li>
            ))}
          </ul>
        </section>
      )}
    </PageShell>
  );
}
