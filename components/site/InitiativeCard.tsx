import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import type { InitiativeCard as Initiative } from "@/lib/content/initiatives";
import { langAttribute } from "@/lib/i18n/locales";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { hyphenated } from "@/lib/text/hyphenate";
import { ThemeTags } from "./ThemeTags";

export async function InitiativeCard({ locale, initiative }: { locale: Locale; initiative: Initiative }) {
  const t = await getTranslations({ locale, namespace: "Initiatives" });
  const lang = langAttribute(initiative);
  return (
    <Card>
      <h3 className="mb-1 text-xl" lang={lang}>
        <a
          href={pathFor(locale, {
            pathname: "/initiatives/[slug]",
            params: { slug: initiative.slugs[locale] },
          })}
        >
          {hyphenated(initiative.name, initiative.lang)}
        </a>
      </h3>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">
        {initiative.region?.name ?? t("crossRegional")}
      </p>
      <p className="mb-3" lang={lang}>
        {initiative.summary}
      </p>
      <div className="text-sm">
        <ThemeTags locale={locale} themes={initiative.themes} label={t("themes")} />
      </div>
    </Card>
  );
}
