import { HONEYPOT_FIELD } from "@/lib/feedback/fields";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

/** The field only robots fill in (display: none hides it from people and screen readers alike). */
export function Honeypot({ locale, id = HONEYPOT_FIELD }: { locale: Locale; id?: string }) {
  const t = translator(locale, "Feedback");
  return (
    <div className="hidden">
      <label htmlFor={id}>{t("honeypotLabel")}</label>
      <input id={id} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
    </div>
  );
}
