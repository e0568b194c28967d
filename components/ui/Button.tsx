import type { ButtonHTMLAttributes, ReactNode } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 border-brand-700",
  // Its border is what sets it apart from the surface (WCAG 1.4.11): 3:1 in both themes.
  secondary:
    "bg-white text-brand-800 hover:bg-brand-50 border-brand-700 dark:bg-slate-900 dark:text-brand-100 dark:border-slate-400 dark:hover:bg-slate-800",
  danger: "bg-red-700 text-white hover:bg-red-800 border-red-700",
} as const;

export const buttonClass = (variant: keyof typeof variants = "primary") =>
  `inline-flex items-center justify-center gap-2 rounded-md border-2 px-4 py-2 font-medium no-underline disabled:opacity-60 ${variants[variant]}`;

export function Button({
  children,
  variant = "primary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { children: ReactNode; variant?: keyof typeof variants }) {
  return (
    <button className={buttonClass(variant)} {...props}>
      {children}
    </button>
  );
}
