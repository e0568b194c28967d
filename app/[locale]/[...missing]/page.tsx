import { NotFoundResponse } from "@/components/site/NotFoundView";
import { pageLocale } from "@/lib/i18n/page";

type Props = { params: Promise<{ locale: string; missing: string[] }> };

export const metadata = { robots: { index: false } };

/**
 * An address under a locale that matches no page: the localized 404 in the site's frame, linking
 * to the nearest existing page. The proxy does not run on public pages, so the address comes from
 * the route's parameters rather than a header (app/global-not-found.tsx answers the rest).
 */
export default async function MissingPage({ params }: Props) {
  const locale = await pageLocale(params);
  // Cached per address like an unknown slug's 404 (rendered per request, the 404 status would be
  // lost: the status is set by the notFound() inside NotFoundResponse before the page streams).
  const { missing } = await params;
  const path = `/${locale}/${missing.map(encodeURIComponent).join("/")}`;
  return <NotFoundResponse locale={locale} path={path} />;
}
