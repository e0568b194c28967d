import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import { TagList } from "@/components/ui/Tag";
import type { OrganisationCard as Organisation } from "@/lib/content/organisations";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

export async function OrganisationCard({
  locale,
  organisation,
  headingLevel = 3,
}: {
  locale: Locale;
  organisation: Organisation;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const themes = await getTranslations({ locale, namespace: "Themes" });
  const Heading = `h${headingLevel}` as const;
  return (
    <Card>
      <Heading className="mb-1 text-xl" lang={organisation.isFallback ? organisation.lang : undefined}>
        <a
          href={pathFor(locale, {
            pathname: "/organisations/[slug]",
            params: { slug: organisation.slugs[locale] },
          })}
        >
          {organisation.name}
        </a>
      </Heading>
      {organisation.region && (
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">{organisation.region.name}</p>
      )}
      <p className="mb-3" lang={organisation.isFallback ? organisation.lang : undefined}>
        {organisation.summary}
      </p>
      <TagList items={organisation.focusAreas.map((a) => themes(a))} label={t("focusAreas")} />
    </Card>
  );
}
