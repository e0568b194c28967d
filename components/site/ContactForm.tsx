import { buttonClass } from "@/components/ui/Button";
import { FEEDBACK_LIMITS } from "@/lib/feedback/config";
import {
  CONTACT_FIELDS as F,
  FEEDBACK_ROUTES,
  type ContactValues,
  type FieldErrors,
} from "@/lib/feedback/fields";
import { contactKinds } from "@/lib/feedback/schema";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { describedBy, FieldError } from "./FieldError";
import { Honeypot } from "./Honeypot";

export const inputClass =
  "block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100";
const labelClass = "block font-semibold";
const hintClass = "mb-1 text-slate-700 dark:text-slate-300";

/**
 * The contact form: a plain POST to its route handler, which answers with the confirmation or,
 * refused, with the contact page showing this same form filled with what was typed and the
 * errors beside their fields (lib/feedback/drafts.ts). Its own error summary and messages, in the page's language, stand
 * in for the browser's (noValidate); `required` still tells assistive technology.
 */
export function ContactForm({
  locale,
  token,
  values,
  errors = {},
  draft,
}: {
  locale: Locale;
  token: string;
  /** The refused form this one shows again (lib/feedback/drafts.ts): deleted once it is sent. */
  draft?: string;
  values: ContactValues;
  errors?: FieldErrors;
}) {
  const t = translator(locale, "Contact");
  return (
    <form method="post" action={FEEDBACK_ROUTES.contact} noValidate className="max-w-2xl space-y-6">
      <input type="hidden" name={F.locale} value={locale} />
      <input type="hidden" name={F.token} value={token} />
      {draft && <input type="hidden" name="draft" value={draft} />}
      <fieldset {...describedBy(F.kind, errors)}>
        <legend className="mb-2 font-semibold">{t("kindLegend")}</legend>
        <FieldError locale={locale} field={F.kind} errors={errors} />
        {contactKinds.map((kind, i) => {
          const id = i === 0 ? F.kind : `${F.kind}-${kind}`;
          return (
            <div key={kind} className="flex items-center gap-2 py-1">
              <input
                type="radio"
                id={id}
                name={F.kind}
                value={kind}
                defaultChecked={values.kind === kind}
                required
                className="size-5 shrink-0"
              />
              <label htmlFor={id}>{t(`kind_${kind}`)}</label>
            </div>
          );
        })}
      </fieldset>
      <div>
        <label htmlFor={F.message} className={labelClass}>
          {t("messageLabel")}
        </label>
        <p id="message-hint" className={hintClass}>
          {t("messageHint", { max: FEEDBACK_LIMITS.message })}
        </p>
        <FieldError locale={locale} field={F.message} errors={errors} />
        <textarea
          id={F.message}
          name={F.message}
          rows={8}
          required
          defaultValue={values.message}
          {...describedBy(F.message, errors, "message-hint")}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={F.pageUrl} className={labelClass}>
          {t("pageLabel")}
        </label>
        <p id="pageUrl-hint" className={hintClass}>
          {t("pageHint")}
        </p>
        <FieldError locale={locale} field={F.pageUrl} errors={errors} />
        <input
          id={F.pageUrl}
          name={F.pageUrl}
          defaultValue={values.pageUrl}
          {...describedBy(F.pageUrl, errors, "pageUrl-hint")}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={F.email} className={labelClass}>
          {t("emailLabel")}
        </label>
        <p id="email-hint" className={hintClass}>
          {t("emailHint")}
        </p>
        <FieldError locale={locale} field={F.email} errors={errors} />
        <input
          id={F.email}
          name={F.email}
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          {...describedBy(F.email, errors, "email-hint")}
          className={inputClass}
        />
      </div>
      <Honeypot locale={locale} />
      <button type="submit" className={buttonClass("primary")}>
        {t("send")}
      </button>
    </form>
  );
}
