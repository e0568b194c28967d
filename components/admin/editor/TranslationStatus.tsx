import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OutdatedTranslation } from "@/lib/admin/outdated";
import { revisionNote } from "@/lib/admin/revision-note";
import type { ContentType } from "@/lib/cache-tags";
import type { WorkingCopy } from "@/lib/content/editorial";
import type { Locale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/dates";

/** What the public sees, what the editors work on, who saved it last, and why. */
export async function TranslationStatus({
  ui,
  type,
  id,
  editing,
  current,
  outdated,
  publicPath,
}: {
  ui: Locale;
  type: ContentType;
  id: string;
  editing: Locale;
  current: WorkingCopy | null;
  outdated: OutdatedTranslation | undefined;
  publicPath: string | null;
}) {
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const status = await getTranslations({ locale: ui, namespace: "Status" });
  if (!current) return <p className="mb-4">{t("missing")}</p>;
  const note = revisionNote(current.comment);
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  const date = (d: Date) => formatDate(ui, d, { dateStyle: "medium", timeStyle: "short" });
  // A translation that was never published has a row in draft or in review: it is not on the site.
  const onSite = current.publicStatus !== "draft" && current.publicStatus !== "in_review";
  const decision = current.decidedByName
    ? t(`decision_${current.status as "draft" | "published" | "archived" | "withdrawn"}`, {
        name: current.decidedByName,
        date: date(current.savedAt),
      })
    : null;
  return (
    <div className="mb-4 space-y-1 text-slate-700 dark:text-slate-300">
      <p>{onSite ? t("publicState", { status: status(current.publicStatus) }) : t("publicNotPublished")}</p>
      {current.withdrawal && (
        <p>{t("withdrawnState", { date: date(current.withdrawal.at), note: current.withdrawal.note })}</p>
      )}
      {outdated && (
        <p className="font-semibold text-amber-900 dark:text-amber-200">
          {t("outdatedNotice", {
            language: languages(outdated.sourceLocale),
            date: date(outdated.sourcePublishedAt),
          })}
        </p>
      )}
      <p>
        {t("workingState", { status: status(current.status), version: current.version })}
        {current.authorName && (
          <>
            {" "}
            ·{" "}
            {decision
              ? t("writtenBy", { name: current.authorName })
              : t("savedBy", { name: current.authorName, date: date(current.savedAt) })}
          </>
        )}
        {decision && <> · {decision}</>}
      </p>
      {note?.kind === "comment" && (
        <p className="font-medium">{t("reviewerComment", { comment: note.text })}</p>
      )}
      {note?.kind === "scheduled" && <p>{t("publishedAsPlanned")}</p>}
      {note?.kind === "restored" && <p>{t("restoredFrom", { version: note.fromVersion })}</p>}
      <p className="flex flex-wrap gap-x-4">
        <Link href={`/admin/content/${type}/${id}/history?locale=${editing}`}>{t("history")}</Link>
        {publicPath && (current.publicStatus === "published" || current.publicStatus === "withdrawn") && (
          <a href={publicPath}>{t("viewPublic")}</a>
        )}
      </p>
    </div>
  );
}
