import { Children, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/Button";

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

/** One filter of a FilterForm: a labelled select whose first option is "all". */
export function FilterSelect({
  name,
  label,
  value,
  all,
  options,
}: {
  name: string;
  label: string;
  value: string;
  /** The first option's label, which sends no filter. */
  all: string;
  options: { value: string; label: string }[];
}) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        className="block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
      >
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
