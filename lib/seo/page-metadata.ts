import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";

/** pageMetadata with the site's name in the page's language. */
export async function metadataFor(
  locale: Locale,
  options: Omit<Parameters<typeof pageMetadata>[0], "locale" | "siteName">,
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({ ...options, locale, siteName: t("name") });
}
