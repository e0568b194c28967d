import { noWrapClass, splitYearRanges } from "@/lib/text/year-ranges";

/** Text whose year ranges ("2019–2024") never break across lines. */
export function NoBreakRanges({ children }: { children: string }) {
  const parts = splitYearRanges(children);
  if (parts.length === 1) return children;
  return parts.map((part, i) =>
    i % 2 ? (
      <span key={i} className={noWrapClass}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}
