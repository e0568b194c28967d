import type { ReactNode } from "react";

// The GET filter forms above the admin lists (content, translations, audit log): they work
// without JavaScript and keep their state in the address.

const fieldClass =
  "block rounded-md border-2 border-slate-500 bg-white px-2 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100";

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

/** A select whose empty first option means "all". */
export function FilterSelect({
  name,
  label,
  value,
  all,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  all: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={name} className="mb-1 block font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
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
      <input id={name} name={name} type={type} defaultValue={value} className={fieldClass} />
    </div>
  );
}
