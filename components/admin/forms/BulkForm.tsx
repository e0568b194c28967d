"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { bulkContentAction } from "@/lib/actions/bulk-actions";
import type { BulkOutcome } from "@/lib/actions/bulk";
import type { BulkIntent } from "@/lib/validation/bulk";
import { autonyms } from "@/lib/i18n/locales";
import { ActionForm, useForm } from "../form/ActionForm";
import { useErrorText } from "../form/error-text";
import { ConfirmSubmit, SubmitButton } from "../form/buttons";
import { SelectField } from "../form/fields";

type Option = { value: string; label: string; lang?: string };

/**
 * The content list as one form: a box per row, "select all on this page", and the action to apply
 * to the selected items in a language. Each item is done or refused on its own; the answer lists
 * them. A refused item keeps the selection as it was; once all are done it is emptied. Without
 * JavaScript it is a plain form post and the page comes back with the selection and the answer.
 */
export function BulkForm({
  intents,
  languages,
  defaultLanguage,
  children,
}: {
  intents: BulkIntent[];
  languages: Option[];
  defaultLanguage: string;
  children: ReactNode;
}) {
  const t = useTranslations("Bulk");
  return (
    <ActionForm<{ intent: BulkIntent; outcomes: BulkOutcome[] }>
      id="bulk"
      action={bulkContentAction}
      values={{ intent: intents[0], locale: defaultLanguage, items: [] }}
      savedOf={(data) => ({
        values: data.outcomes.some((o) => o.result === "refused") ? undefined : { items: [] },
      })}
      success={(data) => <BulkReport {...data} />}
      className="min-w-0 space-y-4"
    >
      <fieldset className="flex min-w-0 flex-wrap items-end gap-x-4 gap-y-2 rounded-md border-2 border-slate-300 p-3 dark:border-slate-600">
        <legend className="px-1 font-medium">{t("legend")}</legend>
        <SelectedCount />
        <SelectField
          name="intent"
          label={t("action")}
          options={intents.map((i) => ({ value: i, label: t(i) }))}
        />
        <SelectField name="locale" label={t("language")} options={languages} />
        <div className="mb-1 flex flex-wrap items-center gap-2">
          <ApplyButton />
        </div>
      </fieldset>
      {children}
    </ActionForm>
  );
}

function SelectedCount() {
  const t = useTranslations("Bulk");
  const { values } = useForm();
  const count = Array.isArray(values.items) ? values.items.length : values.items ? 1 : 0;
  return (
    <p aria-live="polite" className="mb-3 w-full font-medium">
      {t("selected", { count })}
    </p>
  );
}

function ApplyButton() {
  const t = useTranslations("Bulk");
  const { values } = useForm();
  if (values.intent === "archive")
    return (
      <ConfirmSubmit
        title={t("archiveTitle")}
        confirm={t("archiveConfirm")}
        question={<p>{t("archiveQuestion")}</p>}
      >
        {t("apply")}
      </ConfirmSubmit>
    );
  return <SubmitButton>{t("apply")}</SubmitButton>;
}

const selection = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : value ? [value] : [];

/** A row's box; `seen` is the version of each of its translations as the list shows them. */
export function RowSelect({ value, name, seen }: { value: string; name: string; seen: string[] }) {
  const t = useTranslations("Bulk");
  const { formId, values, setValue } = useForm();
  const items = selection(values.items);
  const id = `${formId}-item-${value.replace(/\W/g, "-")}`;
  return (
    <>
      <input
        id={id}
        type="checkbox"
        name="items"
        value={value}
        checked={items.includes(value)}
        onChange={(event) =>
          setValue("items", event.target.checked ? [...items, value] : items.filter((v) => v !== value))
        }
        aria-label={t("selectRow", { name })}
        className="h-5 w-5"
      />
      {seen.map((entry) => (
        <input key={entry} type="hidden" name="seen" value={entry} />
      ))}
    </>
  );
}

/**
 * Ticks or clears every row of the page. A box that does nothing without JavaScript is not
 * shown before the page is interactive: the column says "Select" instead.
 */
export function SelectAllOnPage({ values: all }: { values: string[] }) {
  const t = useTranslations("Bulk");
  const { formId, values, setValue, register } = useForm();
  const [ready, setReady] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const items = selection(values.items);
  const onPage = all.filter((v) => items.includes(v)).length;
  // The error summary's link for "select at least one" leads here.
  useEffect(() => register("items", { label: t("selection") }), [register, t]);
  // Rendered by the browser only: the server cannot know whether scripts run.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = onPage > 0 && onPage < all.length;
  }, [onPage, all.length, ready]);
  if (!ready) return <span>{t("select")}</span>;
  return (
    <input
      ref={ref}
      id={`${formId}-items`}
      type="checkbox"
      checked={all.length > 0 && onPage === all.length}
      onChange={(event) =>
        setValue(
          "items",
          event.target.checked ? [...new Set([...items, ...all])] : items.filter((v) => !all.includes(v)),
        )
      }
      aria-label={t("selectAll")}
      className="h-5 w-5"
    />
  );
}

/** What happened to each translation: done, already so, or refused and why. */
function BulkReport({ intent, outcomes }: { intent: BulkIntent; outcomes: BulkOutcome[] }) {
  const t = useTranslations("Bulk");
  const editor = useTranslations("Editor");
  const errorText = useErrorText();
  const count = (result: BulkOutcome["result"]) => outcomes.filter((o) => o.result === result).length;
  const refused = count("refused");
  const line = (o: BulkOutcome) => {
    if (o.result === "done") return t("done");
    if (o.result === "unchanged") return t("unchanged");
    if (o.reason === "incomplete")
      return t("refused_incomplete", {
        fields: (o.missing ?? []).map((f) => editor(f as "summary")).join(` ${t("and")} `),
      });
    if (o.reason === "invalid")
      return t("refused_invalid", { reason: errorText(o.message ?? "invalidValue") });
    return t(`refused_${o.reason}`);
  };
  return (
    <>
      <h2 className="mb-2 text-lg font-semibold">
        {t("reportHeading", {
          action: t(intent),
          done: count("done"),
          unchanged: count("unchanged"),
          refused,
        })}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {outcomes.map((o) => (
          <li key={`${o.type}:${o.id}:${o.locale}`} data-result={o.result}>
            <Link href={`/admin/content/${o.type}/${o.id}?locale=${o.locale}`}>
              <span lang={o.locale}>{o.name}</span> (<span lang={o.locale}>{autonyms[o.locale]}</span>)
            </Link>
            : {line(o)}
          </li>
        ))}
      </ul>
      {refused > 0 && <p className="mt-2">{t("keptSelection")}</p>}
    </>
  );
}
