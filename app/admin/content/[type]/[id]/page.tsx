import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import {
  ArchiveForm,
  DeleteEntityForm,
  FactsForm,
  ReviewForm,
  TranslationForm,
} from "@/components/admin/ContentForms";
import { formMessages } from "@/components/admin/messages";
import { factFields, readEntity } from "@/lib/admin/facts";
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

export const metadata: Metadata = { title: "Edit" };

type Props = { params: Promise<{ type: string; id: string }>; searchParams: Promise<{ locale?: string }> };

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
  const values = current
    ? Object.fromEntries(Object.entries(current.content).map(([k, v]) => [k, v ?? ""]))
    : { name: "", slug: "", summary: "", body: "", seoDescription: "", goal: "", governance: "" };
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

        {canEdit(actor, editing) ? (
          <div className="grid gap-8 xl:grid-cols-[3fr_1fr]">
            <div className="max-w-3xl">
              <TranslationForm
                key={editing}
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
