import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundView } from "@/components/site/NotFoundView";
import { alternatesFor } from "@/lib/i18n/paths";
import { isLocale, routing } from "@/lib/i18n/routing";

/**
 * A notFound() outside NotFoundResponse (none today: pages answer with NotFoundResponse, which
 * keeps its own view in the browser). Kept small: Next puts it in every page's payload.
 */
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "Site" });
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
      <NotFoundView locale={locale} nearest={{ label: t("home"), alternates: alternatesFor(() => "/") }} />
    </main>
  );
}
