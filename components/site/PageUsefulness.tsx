import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { FEEDBACK_ROUTES } from "@/lib/feedback/fields";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Honeypot } from "./Honeypot";

/**
 * "Was this page useful? Yes / No" at the foot of every page, as GOV.UK and vlaanderen.be ask:
 * one plain form with two submit buttons, so it works without JavaScript on a static page.
 */
export async function PageUsefulness({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: "Feedback" });
  const contact = `${pathFor(locale, "/contact")}?${new URLSearchParams({ page: path })}`;
  return (
    <section
      aria-labelledby="page-usefulness"
      className="no-print mt-4 flex flex-wrap items-center justify-between gap-4 border-t-4 border-brand-700 bg-slate-50 px-4 py-4 dark:bg-slate-900"
    >
      <form method="post" action={FEEDBACK_ROUTES.answer} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="page" value={path} />
        <h2 id="page-usefulness" className="text-lg font-semibold">
          {t("question")}
        </h2>
        <button type="submit" name="answer" value="yes" className={buttonClass("secondary")}>
          {t("yes")}
          <span className="sr-only"> {t("yesHidden")}</span>
        </button>
        <button type="submit" name="answer" value="no" className={buttonClass("secondary")}>
          {t("no")}
          <span className="sr-only"> {t("noHidden")}</span>
        </button>
        <Honeypot locale={locale} id="page-usefulness-hp" />
      </form>
      <a href={contact}>{t("reportProblem")}</a>
    </section>
  );
}
