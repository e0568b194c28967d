import type { FieldErrors } from "@/lib/feedback/fields";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { errorText } from "./FieldError";

/** The summary's id: the site's pages move the focus to it (components/site/FocusOnLoad.tsx). */
export const ERROR_SUMMARY_ID = "error-summary";

/** The summary's look on the site's own pages. */
export const errorSummaryClass =
  "my-4 max-w-3xl border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-950 dark:bg-slate-900 dark:text-red-100";

/**
 * Why a form was refused, above it (GOV.UK's error summary): each reason links to its field,
 * then what happens to the text. `className` is the look: the site's classes on its pages, none
 * in the small page a handler answers with (public/feedback-form.css styles `.summary`).
 */
export function ErrorSummary({
  locale,
  errors,
  retryAfter,
  className = "",
  listClassName,
}: {
  locale: Locale;
  errors: FieldErrors;
  retryAfter?: number;
  className?: string;
  listClassName?: string;
}) {
  const t = translator(locale, "Feedback");
  return (
    <>
      <div
        id={ERROR_SUMMARY_ID}
        tabIndex={-1}
        className={`summary ${className}`}
        role="alert"
        aria-labelledby="summary-title"
      >
        <h2 id="summary-title" className={className && "mb-2 text-xl"}>
          {t("problemTitle")}
        </h2>
        <ul className={listClassName}>
          {Object.entries(errors).map(([field, code]) => {
            const message = errorText(locale, code, retryAfter);
            return <li key={field}>{field === "form" ? message : <a href={`#${field}`}>{message}</a>}</li>;
          })}
        </ul>
      </div>
      <p className={className && "mb-6 max-w-3xl text-lg"}>{t("refusedIntro")}</p>
    </>
  );
}
