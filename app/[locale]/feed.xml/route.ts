import { getTranslations } from "next-intl/server";
import { problem } from "@/lib/http/problem";
import { isLocale, routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/metadata";
import { atomFeed, getFeedEntries } from "@/lib/seo/feed";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The Atom feed of published changes in one language. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return problem(request, "NOT_FOUND", { detail: "noSuchPage" });
  const t = await getTranslations({ locale, namespace: "Site" });
  const body = atomFeed({
    siteUrl: siteUrl(),
    locale,
    title: t("name"),
    subtitle: t("tagline"),
    entries: await getFeedEntries(locale),
  });
  return new Response(body, {
    headers: {
      // Not application/atom+xml: Chromium shows that as plain text and never applies the
      // stylesheet. Feed readers know Atom by its root element (the pages' alternate links
      // still announce application/atom+xml).
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=300, s-maxage=3600",
    },
  });
}
