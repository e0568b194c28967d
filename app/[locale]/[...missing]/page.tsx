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
  // Rendered as a static page, so that the notFound() inside NotFoundResponse sets the status
  // before anything streams (rendered per request, it answered 200); the cache keeps no 404 for
  // an address it never held (lib/cache/absence.mjs), so made-up addresses take no disk.
  const { missing } = await params;
  const path = `/${locale}/${missing.map(encodeURIComponent).join("/")}`;
  return <NotFoundResponse locale={locale} path={path} />;
}
