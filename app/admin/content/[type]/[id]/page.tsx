import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import {
  ArchiveForm,
  CancelJobForm,
  DeleteEntityForm,
  FactsForm,
  ReviewForm,
  ScheduleForm,
  TranslationForm,
} from "@/components/admin/ContentForms";
import { Markdown } from "@/components/site/Markdown";
import { formMessages } from "@/components/admin/messages";
import { factFields, readEntity } from "@/lib/admin/facts";
import { readJobsOf } from "@/lib/admin/jobs";
import {
  canEdit,
  canManageContent,
  canPreview,
  canPublish,
  canReview,
  canSubmitForReview,
  canUseAdmin,
} from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { readWorkingCopy } from "@/lib/content/editorial";
import { publicPath } from "@/lib/content/public-path";
import { db } from "@/lib/db";
import { autonyms } from "@/lib/i18n/locales";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";
import { PORTAL_TIME_ZONE, toBrusselsInput } from "@/lib/time/brussels";

export const metadata: Metadata = { title: "Edit" };

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<{ locale?: string; source?: string; copyFrom?: string }>;
};

export default async function EditContentPage({ params, searchParams }: Props) {
  const { type, id } = await params;
  const query = await searchParams;
  const actor = await requireActor(canUseAdmin, `/admin/content/${type}/${id}`);
  if (!(contentTypes as readonly string[]).includes(type)) notFound();
  const contentType = type as ContentType;
  const entity = await readEntity(contentType, id);
  if (!entity) notFound();
  const ui = actor.uiLocale;
  const editing: Locale = isLocale(query.locale) ? query.locale : (actor.locales[0] ?? ui);
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const types = await getTranslations({ locale: ui, namespace: "ContentTypes" });
  const status = await getTranslations({ locale: ui, namespace: "Status" });
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  const format = await getFormatter({ locale: ui });
  const labels = (await getMessages({ locale: ui })).Editor as Record<string, string>;
  const messages = await formMessages(ui);
  const working = await Promise.all(
    locales.map(async (l) => [l, await readWorkingCopy(db, contentType, id, l)] as const),
  );
  const states = Object.fromEntries(working) as Record<Locale, Awaited<ReturnType<typeof readWorkingCopy>>>;
  const current = states[editing];
  const fallbackName = Object.values(states).find((s) => s)?.content.name ?? String(entity.key);
  const publicUrl = await publicPath(contentType, id, editing);
  const sourceLocale = entity.sourceLocale as Locale;
  // Another language next to the form, and a copy of it as the start of this translation.
  const otherLanguage = (value: string | undefined) =>
    isLocale(value) && value !== editing && states[value] ? value : null;
  const shownSource = otherLanguage(query.source);
  const copyFrom = otherLanguage(query.copyFrom);
  const start = copyFrom ? { ...states[copyFrom]!.content, slug: "" } : current?.content;
  const values = start
    ? Object.fromEntries(Object.entries(start).map(([k, v]) => [k, v ?? ""]))
    : { name: "", slug: "", summary: "", body: "", seoDescription: "", goal: "", governance: "" };
  const others = locales.filter((l) => l !== editing && states[l]);
  const editUrl = (extra: Record<string, string> = {}) =>
    `/admin/content/${contentType}/${id}?${new URLSearchParams({ locale: editing, ...extra })}`;
  const jobs = await readJobsOf(contentType, id, editing);
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "long", timeStyle: "medium", timeZone: PORTAL_TIME_ZONE });
  const actionLabel = (action: string) => t(action === "publish" ? "schedulePublish" : "scheduleArchive");
  return (
    <AdminShell actor={actor} section="content" title={current?.content.name || fallbackName}>
      <p className="mb-4">
        <Link href="/admin/content">← {t("back")}</Link> · {types(contentType)} ·{" "}
        <code>{String(entity.key)}</code>
      </p>

      <section
        aria-labelledby="facts-heading"
        className="mb-10 max-w-3xl rounded-lg border border-slate-200 p-5 dark:border-slate-700"
      >
        <h2 id="facts-heading" className="mb-3 text-xl">
          {t("facts")}
        </h2>
        {canManageContent(actor) ? (
          <FactsForm
            type={contentType}
            id={id}
            updatedAt={(entity.updatedAt as Date).toISOString()}
            fields={await factFields(contentType, entity, ui)}
            labels={labels}
            messages={messages}
          />
        ) : (
          <p>{t("factsReadOnly")}</p>
        )}
      </section>

      <section aria-labelledby="translation-heading">
        <nav aria-label={t("translations")} className="mb-4">
          <ul className="flex flex-wrap gap-2 border-b-2 border-slate-300">
            {locales.map((l) => (
              <li key={l}>
                <Link
                  href={`/admin/content/${contentType}/${id}?locale=${l}`}
                  aria-current={l === editing ? "page" : undefined}
                  className="block rounded-t px-4 py-2 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                >
                  <span lang={l}>{autonyms[l]}</span> (
                  {states[l] ? status(states[l]!.status) : status("missing")})
                  {l === sourceLocale && <> · {t("sourceBadge")}</>}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <h2 id="translation-heading" className="mb-2 text-2xl">
          {t("translationIn", { language: languages(editing) })}
        </h2>
        {current ? (
          <div className="mb-4 space-y-1 text-slate-700 dark:text-slate-300">
            <p>{t("publicState", { status: status(current.publicStatus) })}</p>
            <p>
              {t("workingState", { status: status(current.status), version: current.version })}
              {current.authorName && (
                <>
                  {" "}
                  ·{" "}
                  {t("savedBy", {
                    name: current.authorName,
                    date: format.dateTime(current.savedAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </>
              )}
            </p>
            {current.comment && (
              <p className="font-medium">{t("reviewerComment", { comment: current.comment })}</p>
            )}
            <p>
              <Link href={`/admin/content/${contentType}/${id}/history?locale=${editing}`}>
                {t("history")}
              </Link>
            </p>
            {publicUrl && current.publicStatus === "published" && (
              <p>
                <a href={publicUrl}>{t("viewPublic")}</a>
              </p>
            )}
          </div>
        ) : (
          <p className="mb-4">{t("missing")}</p>
        )}

        {canEdit(actor, editing) && others.length > 0 && (
          <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2" aria-label={t("translations")}>
            {others.map((l) => (
              <li key={l} className="flex flex-wrap gap-x-4">
                <Link href={shownSource === l ? editUrl() : editUrl({ source: l })}>
                  {shownSource === l ? t("hideSource") : t("showSource", { language: languages(l) })}
                </Link>
                <Link href={editUrl({ copyFrom: l, ...(shownSource ? { source: shownSource } : {}) })}>
                  {t("copyFrom", { language: languages(l) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {copyFrom && (
          <p role="status" className="mb-4 border-l-4 border-brand-700 bg-brand-50 p-3 dark:bg-slate-900">
            {t("copiedFrom", { language: languages(copyFrom) })}
          </p>
        )}
        {canEdit(actor, editing) ? (
          <div className="grid gap-8 xl:grid-cols-[3fr_1fr]">
            <div className={shownSource ? "grid gap-8 lg:grid-cols-2" : "max-w-3xl"}>
              {shownSource && (
                <section
                  aria-labelledby="source-heading"
                  lang={shownSource}
                  className="rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900"
                >
                  <h3 id="source-heading" className="text-lg" lang={ui}>
                    {t("sourceHeading", { language: languages(shownSource) })}
                  </h3>
                  <p className="mb-3 text-sm" lang={ui}>
                    {t("sourceStatus", {
                      status: status(states[shownSource]!.status),
                      version: states[shownSource]!.version,
                    })}
                  </p>
                  <dl className="space-y-3">
                    {(["name", "summary", "goal", "governance", "seoDescription"] as const)
                      .filter((f) => states[shownSource]!.content[f])
                      .map((f) => (
                        <div key={f}>
                          <dt className="font-semibold" lang={ui}>
                            {labels[f]}
                          </dt>
                          <dd className="whitespace-pre-wrap">{states[shownSource]!.content[f]}</dd>
                        </div>
                      ))}
                    <div>
                      <dt className="font-semibold" lang={ui}>
                        {labels.body}
                      </dt>
                      <dd>
                        <Markdown lang={shownSource}>{states[shownSource]!.content.body}</Markdown>
                      </dd>
                    </div>
                  </dl>
                </section>
              )}
              <div>
                <TranslationForm
                  key={`${editing}-${copyFrom ?? ""}`}
                  type={contentType}
                  id={id}
                  locale={editing}
                  version={current?.version ?? 0}
                  values={values}
                  canSubmit={canSubmitForReview(actor, editing)}
                  canPublish={canPublish(actor, editing)}
                  labels={labels}
                  messages={messages}
                />
              </div>
            </div>
            <aside className="space-y-6">
              {current && canPreview(actor) && (
                <form method="post" action="/api/draft">
                  <input type="hidden" name="type" value={contentType} />
                  <input type="hidden" name="id" value={id} />
                  <input type="hidden" name="locale" value={editing} />
                  <p className="mb-2 text-sm">{t("previewHint")}</p>
                  <button
                    type="submit"
                    className="rounded-md border-2 border-brand-700 px-4 py-2 font-medium"
                  >
                    {t("preview")}
                  </button>
                </form>
              )}
              {current?.status === "in_review" && canReview(actor, editing) && (
                <div>
                  <h3 className="mb-2 text-lg">{t("review")}</h3>
                  <ReviewForm
                    type={contentType}
                    id={id}
                    locale={editing}
                    version={current.version}
                    labels={labels}
                    messages={messages}
                  />
                </div>
              )}
              {current?.publicStatus === "published" && canPublish(actor, editing) && (
                <ArchiveForm
                  type={contentType}
                  id={id}
                  locale={editing}
                  version={current.version}
                  labels={labels}
                  messages={messages}
                />
              )}
              {current && canPublish(actor, editing) && (
                <section aria-labelledby="schedule-heading" className="space-y-3">
                  <h3 id="schedule-heading" className="text-lg">
                    {t("scheduleHeading")}
                  </h3>
                  <p className="text-sm">{t("scheduleIntro")}</p>
                  <h4 className="font-semibold">{t("pendingJobs")}</h4>
                  {jobs.length === 0 ? (
                    <p>{t("noPendingJobs")}</p>
                  ) : (
                    <ul className="space-y-2">
                      {jobs.map((job) =>
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
                              labels={labels}
                              messages={messages}
                            />
                          </li>
                        ) : (
                          <li key={job.id} className="font-medium text-red-800 dark:text-red-300">
                            {t("jobFailed", {
                              action: actionLabel(job.action),
                              date: when(job.runAt),
                              reason: messages.errors[job.error ?? ""] ?? messages.errors.unexpected,
                            })}
                          </li>
                        ),
                      )}
                    </ul>
                  )}
                  <ScheduleForm
                    type={contentType}
                    id={id}
                    locale={editing}
                    canArchive={current.publicStatus === "published"}
                    min={toBrusselsInput(new Date())}
                    uiLocale={ui}
                    labels={labels}
                    messages={messages}
                  />
                </section>
              )}
            </aside>
          </div>
        ) : (
          <p>{(await getTranslations({ locale: ui, namespace: "Errors" }))("FORBIDDEN")}</p>
        )}
      </section>

      {canManageContent(actor) && (
        <section
          aria-labelledby="delete-heading"
          className="mt-12 max-w-xl rounded-lg border-2 border-red-700 p-5"
        >
          <h2 id="delete-heading" className="mb-3 text-xl">
            {t("dangerZone")}
          </h2>
          <DeleteEntityForm type={contentType} id={id} labels={labels} messages={messages} />
        </section>
      )}
    </AdminShell>
  );
}
