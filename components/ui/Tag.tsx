import type { ReactNode } from "react";

export function Tag({ children }: { children: ReactNode }) {
  return (
    <span className="inline-block rounded-full border border-brand-100 bg-brand-50 px-2.5 py-0.5 text-sm text-brand-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100">
      {children}
    </span>
  );
}

export function TagList({ items, label }: { items: string[]; label?: string }) {
  if (!items.length) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {items.map((item) => (
        <li key={item}>
          <Tag>{item}</Tag>
        </li>
      ))}
    </ul>
  );
}
