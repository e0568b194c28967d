import { getTranslations } from "next-intl/server";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/** The organisations list filtered by a region (paginated there), for a region's first few. */
export function organisationsOfRegion(locale: Locale, regionKey: string): string {
  return `${pathFor(locale, "/organisations")}?region=${encodeURIComponent(regionKey)}`;
}

/** "All 400 organisations in Wallonia", when a page shows only the first of them. */
export async function AllOrganisationsLink({
  locale,
  region,
  shown,
  total,
  className,
}: {
  locale: Locale;
  region: { key: string; name: string };
  shown: number;
  total: number;
  className?: string;
}) {
  if (total <= shown) return null;
  const t = await getTranslations({ locale, namespace: "Regions" });
  return (
    <p className={className}>
      <a href={organisationsOfRegion(locale, region.key)}>
        {t("allOrganisations", { count: total, region: region.name })}
      </a>
    </p>
  );
}
