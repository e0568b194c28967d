import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import type { OrganisationCard as Organisation } from "@/lib/content/organisations";
import { langAttribute } from "@/lib/i18n/locales";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { MediaImage } from "./MediaImage";
import { ThemeTags } from "./ThemeTags";

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
  const Heading = `h${headingLevel}` as const;
  return (
    <Card>
      {organisation.logo && (
        <MediaImage image={organisation.logo} sizes="8rem" className="mb-3 max-h-16 w-auto" />
      )}
      <Heading className="mb-1 text-xl" lang={langAttribute(organisation)}>
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
      <p className="mb-3" lang={langAttribute(organisation)}>
        {organisation.summary}
      </p>
      <div className="text-sm">
        <ThemeTags locale={locale} themes={organisation.focusAreas} label={t("focusAreas")} />
      </div>
    </Card>
  );
}
