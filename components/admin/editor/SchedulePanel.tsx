import { getTranslations } from "next-intl/server";
import type { EditorView } from "@/lib/admin/editor";
import type { Locale } from "@/lib/i18n/routing";
import { plannedMomentFormat, toBrusselsInput } from "@/lib/time/brussels";
import { CancelJobForm } from "../forms/CancelJobForm";
import { ScheduleForm } from "../forms/ScheduleForm";
import { formatDate } from "@/lib/time/dates";

/** The translation's planned publications (and recent failures), and the form to plan one. */
export async function SchedulePanel({
  ui,
  view,
  editing,
  canArchive,
}: {
  ui: Locale;
  view: EditorView;
  editing: Locale;
  canArchive: boolean;
}) {
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const errors = await getTranslations({ locale: ui, namespace: "Errors" });
  const when = (date: Date) => formatDate(ui, date, plannedMomentFormat(date));
  const actionLabel = (action: string) => t(action === "publish" ? "schedulePublish" : "scheduleArchive");
  return (
    <section aria-labelledby="schedule-heading" className="space-y-3">
      <h3 id="schedule-heading" className="text-lg">
        {t("scheduleHeading")}
      </h3>
      <p className="text-sm">{t("scheduleIntro")}</p>
      <h4 className="font-semibold">{t("pendingJobs")}</h4>
      {view.jobs.length === 0 ? (
        <p>{t("noPendingJobs")}</p>
      ) : (
        <ul className="space-y-2">
          {view.jobs.map((job) =>
            job.status === "pending" ? (
              <li key={job.id}>
                {t("jobLine", {
                  action: actionLabel(job.action),
                  date: when(job.runAt),
                  name: job.createdByName ?? "?",
                })}
                <CancelJobForm
                  jobId={job.id}
                  label={`${t("cancelJob")}: ${actionLabel(job.action)} ${when(job.runAt)}`}
                />
              </li>
            ) : (
              <li key={job.id} className="font-medium text-red-800 dark:text-red-300">
                {t("jobFailed", {
                  action: actionLabel(job.action),
                  date: when(job.runAt),
                  reason: errors.has(job.error as "unexpected")
                    ? errors(job.error as "unexpected")
                    : errors("unexpected"),
                })}
              </li>
            ),
          )}
        </ul>
      )}
      <ScheduleForm
        type={view.type}
        id={view.id}
        locale={editing}
        canArchive={canArchive}
        min={toBrusselsInput(new Date())}
      />
    </section>
  );
}
