"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { ImportedItem, ReportLine } from "@/lib/actions/exchange";
import { importXliffAction } from "@/lib/actions/exchange-actions";
import { initialFormState } from "@/lib/actions/form-state";
import { buttonClass } from "@/components/ui/Button";
import { DataTable } from "../DataTable";
import { inputClass, type Option } from "../form/fields";
import { useErrorText } from "../form/error-text";

type Imported = { locale: string; imported: ImportedItem[]; unchanged: ImportedItem[] };

/**
 * The upload of a translated XLIFF file. A refused file comes back with a report per unit and
 * nothing imported; the answer takes the focus. It works without JavaScript too (a plain post).
 * There is no typed text to keep: the chosen language stays, the file is chosen again.
 */
export function XliffImportForm({
  languages,
  language,
  maxBytes,
}: {
  languages: Option[];
  language: string;
  maxBytes: number;
}) {
  const t = useTranslations("Exchange");
  const errors = useTranslations("Errors");
  const editor = useTranslations("Editor");
  const contentType = useTranslations("ContentType");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(importXliffAction, initialFormState);
  const [tooLarge, setTooLarge] = useState<number | null>(null);
  const [shownLocally, setShownLocally] = useState(0);
  const answerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.submittedAt || shownLocally) answerRef.current?.focus();
  }, [state.submittedAt, shownLocally]);

  const result = tooLarge === null ? state.result : null;
  const failure = result && !result.ok ? result : null;
  const success = result?.ok ? (result.data as Imported) : null;
  const report = ((failure?.detail as { report?: ReportLine[] } | undefined)?.report ?? []).filter(Boolean);
  const fieldError = (name: string) =>
    tooLarge !== null && name === "file"
      ? [t("problems.fileTooLarge", { kb: Math.floor(maxBytes / 1024) })]
      : (failure?.fieldErrors?.[name] ?? [])
          .filter((key) => key !== "xliffRefused")
          .map((key) =>
            key === "fileTooLarge"
              ? t("problems.fileTooLarge", { kb: Math.floor(maxBytes / 1024) })
              : key === "fileRequired"
                ? t("problems.fileRequired")
                : errorText(key),
          );
  const fileErrors = fieldError("file");
  const localeErrors = fieldError("locale");
  const chosenLanguage = String(state.values.locale ?? language);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    // Refused here as the server would refuse it: a file over the request limit would otherwise
    // not reach the server's own check.
    if (file && file.size > maxBytes) {
      event.preventDefault();
      setTooLarge(file.size);
      setShownLocally((n) => n + 1);
    } else setTooLarge(null);
  };

  const problemText = (line: ReportLine) =>
    t(`problems.${line.problem}`, {
      line: line.line ?? 0,
      max: line.max ?? 0,
      kb: Math.floor(maxBytes / 1024),
    });
  const summaryLead =
    tooLarge !== null
      ? t("refused")
      : failure?.message === "xliffRefused"
        ? t("refused")
        : failure
          ? errorText(failure.message ?? failure.code)
          : "";

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="import-heading"
      className="space-y-5"
    >
      {(failure || tooLarge !== null) && (
        <div
          ref={answerRef}
          role="alert"
          tabIndex={-1}
          aria-labelledby="import-error-summary"
          className="border-l-4 border-red-700 bg-red-50 p-4 text-red-950 focus:outline-3 focus:outline-offset-2 focus:outline-red-700 dark:bg-slate-900 dark:text-red-100"
        >
          <h3 id="import-error-summary" className="mb-2 text-lg font-semibold">
            {errors("summary")}
          </h3>
          <p>{summaryLead}</p>
          {(fileErrors.length > 0 || localeErrors.length > 0) && (
            <ul className="mt-2 list-disc pl-5">
              {localeErrors.length > 0 && (
                <li>
                  <a href="#import-locale" className="font-medium underline">
                    {t("language")}: {localeErrors.join(" ")}
                  </a>
                </li>
              )}
              {fileErrors.length > 0 && (
                <li>
                  <a href="#import-file" className="font-medium underline">
                    {t("file")}: {fileErrors.join(" ")}
                  </a>
                </li>
              )}
            </ul>
          )}
          {report.length > 0 && (
            <>
              <p className="mt-2">{t("reportIntro", { count: report.length })}</p>
              <DataTable
                name={t("report")}
                className="mt-2"
                tableClassName="w-full min-w-[36rem]"
                columns={[t("unit"), t("item"), t("field"), t("problem")]}
              >
                {report.map((line, index) => (
                  <tr key={index} className="border-b border-red-200 align-top dark:border-slate-700">
                    <th scope="row" className="p-2 font-mono text-sm font-normal break-all">
                      {line.unit ?? t("wholeFile")}
                    </th>
                    <td className="p-2">{line.item ?? ""}</td>
                    <td className="p-2">{line.field ? editor(line.field) : ""}</td>
                    <td className="p-2">{problemText(line)}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
          <p className="mt-2">{t("nothingImported")}</p>
        </div>
      )}
      {success && (
        <div
          ref={answerRef}
          role="status"
          tabIndex={-1}
          className="border-l-4 border-green-700 bg-green-50 p-4 text-green-950 focus:outline-3 focus:outline-offset-2 focus:outline-green-700 dark:bg-slate-900 dark:text-green-100"
        >
          <p className="font-semibold">
            {t("imported", {
              count: success.imported.length,
              language: languages.find((l) => l.value === success.locale)?.label ?? success.locale,
            })}
          </p>
          {success.unchanged.length > 0 && <p>{t("unchanged", { count: success.unchanged.length })}</p>}
          {success.imported.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {success.imported.map((item) => (
                <li key={`${item.type}:${item.id}`}>
                  <a href={`/admin/content/${item.type}/${item.id}?locale=${success.locale}`}>{item.name}</a>{" "}
                  ({contentType(item.type)}, {t("version", { version: item.version })})
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div data-field className={localeErrors.length ? "border-l-4 border-red-700 pl-3" : undefined}>
        <label htmlFor="import-locale" className="mb-1 block font-medium">
          {t("language")}
        </label>
        <select
          id="import-locale"
          name="locale"
          key={`${state.submittedAt}`}
          defaultValue={chosenLanguage}
          aria-invalid={localeErrors.length > 0}
          className={inputClass}
        >
          {languages.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div data-field className={fileErrors.length ? "border-l-4 border-red-700 pl-3" : undefined}>
        <label htmlFor="import-file" className="mb-1 block font-medium">
          {t("file")}
        </label>
        <p id="import-file-hint" className="mb-1 text-sm text-slate-600 dark:text-slate-300">
          {t("fileHint", { kb: Math.floor(maxBytes / 1024) })}
        </p>
        {fileErrors.length > 0 && (
          <p id="import-file-error" className="mb-1 font-medium text-red-800 dark:text-red-300">
            <span className="sr-only">{errors("prefix")} </span>
            {fileErrors.join(" ")}
          </p>
        )}
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml,text/xml"
          aria-invalid={fileErrors.length > 0}
          aria-describedby={fileErrors.length ? "import-file-hint import-file-error" : "import-file-hint"}
          onChange={() => setTooLarge(null)}
          className={inputClass}
        />
      </div>
      <button
        type="submit"
        aria-disabled={pending || undefined}
        className={`${buttonClass("primary")} aria-disabled:cursor-wait aria-disabled:opacity-70`}
      >
        {pending ? t("importing") : t("import")}
      </button>
    </form>
  );
}
