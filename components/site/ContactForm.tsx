import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { FEEDBACK_LIMITS } from "@/lib/feedback/config";
import { CONTACT_FIELDS as F, FEEDBACK_ROUTES } from "@/lib/feedback/fields";
import { contactKinds } from "@/lib/feedback/schema";
import type { Locale } from "@/lib/i18n/routing";
import { Honeypot } from "./Honeypot";

export const inputClass =
  "block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100";

/**
 * The contact form: a plain POST to its route handler, which answers with the confirmation or,
 * refused, with this form filled with what was typed (lib/feedback/refusal.ts).
 */
export async function ContactForm({
  locale,
  token,
  pageUrl,
}: {
  locale: Locale;
  token: string;
  pageUrl: string;
}) {
  const t = await getTranslations({ locale, namespace: "Contact" });
  return (
    <form method="post" action={FEEDBACK_ROUTES.contact} className="max-w-2xl space-y-6">
      <input type="hidden" name={F.locale} value={locale} />
      <input type="hidden" name={F.token} value={token} />
      <fieldset>
        <legend className="mb-2 font-semibold">{t("kindLegend")}</legend>
        {contactKinds.map((kind, i) => {
          const id = i === 0 ? F.kind : `${F.kind}-${kind}`;
          return (
            <div key={kind} className="flex items-center gap-2 py-1">
              <input type="radio" id={id} name={F.kind} value={kind} required className="size-5" />
              <label htmlFor={id}>{t(`kind_${kind}`)}</label>
            </div>
          );
        })}
      </fieldset>
      <div>
        <label htmlFor={F.message} className="block font-semibold">
          {t("messageLabel")}
        </label>
        <p id="message-hint" className="mb-1 text-slate-700 dark:text-slate-300">
          {t("messageHint", { max: FEEDBACK_LIMITS.message })}
        </p>
        <textarea
          id={F.message}
          name={F.message}
          rows={8}
          required
          aria-describedby="message-hint"
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={F.pageUrl} className="block font-semibold">
          {t("pageLabel")}
        </label>
        <p id="pageUrl-hint" className="mb-1 text-slate-700 dark:text-slate-300">
          {t("pageHint")}
        </p>
        <input
          id={F.pageUrl}
          name={F.pageUrl}
          defaultValue={pageUrl}
          aria-describedby="pageUrl-hint"
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={F.email} className="block font-semibold">
          {t("emailLabel")}
        </label>
        <p id="email-hint" className="mb-1 text-slate-700 dark:text-slate-300">
          {t("emailHint")}
        </p>
        <input
          id={F.email}
          name={F.email}
          type="email"
          autoComplete="email"
          aria-describedby="email-hint"
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
