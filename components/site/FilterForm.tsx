import { Children, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/Button";

/** One filter of a FilterForm: `<FilterSelect wide id="filter-…" …/>`. */
export { FilterSelect } from "@/components/ui/FilterSelect";

/**
 * A list's filters, sent as a plain GET form (it works without JavaScript, and the address it
 * leads to can be shared and is the one the language switcher keeps): one select per filter, an
 * apply button, and a link back to the unfiltered list while a filter is on.
 */
export function FilterForm({
  action,
  heading,
  apply,
  reset,
  children,
}: {
  action: string;
  heading: string;
  apply: string;
  /** The link back to the unfiltered list, shown while a filter is on. */
  reset?: string;
  children: ReactNode;
}) {
  const selects = Children.count(children);
  return (
    <form
      method="get"
      action={action}
      className="mb-6 rounded-lg bg-slate-50 p-4 dark:bg-slate-900"
      role="search"
      aria-labelledby="filters-heading"
      // The selects show the URL's filters, also after Back: no restored, stale choice.
      autoComplete="off"
    >
      <h2 id="filters-heading" className="mb-3 text-lg">
        {heading}
      </h2>
      <div
        className={`grid gap-4 sm:items-end ${selects > 1 ? "sm:grid-cols-[1fr_1fr_auto]" : "sm:grid-cols-[1fr_auto]"}`}
      >
        {children}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass("primary")}>
            {apply}
          </button>
          {reset && <a href={action}>{reset}</a>}
        </div>
      </div>
    </form>
  );
}
