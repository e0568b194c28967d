import { getTranslations } from "next-intl/server";
import { problem } from "@/lib/http/problem";
import { isLocale, routing } from "@/lib/i18n/routing";
import { feedStylesheet } from "@/lib/seo/feed-stylesheet";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The stylesheet that shows the locale's Atom feed as a page in a browser. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return problem(request, "NOT_FOUND", { detail: "noSuchPage" });
  const site = (await getTranslations({ locale, namespace: "Site" }))("name");
  const t = await getTranslations({ locale, namespace: "Feed" });
  const body = feedStylesheet(locale, {
    title: t("title", { site }),
    intro: t("intro", { site }),
    whatHeading: t("whatHeading"),
    what: t("what"),
    howHeading: t("howHeading"),
    how: t("how"),
    address: t("address"),
    entriesHeading: t("entriesHeading"),
    updated: t("updated"),
    published: t("published"),
    home: t("home"),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/xsl; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
