import type { ReactNode } from "react";

/** A tag: a link when it leads somewhere (a filtered list), else a quiet label, never a button look-alike. */
export function Tag({ children, href }: { children: ReactNode; href?: string }) {
  return href ? (
    <a href={href}>{children}</a>
  ) : (
    <span className="text-slate-700 dark:text-slate-300">{children}</span>
  );
}

export type TagItem = string | { label: string; href: string };

export function TagList({ items, label }: { items: TagItem[]; label?: string }) {
  if (!items.length) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={label}>
      {items.map((item) => {
        const { label: text, href } = typeof item === "string" ? { label: item, href: undefined } : item;
        return (
          <li key={text}>
            <Tag href={href}>{text}</Tag>
          </li>
        );
      })}
    </ul>
  );
}
