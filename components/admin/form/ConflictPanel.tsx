"use client";

import { useLocale, useTranslations } from "next-intl";
import { diffText } from "@/lib/history";
import { WordDiff } from "../WordDiff";
import { displayValue, type FormView, type Values } from "./ActionForm";
import { formatDate } from "@/lib/time/dates";

/** A newer save that refused this one: its values and version, and who made it when. */
export interface Conflict {
  /** Their values; absent when the page's refreshed values are theirs (the facts form). */
  values?: Values;
  version: string;
  by: string | null;
  /** ISO date of the newer save. */
  at: string | null;
  /** What this editor had typed when the save was refused. */
  mine?: Values;
}

const asText = (value: string | string[] | undefined) =>
  Array.isArray(value) ? [...value].sort().join(", ") : (value ?? "");

/**
 * Theirs and mine, field by field, for every field where they differ, with a word diff and a
 * choice per field. The choice only changes the form; nothing is saved until the editor saves.
 */
export function ConflictPanel({
  formId,
  conflict,
  fieldOrder,
  fieldInfo,
  values,
  serverValues,
  choose,
}: FormView & {
  conflict: Conflict;
  serverValues: Values;
  choose: (name: string, value: string | string[]) => void;
}) {
  const t = useTranslations("Form");
  const locale = useLocale();
  const mine = conflict.mine ?? {};
  const newer = conflict.values ?? serverValues;
  const differing = fieldOrder.filter((name) => {
    const info = fieldInfo(name);
    return info && !info.secret && name in newer && asText(newer[name]) !== asText(mine[name]);
  });
  const when = conflict.at
    ? formatDate(locale, new Date(conflict.at), { dateStyle: "medium", timeStyle: "short" })
    : null;
  return (
    <section
      id={`${formId}-conflict`}
      aria-labelledby={`${formId}-conflict-heading`}
      className="space-y-4 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950 dark:bg-slate-900 dark:text-amber-50"
    >
      <h2 id={`${formId}-conflict-heading`} className="text-lg font-semibold">
        {conflict.by && when
          ? t("conflictHeading", { name: conflict.by, version: conflict.version, time: when })
          : t("conflictHeadingUnknown", { version: conflict.version })}
      </h2>
      <p>{t("conflictIntro", { version: conflict.version })}</p>
      {differing.length === 0 ? (
        <p>{t("conflictSame")}</p>
      ) : (
        <>
          <p className="text-sm">{t("conflictLegend")}</p>
          {differing.map((name) => {
            const info = fieldInfo(name)!;
            const show = (value: string | string[]) =>
              info.options ? displayValue(info, value) || t("empty") : asText(value);
            const theirs = newer[name] ?? "";
            const yours = mine[name] ?? "";
            const current = asText(values[name]);
            const takingTheirs = current === asText(theirs) && current !== asText(yours);
            const parts = diffText(show(theirs), show(yours));
            const headingId = `${formId}-conflict-${name}`;
            return (
              <div
                key={name}
                role="group"
                aria-label={t("conflictField", { field: info.label })}
                className="space-y-2 rounded border border-amber-600 bg-white p-3 text-slate-900 dark:bg-slate-950 dark:text-slate-100"
              >
                <h3 id={headingId} className="font-semibold">
                  {info.label}
                </h3>
                {parts ? <WordDiff parts={parts} /> : <p className="text-sm">{t("conflictTooDifferent")}</p>}
                <Version label={t("theirs")} text={show(theirs) || t("empty")} />
                <Version label={t("yours")} text={show(yours) || t("empty")} />
                <div className="flex flex-wrap gap-3">
                  <button
                    type="button"
                    aria-pressed={!takingTheirs}
                    onClick={() => choose(name, yours)}
                    className="rounded-md border-2 border-brand-700 px-3 py-1 font-medium aria-pressed:bg-brand-700 aria-pressed:text-white"
                  >
                    {t("keepMine")}
                  </button>
                  <button
                    type="button"
                    aria-pressed={takingTheirs}
                    onClick={() => choose(name, theirs)}
                    className="rounded-md border-2 border-brand-700 px-3 py-1 font-medium aria-pressed:bg-brand-700 aria-pressed:text-white"
                  >
                    {t("takeTheirs")}
                  </button>
                </div>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

/** One side of a conflict in full, behind a disclosure (the diff above shows both). */
function Version({ label, text }: { label: string; text: string }) {
  return (
    <details>
      <summary className="cursor-pointer underline">{label}</summary>
      <p className="mt-1 whitespace-pre-wrap break-words rounded bg-slate-100 p-2 dark:bg-slate-800">
        {text}
      </p>
    </details>
  );
}
