import "server-only";
import type { TranslationValues } from "@/components/admin/forms/TranslationForm";
import type { ContentType } from "@/lib/cache-tags";
import { readWorkingCopy, type WorkingCopy } from "@/lib/content/editorial";
import { publicPath } from "@/lib/content/public-path";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/lib/i18n/routing";
import { readFacts, type FactsView } from "./facts";
import { readJobsOf } from "./jobs";
import { readOutdated, type OutdatedTranslation } from "./outdated";

/** Everything the item editor shows for one item in one language. */
export interface EditorView {
  type: ContentType;
  id: string;
  facts: FactsView;
  /** Each language's working copy (null: not translated yet). */
  states: Record<Locale, WorkingCopy | null>;
  /** The languages whose published translation is older than the source's publication. */
  outdated: Partial<Record<Locale, OutdatedTranslation>>;
  /** The item's name in the language edited, else in the first language it has. */
  name: string;
  /** The public address of the page in the language edited (null: no page yet). */
  publicPath: string | null;
  jobs: Awaited<ReturnType<typeof readJobsOf>>;
}

export async function readEditor(type: ContentType, id: string, editing: Locale): Promise<EditorView | null> {
  const facts = await readFacts(type, id);
  if (!facts) return null;
  const [working, path, jobs, outdated] = await Promise.all([
    Promise.all(locales.map(async (l) => [l, await readWorkingCopy(db, type, id, l)] as const)),
    publicPath(type, id, editing),
    readJobsOf(type, id, editing),
    readOutdated(type, id, facts.sourceLocale),
  ]);
  const states = Object.fromEntries(working) as Record<Locale, WorkingCopy | null>;
  const name = states[editing]?.content.name || working.find(([, s]) => s)?.[1]?.content.name || facts.key;
  return { type, id, facts, states, outdated, name, publicPath: path, jobs };
}

/** A working copy as the translation form's values (an empty form for a missing translation). */
export function formValues(copy: WorkingCopy | null): TranslationValues {
  const c = copy?.content;
  return {
    name: c?.name ?? "",
    slug: c?.slug ?? "",
    summary: c?.summary ?? "",
    body: c?.body ?? "",
    seoDescription: c?.seoDescription ?? "",
    goal: c?.goal ?? "",
    governance: c?.governance ?? "",
  };
}
