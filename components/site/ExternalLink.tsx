import type { ReactNode } from "react";

/** A link to another website, announced as such to every reader. */
export function ExternalLink({
  href,
  children,
  label,
}: {
  href: string;
  children: ReactNode;
  label: string;
}) {
  return (
    <a href={href} rel="external noopener" className="break-words">
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> {label}</span>
    </a>
  );
}
