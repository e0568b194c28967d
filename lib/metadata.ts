import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/routing";

export function siteUrl(): string {
  return (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/** Title, description, canonical and the reciprocal hreflang set (with x-default) of a public page. */
export function pageMetadata({
  locale,
  title,
  description,
  alternates,
}: {
  locale: Locale;
  title: string;
  description?: string | null;
  alternates: Record<Locale, string>;
}): Metadata {
  return {
    title,
    description: description ?? undefined,
    metadataBase: new URL(siteUrl()),
    alternates: {
      canonical: alternates[locale],
      languages: { ...alternates, "x-default": "/" },
    },
  };
}
