import { connection } from "next/server";
import { NotFoundResponse } from "@/components/site/NotFoundView";
import { pageLocale } from "@/lib/i18n/page";
import { notFoundMetadata } from "@/lib/seo/page-metadata";

type Props = { params: Promise<{ locale: string; missing: string[] }> };

export async function generateMetadata({ params }: Props) {
  return notFoundMetadata(await pageLocale(params));
}

/**
 * An address under a locale that matches no page: the localized 404 in the site's frame, linking
 * to the nearest existing page. The proxy does not run on public pages, so the address comes from
 * the route's parameters rather than a header (app/global-not-found.tsx answers the rest).
 */
export default async function MissingPage({ params }: Props) {
  const locale = await pageLocale(params);
  // Per request, so that a made-up address adds no cache entry; the Node server sets its 404
  // status (lib/http/early-answer.ts reachesMissingPage), which a streamed page cannot.
  await connection();
  const { missing } = await params;
  const path = `/${locale}/${missing.map(encodeURIComponent).join("/")}`;
  return <NotFoundResponse locale={locale} path={path} />;
}
