import type { FieldErrors } from "@/lib/feedback/fields";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

type ErrorKey = Parameters<ReturnType<typeof translator<"Feedback">>>[0] & `errors.${string}`;

/** What a refusal says for an error code (Feedback.errors), the rate limit's wait in minutes. */
export function errorText(locale: Locale, code: string, retryAfterSeconds = 60) {
  const t = translator(locale, "Feedback");
  const key = `errors.${code}` as ErrorKey;
  return t.has(key)
    ? t(key, { minutes: Math.ceil(retryAfterSeconds / 60) })
    : t("errors.invalid", { minutes: 1 });
}

/**
 * The attributes that tie a field to its hint and, when refused, to its error: what a screen
 * reader reads with the field, and whether it is invalid.
 */
export function describedBy(field: string, errors: FieldErrors, hint?: string) {
  const ids = [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(" ");
  return {
    "aria-describedby": ids || undefined,
    "aria-invalid": errors[field] ? true : undefined,
  };
}

/** A field's error, above the field, with a visually hidden "Error:" (GOV.UK's pattern). */
export function FieldError({
  locale,
  field,
  errors,
}: {
  locale: Locale;
  field: string;
  errors: FieldErrors;
}) {
  const code = errors[field];
  if (!code) return null;
  const t = translator(locale, "Feedback");
  return (
    <p id={`${field}-error`} className="mb-1 font-semibold text-red-700 dark:text-red-300">
      <span className="sr-only">{t("errorPrefix")} </span>
      {errorText(locale, code)}
    </p>
  );
}
