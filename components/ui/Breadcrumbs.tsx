import { NoBreakRanges } from "./NoBreakRanges";

export interface Crumb {
  label: string;
  href?: string;
}

export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav aria-label={label} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600 dark:text-slate-300">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} className="flex items-center gap-1">
              {item.href && !last ? (
                <a href={item.href}>
                  <NoBreakRanges>{item.label}</NoBreakRanges>
                </a>
              ) : (
                <span aria-current={last ? "page" : undefined}>
                  <NoBreakRanges>{item.label}</NoBreakRanges>
                </span>
              )}
              {!last && <span aria-hidden="true">›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
