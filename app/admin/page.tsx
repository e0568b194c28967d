import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { LanguageStateCounts } from "@/components/admin/LanguageStateCounts";
import {
  attentionStates,
  readAttention,
  readLatestChanges,
  readMyDrafts,
  readReviewQueue,
  type AttentionState,
  type RevisionSummary,
} from "@/lib/admin/dashboard";
import { readPendingJobs } from "@/lib/admin/jobs";
import { canReview, canUseAdmin, type Actor } from "@/lib/auth/access";
import { currentUiLocale, requireActor } from "@/lib/auth/session";
import { adminMetadata } from "@/lib/admin/titles";
import { autonyms } from "@/lib/i18n/locales";
import { locales, type Locale } from "@/lib/i18n/routing";
import { PORTAL_TIME_ZONE } from "@/lib/time/brussels";
import { formatDate } from "@/lib/time/dates";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentUiLocale();
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  return adminMetadata(locale, t("title"));
}

/** Where each count leads: the content list filters working copies by status, the matrix the rest. */
function attentionHref(locale: Locale, state: AttentionState) {
  return state === "draft" || state === "in_review"
    ? `/admin/content?${new URLSearchParams({ locale, status: state })}`
    : `/admin/translations?${new URLSearchParams({ locale, state })}`;
}

const editorHref = (r: { entityType: string; entityId: string; locale: Locale }) =>
  `/admin/content/${r.entityType}/${r.entityId}?locale=${r.locale}`;

export default async function DashboardPage() {
  const actor = await requireActor(canUseAdmin, "/admin");
  const locale: Locale = actor.uiLocale;
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  const reviewer = locales.some((l) => canReview(actor, l));
  const [attention, queue, drafts, latest, planned] = await Promise.all([
    readAttention(),
    reviewer ? readReviewQueue() : Promise.resolve([]),
    readMyDrafts(actor.id),
    readLatestChanges(),
    readPendingJobs(),
  ]);
  return (
    <AdminShell actor={actor} section="dashboard" title={t("title")}>
      <p className="mb-8 text-lg">{t("welcome", { name: actor.name })}</p>
      <Attention actor={actor} counts={attention} />
      {reviewer && (
        <section aria-labelledby="queue-heading" className="mb-10">
          <h2 id="queue-heading" className="mb-1 text-2xl">
            {t("reviewQueue")}
          </h2>
          <p className="mb-3">{t("reviewQueueIntro")}</p>
          <RevisionList items={queue} empty={t("noReviews")} locale={locale} detail="submitted" />
        </section>
      )}
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading" className="mb-3 text-2xl">
            {t("myDrafts")}
          </h2>
          <RevisionList items={drafts} empty={t("noDrafts")} locale={locale} detail="status" />
        </section>
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="mb-3 text-2xl">
            {t("latest")}
          </h2>
          <RevisionList items={latest} empty={t("noChanges")} locale={locale} detail="author" />
        </section>
        <Planned jobs={planned} locale={locale} />
      </div>
    </AdminShell>
  );
}

/** Per language (the translator's own first), the working copies that need someone's work. */
async function Attention({
  actor,
  counts,
}: {
  actor: Actor;
  counts: Record<Locale, Record<AttentionState, number>>;
}) {
  const t = await getTranslations({ locale: actor.uiLocale, namespace: "Dashboard" });
  const status = await getTranslations({ locale: actor.uiLocale, namespace: "Status" });
  const order = [...actor.locales, ...locales.filter((l) => !actor.locales.includes(l))];
  return (
    <section className="mb-10">
      <h2 className="mb-1 text-2xl">{t("attention")}</h2>
      <p className="mb-3 max-w-prose">{t("attentionIntro")}</p>
      <LanguageStateCounts
        name={t("attention")}
        languageHeader={t("language")}
        languages={order}
        states={attentionStates}
        stateLabel={(s) => status(s)}
        count={(l, s) => counts[l][s]}
        href={attentionHref}
        linkLabel={(l, s, count) => t("countLabel", { language: autonyms[l], state: status(s), count })}
      />
    </section>
  );
}

/** Saved states of translations, each a link to the editor in its language. */
async function RevisionList({
  items,
  empty,
  locale,
  detail,
}: {
  items: RevisionSummary[];
  empty: string;
  locale: Locale;
  /** What follows the name: who submitted it, its status, or its author. */
  detail: "submitted" | "status" | "author";
}) {
  if (!items.length) return <p>{empty}</p>;
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  const types = await getTranslations({ locale, namespace: "ContentType" });
  const status = await getTranslations({ locale, namespace: "Status" });
  const editor = await getTranslations({ locale, namespace: "Editor" });
  const date = (d: Date) => formatDate(locale, d, { dateStyle: "medium", timeStyle: "short" });
  const sentBack = (r: RevisionSummary) => r.status === "draft" && r.decidedByName;
  return (
    <ul className="space-y-2">
      {items.map((r) => (
        <li key={r.id}>
          <Link href={editorHref(r)}>
            <span lang={r.locale}>{r.name || r.entityId}</span>
          </Link>{" "}
          <span className="text-sm text-slate-600 dark:text-slate-300">
            ({types(r.entityType)} · <span lang={r.locale}>{autonyms[r.locale]}</span> ·{" "}
            {detail === "submitted"
              ? t("submitted", { name: r.authorName ?? "—", date: date(r.createdAt) })
              : detail === "status" && sentBack(r)
                ? t("savedOn", {
                    status: status(r.status),
                    date: t("sentBackBy", { name: r.decidedByName!, date: date(r.createdAt) }),
                  })
                : t("savedOn", { status: status(r.status), date: date(r.createdAt) })}
            {detail === "author" && (r.decidedByName ?? r.authorName) && (
              // A review decision is the reviewer's change, though the text stays its author's.
              <> · {t("by", { name: (r.decidedByName ?? r.authorName)! })}</>
            )}
            )
          </span>
          {detail === "status" && sentBack(r) && r.comment && (
            <p className="text-sm">{editor("reviewerComment", { comment: r.comment })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

async function Planned({
  jobs,
  locale,
}: {
  jobs: Awaited<ReturnType<typeof readPendingJobs>>;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  const editor = await getTranslations({ locale, namespace: "Editor" });
  const types = await getTranslations({ locale, namespace: "ContentType" });
  return (
    <section aria-labelledby="planned-heading">
      <h2 id="planned-heading" className="mb-3 text-2xl">
        {t("scheduled")}
      </h2>
      {jobs.length ? (
        <ul className="space-y-2">
          {jobs.map((job) => (
            <li key={job.id}>
              <Link href={editorHref(job)}>
                {editor("jobLine", {
                  action: editor(job.action === "publish" ? "schedulePublish" : "scheduleArchive"),
                  date: formatDate(locale, job.runAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: PORTAL_TIME_ZONE,
                  }),
                  name: job.createdByName ?? "?",
                })}
              </Link>{" "}
              <span className="text-sm text-slate-600 dark:text-slate-300">
                ({types(job.entityType)} · <span lang={job.locale}>{autonyms[job.locale]}</span>)
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noScheduled")}</p>
      )}
    </section>
  );
}
