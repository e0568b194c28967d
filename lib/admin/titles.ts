import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

// An admin page's browser title, in the admin's language: "Page | Administration". Each page
// names itself, and also its own 403 and 404 outcomes: when a page (not its generateMetadata)
// calls forbidden() or notFound(), Next keeps the metadata the page's generateMetadata returned.
// Titles are absolute because a layout's title template skips the pages of its own segment.

export async function adminMetadata(locale: Locale, page: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: { absolute: t("documentTitle", { page }) } };
}

export async function forbiddenMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Forbidden" });
  return adminMetadata(locale, t("title"));
}

export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "AdminNotFound" });
  return adminMetadata(locale, t("title"));
}
