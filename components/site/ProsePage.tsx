import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { hyphenated, hyphenatedBody } from "@/lib/text/hyphenate";

/** A text section of a statement page (accessibility, privacy). */
export function ProseSection({
  id,
  heading,
  lang,
  children,
}: {
  id: string;
  heading: string;
  /** The page's language: long words of the heading may break with a hyphen. */
  lang: Locale;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-8 max-w-3xl space-y-3 text-lg leading-relaxed">
      <h2 id={id} className="text-2xl">
        {hyphenated(heading, lang)}
      </h2>
      {hyphenatedBody(children, lang)}
    </section>
  );
}
