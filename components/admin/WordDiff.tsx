import { Fragment } from "react";
import { joinsWords, type DiffPart } from "@/lib/history";

/**
 * A word diff: added words underlined on green, removed words struck through on red. A word
 * replaced by another is shown with a space between the two, which is neither's.
 */
export function WordDiff({ parts, lang }: { parts: DiffPart[]; lang?: string }) {
  return (
    <div
      lang={lang}
      className="whitespace-pre-wrap break-words rounded border border-slate-300 p-3 dark:border-slate-600"
    >
      {parts.map((p, i) => (
        <Fragment key={i}>
          {joinsWords(parts[i - 1], p) && " "}
          {p.added ? (
            <ins className="bg-green-100 text-green-950 underline">{p.value}</ins>
          ) : p.removed ? (
            <del className="bg-red-100 text-red-950 line-through">{p.value}</del>
          ) : (
            <span>{p.value}</span>
          )}
        </Fragment>
      ))}
    </div>
  );
}
