import type { ReactNode } from "react";

// The admin's tables (content, translations, users, audit log, history, dashboard counts): a
// region that scrolls sideways on a narrow screen and can be reached with the keyboard, named for
// screen readers, with one row of column headers. Rows are the caller's (`<tr>` with a
// `<th scope="row">` first).

/**
 * A column header; `lang` when the label is in another language than the page (a language's
 * autonym); `sort` for a column the list can be sorted by (a link, with aria-sort while sorted);
 * `content` to show something else than the label (a "select all" box).
 */
export type Column =
  string | { label: string; lang?: string; sort?: ColumnSort; content?: ReactNode; className?: string };

export interface ColumnSort {
  /** The address of the list sorted by this column (the other way round when it already is). */
  href: string;
  /** How the list is sorted by this column now; undefined when by another one. */
  direction?: "ascending" | "descending";
  /** Said after the label to screen readers: what following the link does ("sort descending"). */
  hint: string;
}

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
              const { label, lang, sort, content, className } =
                typeof column === "string" ? { label: column } : column;
              return (
                <th
                  key={i}
                  scope="col"
                  className={`border-b-2 border-slate-300 p-2 ${className ?? ""}`}
                  lang={sort ? undefined : lang}
                  aria-sort={sort?.direction}
                >
                  {content ?? (sort ? <SortLink label={label} lang={lang} sort={sort} /> : label)}
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

function SortLink({ label, lang, sort }: { label: string; lang?: string; sort: ColumnSort }) {
  return (
    <a href={sort.href} className="inline-flex items-center gap-1">
      <span lang={lang}>{label}</span>
      <span aria-hidden="true" className="text-sm">
        {sort.direction === "ascending" ? "▲" : sort.direction === "descending" ? "▼" : "↕"}
      </span>
      <span className="sr-only">({sort.hint})</span>
    </a>
  );
}
