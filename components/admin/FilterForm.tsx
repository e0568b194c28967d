import type { ReactNode } from "react";
import { filterFieldClass } from "@/components/ui/FilterSelect";

export { FilterSelect } from "@/components/ui/FilterSelect";

// The GET filter forms above the admin lists (content, translations, audit log): they work
// without JavaScript and keep their state in the address.

export function FilterForm({
  action,
  submit,
  children,
}: {
  action: string;
  submit: string;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} role="search" className="mb-6 flex flex-wrap items-end gap-3">
      {children}
      <button
        type="submit"
        className="rounded-md border-2 border-brand-700 bg-brand-700 px-4 py-2 font-medium text-white"
      >
        {submit}
      </button>
    </form>
  );
}

export function FilterInput({
  name,
  label,
  value,
  type = "text",
}: {
  name: string;
  label: string;
  value: string;
  type?: "text" | "search" | "date";
}) {
  return (
    <div>
      <label htmlFor={name} className="mb-1 block font-medium">
        {label}
      </label>
      <input id={name} name={name} type={type} defaultValue={value} className={`${filterFieldClass} px-2`} />
    </div>
  );
}

/** A select with no "all" option: a setting of the list (its page size) rather than a filter. */
export function FilterChoice({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={name} className="mb-1 block font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className={`${filterFieldClass} px-2`}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
