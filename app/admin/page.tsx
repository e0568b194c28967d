import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import {
  readLatestChanges,
  readMyDrafts,
  readStatusCounts,
  type RevisionSummary,
} from "@/lib/admin/dashboard";
import { readPendingJobs } from "@/lib/admin/jobs";
import { canUseAdmin } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { contentTypes } from "@/lib/cache-tags";
import type { Locale } from "@/lib/i18n/routing";
import { PORTAL_TIME_ZONE } from "@/lib/time/brussels";

export const metadata: Metadata = { title: "Dashboard" };

const statuses = ["draft", "in_review", "published", "archived"] as const;

export default async function DashboardPage() {
  const actor = await requireActor(canUseAdmin, "/admin");
  const locale: Locale = actor.uiLocale;
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  const types = await getTranslations({ locale, namespace: "ContentTypes" });
  const status = await getTranslations({ locale, namespace: "Status" });
  const format = await getFormatter({ locale });
  const [counts, drafts, latest, planned] = await Promise.all([
    readStatusCounts(),
    readMyDrafts(actor.id),
    readLatestChanges(),
    readPendingJobs(),
  ]);
  const editor = await getTranslations({ locale, namespace: "Editor" });
  const revisionList = (items: RevisionSummary[], empty: string) =>
    items.length ? (
      <ul className="space-y-2">
        {items.map((r) => (
          <li key={r.id}>
            <Link href={`/admin/content/${r.entityType}/${r.entityId}?locale=${r.locale}`}>
              {r.name || r.entityId}
            </Link>{" "}
            <span className="text-sm text-slate-600 dark:text-slate-300">
              ({types(r.entityType)} · {r.locale.toUpperCase()} · {status(r.status)} ·{" "}
              {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              {r.authorName && <> · {t("by", { name: r.authorName })}</>})
            </span>
          </li>
        ))}
      </ul>
    ) : (
      <p>{empty}</p>
    );
  return (
    <AdminShell actor={actor} section="dashboard" title={t("title")}>
      <p className="mb-8 text-lg">{t("welcome", { name: actor.name })}</p>
      <section aria-labelledby="counts-heading" className="mb-10">
        <h2 id="counts-heading" className="mb-3 text-2xl">
          {t("counts")}
        </h2>
        <div className="overflow-x-auto" role="region" aria-labelledby="counts-heading" tabIndex={0}>
          <table className="min-w-[36rem] border-collapse text-left">
            <caption className="sr-only">{t("counts")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-slate-300 p-2">
                  {t("type")}
                </th>
                {statuses.map((s) => (
                  <th key={s} scope="col" className="border-b-2 border-slate-300 p-2">
                    {status(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {contentTypes.map((type) => (
                <tr key={type} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="p-2">
                    <Link href={`/admin/content?type=${type}`}>{types(type)}</Link>
                  </th>
                  {statuses.map((s) => (
                    <td key={s} className="p-2 tabular-nums">
                      {counts[type][s]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading" className="mb-3 text-2xl">
            {t("myDrafts")}
          </h2>
          {revisionList(drafts, t("noDrafts"))}
        </section>
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="mb-3 text-2xl">
            {t("latest")}
          </h2>
          {revisionList(latest, t("noChanges"))}
        </section>
        <section aria-labelledby="planned-heading">
          <h2 id="planned-heading" className="mb-3 text-2xl">
            {t("scheduled")}
          </h2>
          {planned.length ? (
            <ul className="space-y-2">
              {planned.map((job) => (
                <li key={job.id}>
                  <Link href={`/admin/content/${job.entityType}/${job.entityId}?locale=${job.locale}`}>
                    {editor("jobLine", {
                      action: editor(job.action === "publish" ? "schedulePublish" : "scheduleArchive"),
                      date: format.dateTime(job.runAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: PORTAL_TIME_ZONE,
                      }),
                      name: job.createdByName ?? "?",
                    })}
                  </Link>{" "}
                  <span className="text-sm text-slate-600 dark:text-slate-300">
                    ({types(job.entityType)} · {job.locale.toUpperCase()})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("noScheduled")}</p>
          )}
        </section>
      </div>
    </AdminShell>
  );
}
