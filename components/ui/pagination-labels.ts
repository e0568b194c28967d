import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** The translated labels of <Pagination>. */
export async function paginationLabels(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "Pagination" });
  return { nav: t("nav"), previous: t("previous"), next: t("next"), page: (n: number) => t("page", { n }) };
}
