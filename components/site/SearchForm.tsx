import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { MAX_QUERY_LENGTH } from "@/lib/validation/public";

/** A plain GET form: search works without JavaScript. */
export async function SearchForm({
  locale,
  query = "",
  id = "q",
}: {
  locale: Locale;
  query?: string;
  id?: string;
}) {
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <form
      method="get"
      action={pathFor(locale, "/search")}
      role="search"
      className="no-print flex max-w-2xl flex-wrap items-end gap-3"
      // The box shows the terms of the results below it, also after Back: not the terms typed
      // on a later page, which the browser would otherwise restore over an empty search.
      autoComplete="off"
    >
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="mb-1 block font-medium">
          {t("label")}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          className="block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
        />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        {t("button")}
      </button>
    </form>
  );
}
