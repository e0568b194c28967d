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

/**
 * Metadata of a page whose content does not exist (it answers 404 with the not-found view): the
 * title says so, as the 404 of an unknown address does (WCAG 2.4.2), and it is not indexed.
 */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("title"), robots: { index: false } };
}
