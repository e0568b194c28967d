"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { ActionResult } from "@/lib/actions/pipeline";
import type { FormView } from "./ActionForm";
import { useErrorText } from "./error-text";

type Failure = Extract<ActionResult, { ok: false }>;

/**
 * GOV.UK's error summary: what went wrong, a link to each field with an error (in the order of
 * the form), and the reassurance that nothing typed was lost. It takes the focus.
 */
export function ErrorSummary({
  ref,
  failure,
  formId,
  fieldOrder,
  fieldInfo,
  values,
  conflict,
}: FormView & {
  ref: Ref<HTMLDivElement>;
  failure: Failure;
  conflict: boolean;
}) {
  const t = useTranslations("Errors");
  const form = useTranslations("Form");
  const errorText = useErrorText();
  const fieldErrors = failure.fieldErrors ?? {};
  // Errors of fields on this form first, in their order; anything else is said without a link.
  const named = fieldOrder.filter((name) => fieldErrors[name]?.length);
  const unnamed = Object.keys(fieldErrors).filter((name) => !named.includes(name));
  // A message that is also a field's error is said once, next to the field and in the list.
  const lead =
    failure.message && Object.values(fieldErrors).flat().includes(failure.message)
      ? failure.code
      : (failure.message ?? failure.code);
  const retryAfter = (failure.detail as { retryAfter?: number } | undefined)?.retryAfter;
  const focusField = (name: string) => {
    const field = document.getElementById(`${formId}-${name}`);
    field?.focus();
    field?.closest("[data-field]")?.querySelector("label, legend")?.scrollIntoView({ block: "start" });
  };
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby={`${formId}-error-summary`}
      className="scroll-mt-4 border-l-4 border-red-700 bg-red-50 p-4 text-red-950 focus:outline-3 focus:outline-offset-2 focus:outline-red-700 dark:bg-slate-900 dark:text-red-100"
    >
      <h2 id={`${formId}-error-summary`} className="mb-2 text-lg font-semibold">
        {t("summary")}
      </h2>
      <p>{errorText(lead, { seconds: retryAfter ?? 60 })}</p>
      {failure.code === "UNAUTHENTICATED" && (
        <p className="mt-2">
          {/* A tab of its own: this one keeps the form as it is, to be sent again once signed in. */}
          <a
            href="/admin/sign-in"
            target="_blank"
            rel="noopener"
            className="font-medium text-red-900 underline dark:text-red-200"
          >
            {form("signInAgain")}
          </a>
        </p>
      )}
      {(named.length > 0 || unnamed.length > 0) && (
        <ul className="mt-2 list-disc pl-5">
          {named.map((name) => {
            const info = fieldInfo(name);
            const count = String(values[name] ?? "").length;
            return (
              <li key={name}>
                <a
                  href={`#${formId}-${name}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(name);
                  }}
                  className="font-medium text-red-900 underline dark:text-red-200"
                >
                  {info?.label ? `${info.label}: ` : ""}
                  {fieldErrors[name].map((key) => errorText(key, { max: info?.maxLength, count })).join(" ")}
                </a>
              </li>
            );
          })}
          {unnamed.map((name) => (
            <li key={name}>{fieldErrors[name].map((key) => errorText(key)).join(" ")}</li>
          ))}
        </ul>
      )}
      {conflict && (
        <p className="mt-2">
          <a href={`#${formId}-conflict`} className="font-medium text-red-900 underline dark:text-red-200">
            {form("conflictLink")}
          </a>
        </p>
      )}
      <p className="mt-2">{form("kept")}</p>
    </div>
  );
}
