import Link from "next/link";
import { autonyms } from "@/lib/i18n/locales";
import type { Locale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/admin/DataTable";

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
    <DataTable
      name={p.name}
      className="mb-8"
      tableClassName="min-w-[30rem]"
      columns={[p.languageHeader, ...p.states.map((s) => p.stateLabel(s))]}
    >
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
    </DataTable>
  );
}
