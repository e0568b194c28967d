import { buttonClass } from "@/components/ui/Button";
import { FEEDBACK_LIMITS } from "@/lib/feedback/config";
import { FEEDBACK_ROUTES, type FieldErrors } from "@/lib/feedback/fields";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { inputClass } from "./ContactForm";
import { describedBy, FieldError } from "./FieldError";
import { Honeypot } from "./Honeypot";

/**
 * After a "no": what was missing or wrong, attached to that answer by its token. Refused, its
 * handler answers with this form again, the comment kept (lib/feedback/refusal.tsx).
 */
export function PageCommentForm({
  locale,
  token,
  comment = "",
  errors = {},
}: {
  locale: Locale;
  token: string;
  comment?: string;
  errors?: FieldErrors;
}) {
  const t = translator(locale, "Feedback");
  return (
    <form method="post" action={FEEDBACK_ROUTES.comment} noValidate className="mt-6 max-w-2xl space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="comment" className="block text-lg font-semibold">
          {t("commentLabel")}
        </label>
        <p id="comment-hint" className="mb-1 text-slate-700 dark:text-slate-300">
          {t("commentHint", { max: FEEDBACK_LIMITS.comment })}
        </p>
        <FieldError locale={locale} field="comment" errors={errors} />
        <textarea
          id="comment"
          name="comment"
          rows={6}
          required
          defaultValue={comment}
          {...describedBy("comment", errors, "comment-hint")}
          className={inputClass}
        />
      </div>
      <Honeypot locale={locale} />
      <button type="submit" className={buttonClass("primary")}>
        {t("sendComment")}
      </button>
    </form>
  );
}
