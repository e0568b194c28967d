import { HIGHLIGHT_END, HIGHLIGHT_START, type SnippetFragment } from "@/lib/content/search-snippet";

/** A passage with its matches in <mark>; everything else is rendered as plain text. */
function Marked({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START);
  return (
    <>
      {parts[0].replaceAll(HIGHLIGHT_END, "")}
      {parts.slice(1).map((part, index) => {
        const [match, ...rest] = part.split(HIGHLIGHT_END);
        return (
          <span key={index}>
            <mark className="bg-accent-500/40 text-inherit dark:bg-accent-500/30">{match}</mark>
            {rest.join("")}
          </span>
        );
      })}
    </>
  );
}

/**
 * A search snippet: its passages in the order of the text, with "…" wherever text is left out,
 * between passages too.
 */
export function Snippet({ fragments }: { fragments: SnippetFragment[] }) {
  if (fragments.length === 0) return null;
  return (
    <p className="text-slate-700 dark:text-slate-300">
      {fragments.map((fragment, index) => (
        <span key={index}>
          {index > 0 ? " … " : fragment.cutStart && "… "}
          <Marked text={fragment.text} />
          {index === fragments.length - 1 && fragment.cutEnd && " …"}
        </span>
      ))}
    </p>
  );
}
