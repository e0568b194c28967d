import { getTranslations } from "next-intl/server";
import { OrganisationList } from "@/components/site/OrganisationList";
import { getOrganisationPage } from "@/lib/content/organisations";
import { getRegions } from "@/lib/content/regions";
import { alternatesFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Organisations" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/organisations"),
    image: { kind: "organisations" },
  });
}

/** The first page of every region's organisations; `?region=` and `?page=` are other pages. */
export default async function OrganisationsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [regions, list] = await Promise.all([getRegions(locale), getOrganisationPage(locale, "", 1)]);
  return <OrganisationList locale={locale} regions={regions} region="" page={1} list={list} />;
}
