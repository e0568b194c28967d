import type { ReactNode } from "react";

const tones = {
  info: "border-brand-600 bg-brand-50 text-brand-900 dark:bg-slate-900 dark:text-brand-100",
  warning: "border-amber-600 bg-amber-50 text-amber-950 dark:bg-slate-900 dark:text-amber-100",
  error: "border-red-700 bg-red-50 text-red-950 dark:bg-slate-900 dark:text-red-100",
  success: "border-green-700 bg-green-50 text-green-950 dark:bg-slate-900 dark:text-green-100",
} as const;

export function Notice({
  children,
  tone = "info",
  role,
}: {
  children: ReactNode;
  tone?: keyof typeof tones;
  role?: "status" | "alert" | "note";
}) {
  return (
    <div role={role} className={`my-4 border-l-4 px-4 py-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
