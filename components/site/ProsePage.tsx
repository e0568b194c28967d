import type { ReactNode } from "react";

/** A text section of a statement page (accessibility, privacy). */
export function ProseSection({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-8 max-w-3xl space-y-3 text-lg leading-relaxed">
      <h2 id={id} className="text-2xl">
        {heading}
      </h2>
      {children}
    </section>
  );
}
