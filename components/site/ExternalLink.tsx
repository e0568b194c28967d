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

/**
 * For a translated text that names a website by its address ("…(<site>example.be</site>)"): the
 * address becomes a link to that website, announced as external with `label`.
 */
export const siteLink = (label: string) =>
  function SiteLink(chunks: ReactNode) {
    const host = [chunks].flat().join("");
    return (
      <ExternalLink href={`https://${host}`} label={label}>
        {chunks}
      </ExternalLink>
    );
  };
