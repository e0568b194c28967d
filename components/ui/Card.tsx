import type { ReactNode } from "react";

export function Card({
  children,
  as: Tag = "article",
}: {
  children: ReactNode;
  as?: "article" | "section" | "li" | "div";
}) {
  return (
    <Tag className="w-full min-w-0 rounded-lg border border-slate-200 bg-white p-5 wrap-anywhere shadow-sm dark:border-slate-700 dark:bg-slate-900">
      {children}
    </Tag>
  );
}
