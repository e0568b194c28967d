import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { FEEDBACK_LIMITS } from "@/lib/feedback/config";
import { FEEDBACK_ROUTES } from "@/lib/feedback/fields";
import type { Locale } from "@/lib/i18n/routing";
import { inputClass } from "./ContactForm";
import { Honeypot } from "./Honeypot";

/** After a "no": what was missing or wrong, attached to that answer by its token. */
export async function PageCommentForm({ locale, token }: { locale: Locale; token: string }) {
  const t = await getTranslations({ locale, namespace: "Feedback" });
  return (
    <form method="post" action={FEEDBACK_ROUTES.comment} className="mt-6 max-w-2xl space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="comment" className="block text-lg font-semibold">
          {t("commentLabel")}
        </label>
        <p id="comment-hint" className="mb-1 text-slate-700 dark:text-slate-300">
          {t("commentHint", { max: FEEDBACK_LIMITS.comment })}
        </p>
        <textarea
          id="comment"
          name="comment"
          rows={6}
          required
          aria-describedby="comment-hint"
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
