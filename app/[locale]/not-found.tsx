import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/components/site/NotFoundView";
import { isLocale, routing } from "@/lib/i18n/routing";

export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
      <NotFoundView locale={locale} />
    </main>
  );
}
