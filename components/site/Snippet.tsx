import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/content/search";

/** A search snippet with its matches in <mark>; everything else is rendered as plain text. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START);
  return (
    <p className="text-slate-700 dark:text-slate-300">
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
    </p>
  );
}
