import Link from "next/link";
import { autonyms } from "@/lib/i18n/locales";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Translations counted per language (rows) and state (columns), each count a link to the list
 * of those translations: the dashboard's "what needs attention" and the translation totals.
 */
export function LanguageStateCounts<S extends string>(p: {
  /** The accessible name of the table's scrolling region. */
  name: string;
  languageHeader: string;
  languages: Locale[];
  states: readonly S[];
  stateLabel: (state: S) => string;
  count: (language: Locale, state: S) => number;
  href: (language: Locale, state: S) => string;
  /** What a count says to a screen reader, e.g. "Français, Brouillon : 3". */
  linkLabel: (language: Locale, state: S, count: number) => string;
}) {
  return (
    <div className="mb-8 overflow-x-auto" role="region" aria-label={p.name} tabIndex={0}>
      <table className="min-w-[30rem] border-collapse text-left">
        <thead>
          <tr>
            <th scope="col" className="border-b-2 border-slate-300 p-2">
              {p.languageHeader}
            </th>
            {p.states.map((s) => (
              <th key={s} scope="col" className="border-b-2 border-slate-300 p-2">
                {p.stateLabel(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.languages.map((l) => (
            <tr key={l} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="p-2" lang={l}>
                {autonyms[l]}
              </th>
              {p.states.map((s) => (
                <td key={s} className="p-2 tabular-nums">
                  <Link href={p.href(l, s)} aria-label={p.linkLabel(l, s, p.count(l, s))}>
                    {p.count(l, s)}
                  </Link>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
