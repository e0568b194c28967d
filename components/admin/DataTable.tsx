import type { ReactNode } from "react";

// The admin's tables (content, translations, users, audit log, history, dashboard counts): a
// region that scrolls sideways on a narrow screen and can be reached with the keyboard, named for
// screen readers, with one row of column headers. Rows are the caller's (`<tr>` with a
// `<th scope="row">` first).

/** A column header; `lang` when the label is in another language than the page (a language's autonym). */
export type Column = string | { label: string; lang?: string };

export function DataTable({
  name,
  labelledBy,
  columns,
  caption,
  tableClassName,
  className = "",
  children,
}: {
  /** The region's accessible name, unless `labelledBy` names it. */
  name?: string;
  /** The id of a heading or of the caption that names the region. */
  labelledBy?: string;
  columns: Column[];
  caption?: ReactNode;
  /** Width of the table, e.g. "w-full min-w-[48rem]": below it the region scrolls. */
  tableClassName: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      // Positioned, so that visually hidden text in a cell (absolutely placed) scrolls with the
      // table instead of widening the page.
      className={`relative overflow-x-auto ${className}`}
      role="region"
      aria-label={labelledBy ? undefined : name}
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      <table className={`border-collapse text-left ${tableClassName}`}>
        {caption}
        <thead>
          <tr>
            {columns.map((column, i) => {
              const { label, lang } =
                typeof column === "string" ? { label: column, lang: undefined } : column;
              return (
                <th key={i} scope="col" className="border-b-2 border-slate-300 p-2" lang={lang}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
