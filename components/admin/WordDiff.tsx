import type { DiffPart } from "@/lib/history";

/** A word diff: added words underlined on green, removed words struck through on red. */
export function WordDiff({ parts, lang }: { parts: DiffPart[]; lang?: string }) {
  return (
    <div
      lang={lang}
      className="whitespace-pre-wrap break-words rounded border border-slate-300 p-3 dark:border-slate-600"
    >
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="bg-green-100 text-green-950 underline">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="bg-red-100 text-red-950 line-through">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </div>
  );
}
