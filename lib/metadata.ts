import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/routing";

export function siteUrl(): string {
  return (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export const ogLocale: Record<Locale, string> = { nl: "nl_BE", fr: "fr_BE", de: "de_BE", en: "en_GB" };

/** What the social image of a page shows: see app/api/og/route.tsx. */
export interface OgImage {
  kind: string;
  slug?: string;
  pillar?: string;
}

/** A social image as Open Graph and Twitter cards both describe it (with its text alternative). */
export function socialImage(url: string, alt: string) {
  return { url, width: 1200, height: 630, alt };
}

export function ogImagePath(locale: Locale, image: OgImage): string {
  const params = new URLSearchParams({ locale, kind: image.kind });
  if (image.slug) params.set("slug", image.slug);
  if (image.pillar) params.set("pillar", image.pillar);
  return `/api/og?${params}`;
}

/**
 * Metadata of a public page: title, description, self-referencing canonical, the reciprocal
 * hreflang set with x-default (the language-choice page), Open Graph and Twitter cards with a
 * generated social image, and the locale's Atom feed.
 */
export function pageMetadata({
  locale,
  title,
  description,
  alternates,
  image,
  siteName,
  type = "website",
}: {
  locale: Locale;
  title: string;
  description?: string | null;
  alternates: Record<Locale, string>;
  image: OgImage;
  siteName: string;
  type?: "website" | "article";
}): Metadata {
  const socialCard = socialImage(ogImagePath(locale, image), title);
  return {
    title,
    description: description ?? undefined,
    metadataBase: new URL(siteUrl()),
    alternates: {
      canonical: alternates[locale],
      languages: { ...alternates, "x-default": "/" },
      types: { "application/atom+xml": [{ url: `/${locale}/feed.xml`, title: siteName }] },
    },
    openGraph: {
      type,
      title,
      description: description ?? undefined,
      url: alternates[locale],
      siteName,
      locale: ogLocale[locale],
      alternateLocale: (Object.keys(alternates) as Locale[])
        .filter((l) => l !== locale)
        .map((l) => ogLocale[l]),
      images: [socialCard],
    },
    twitter: {
      card: "summary_large_image",
      title,
      description: description ?? undefined,
      images: [socialCard],
    },
  };
}
