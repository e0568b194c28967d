// The select of a GET filter form, public (components/site/FilterForm.tsx) or admin
// (components/admin/FilterForm.tsx): its empty first option means "all".

/** The look of a filter form's fields. */
export const filterFieldClass =
  "block rounded-md border-2 border-slate-500 bg-white py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100";

export function FilterSelect({
  name,
  label,
  value,
  all,
  options,
  id = name,
  wide = false,
}: {
  name: string;
  label: string;
  value: string | undefined;
  /** The first option's label, which sends no filter. */
  all: string;
  options: { value: string; label: string }[];
  id?: string;
  /** As wide as its column (the public lists), rather than as its longest option. */
  wide?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className={`${filterFieldClass} ${wide ? "w-full px-3" : "px-2"}`}
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
