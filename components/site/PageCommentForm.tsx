import { buttonClass } from "@/components/ui/Button";
import { FEEDBACK_LIMITS } from "@/lib/feedback/config";
import { FEEDBACK_ROUTES, type FieldErrors } from "@/lib/feedback/fields";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { inputClass } from "./ContactForm";
import { describedBy, FieldError } from "./FieldError";
import { Honeypot } from "./Honeypot";

/**
 * After a "no": what was missing or wrong, attached to that answer by its token. Refused, its
 * handler leads back to the answer's page with this form again, the comment kept
 * (lib/feedback/drafts.ts).
 */
export function PageCommentForm({
  locale,
  token,
  comment = "",
  errors = {},
  draft,
}: {
  locale: Locale;
  token: string;
  /** The refused form this one shows again (lib/feedback/drafts.ts): deleted once it is sent. */
  draft?: string;
  comment?: string;
  errors?: FieldErrors;
}) {
  const t = translator(locale, "Feedback");
  return (
    <form method="post" action={FEEDBACK_ROUTES.comment} noValidate className="mt-6 max-w-2xl space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {draft && <input type="hidden" name="draft" value={draft} />}
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

/**
 * A comment that can no longer be attached to its answer (the answer is gone, or the form's token
 * is not ours), shown to copy into the contact form: nothing typed is lost.
 */
export function CommentCopy({ locale, comment }: { locale: Locale; comment: string }) {
  const t = translator(locale, "Feedback");
  return (
    <div className="max-w-2xl space-y-4">
      <div>
        <label htmlFor="comment" className="block text-lg font-semibold">
          {t("commentCopy")}
        </label>
        <textarea id="comment" readOnly rows={6} defaultValue={comment} className={inputClass} />
      </div>
      <p>
        <a href={pathFor(locale, "/contact")}>{t("useContactForm")}</a>
      </p>
    </div>
  );
}
