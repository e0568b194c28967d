import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { draftMode } from "next/headers";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";

/** pageMetadata with the site's name in the page's language. */
export async function metadataFor(
  locale: Locale,
  options: Omit<Parameters<typeof pageMetadata>[0], "locale" | "siteName">,
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Site" });
  const metadata = pageMetadata({ ...options, locale, siteName: t("name") });
  // A preview shows unpublished text: never indexed.
  return (await draftMode()).isEnabled ? { ...metadata, robots: { index: false, follow: false } } : metadata;
}
