import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import { EditorHeader } from "@/components/admin/editor/EditorHeader";
import { LanguageTabs } from "@/components/admin/editor/LanguageTabs";
import { SchedulePanel } from "@/components/admin/editor/SchedulePanel";
import { SourcePanel, SourceTools } from "@/components/admin/editor/SourcePanel";
import { TranslationStatus } from "@/components/admin/editor/TranslationStatus";
import { StatusRegion } from "@/components/admin/form/StatusRegion";
import { ArchiveForm } from "@/components/admin/forms/ArchiveForm";
import { DeleteEntityForm } from "@/components/admin/forms/DeleteEntityForm";
import { FactsForm } from "@/components/admin/forms/FactsForm";
import { ReviewForm } from "@/components/admin/forms/ReviewForm";
import { TranslationForm, type TranslationValues } from "@/components/admin/forms/TranslationForm";
import { readEditor } from "@/lib/admin/editor";
import { factChoices, factFields } from "@/lib/admin/facts";
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
import { isContentType } from "@/lib/cache-tags";
import type { TranslationContent } from "@/lib/content/editorial";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";

export const metadata: Metadata = { title: "Edit" };

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<{ locale?: string; source?: string; copyFrom?: string }>;
};

const emptyText: TranslationValues = {
  name: "",
  slug: "",
  summary: "",
  body: "",
  seoDescription: "",
  goal: "",
  governance: "",
};
const asFormValues = (content: TranslationContent): TranslationValues => ({
  name: content.name,
  slug: content.slug,
  summary: content.summary,
  body: content.body,
  seoDescription: content.seoDescription ?? "",
  goal: content.goal ?? "",
  governance: content.governance ?? "",
});

/** One item: its translations (a tab per language, with workflow and planning) and its facts. */
export default async function EditContentPage({ params, searchParams }: Props) {
  const { type, id } = await params;
  const query = await searchParams;
  const actor = await requireActor(canUseAdmin, `/admin/content/${type}/${id}`);
  if (!isContentType(type)) notFound();
  const ui = actor.uiLocale;
  const editing: Locale = isLocale(query.locale) ? query.locale : (actor.locales[0] ?? ui);
  const view = await readEditor(type, id, editing);
  if (!view) notFound();
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  const current = view.states[editing];
  // Another language next to the form, and a copy of it as the start of this translation.
  const other = (value: string | undefined) =>
    isLocale(value) && value !== editing && view.states[value] ? value : null;
  const shownSource = other(query.source);
  const copyFrom = other(query.copyFrom);
  const start = copyFrom
    ? { ...asFormValues(view.states[copyFrom]!.content), slug: "" }
    : current
      ? asFormValues(current.content)
      : emptyText;
  const editUrl = (extra: Record<string, string> = {}) =>
    `/admin/content/${type}/${id}?${new URLSearchParams({ locale: editing, ...extra })}`;
  const draftKey = (form: string) => `${actor.id}:${form}:${type}:${id}`;
  const mayEdit = canEdit(actor, editing);
  return (
    <AdminShell actor={actor} section="content" title={view.name} namespaces={["Editor"]}>
      <EditorHeader ui={ui} type={type} itemKey={view.facts.key} publicPath={view.publicPath} />
      <StatusRegion>
        <section aria-labelledby="translation-heading" className="mb-12">
          <LanguageTabs
            ui={ui}
            type={type}
            id={id}
            editing={editing}
            sourceLocale={view.facts.sourceLocale}
            states={view.states}
          />
          <h2 id="translation-heading" className="mb-2 text-2xl">
            {t("translationIn", { language: languages(editing) })}
          </h2>
          <TranslationStatus
            ui={ui}
            type={type}
            id={id}
            editing={editing}
            current={current}
            publicPath={view.publicPath}
          />
          {mayEdit && (
            <SourceTools
              ui={ui}
              others={locales.filter((l) => l !== editing && view.states[l])}
              shown={shownSource}
              editUrl={editUrl}
            />
          )}
          {copyFrom && (
            <p role="status" className="mb-4 border-l-4 border-brand-700 bg-brand-50 p-3 dark:bg-slate-900">
              {t("copiedFrom", { language: languages(copyFrom) })}
            </p>
          )}
          {mayEdit ? (
            <div className="grid gap-8 xl:grid-cols-[3fr_1fr]">
              <div className={shownSource ? "grid gap-8 lg:grid-cols-2" : "max-w-3xl"}>
                {shownSource && (
                  <SourcePanel ui={ui} locale={shownSource} source={view.states[shownSource]!} />
                )}
                <TranslationForm
                  key={`${editing}-${copyFrom ?? ""}`}
                  type={type}
                  id={id}
                  locale={editing}
                  version={current?.version ?? 0}
                  values={start}
                  canSubmit={canSubmitForReview(actor, editing)}
                  canPublish={canPublish(actor, editing)}
                  draftKey={`${draftKey("translation")}:${editing}`}
                />
              </div>
              <aside aria-label={t("actions")} className="space-y-6">
                {current && canPreview(actor) && (
                  <form method="post" action="/api/draft">
                    <input type="hidden" name="type" value={type} />
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
                  <section aria-labelledby="review-heading">
                    <h3 id="review-heading" className="mb-2 text-lg">
                      {t("review")}
                    </h3>
                    <ReviewForm type={type} id={id} locale={editing} version={current.version} />
                  </section>
                )}
                {current?.publicStatus === "published" && canPublish(actor, editing) && (
                  <ArchiveForm
                    type={type}
                    id={id}
                    locale={editing}
                    version={current.version}
                    language={languages(editing)}
                    path={view.publicPath}
                  />
                )}
                {current && canPublish(actor, editing) && (
                  <SchedulePanel
                    ui={ui}
                    view={view}
                    editing={editing}
                    canArchive={current.publicStatus === "published"}
                  />
                )}
              </aside>
            </div>
          ) : (
            <p>{t("notYourLanguage")}</p>
          )}
        </section>

        <section
          aria-labelledby="facts-heading"
          className="mb-10 max-w-3xl rounded-lg border border-slate-200 p-5 dark:border-slate-700"
        >
          <h2 id="facts-heading" className="mb-3 text-xl">
            {t("facts")}
          </h2>
          {canManageContent(actor) ? (
            <FactsForm
              type={type}
              id={id}
              updatedAt={view.facts.updatedAt}
              fields={await factFields(type, ui, await factChoices(ui), id)}
              values={view.facts.values}
              draftKey={draftKey("facts")}
            />
          ) : (
            <p>{t("factsReadOnly")}</p>
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
            <DeleteEntityForm type={type} id={id} name={view.name} />
          </section>
        )}
      </StatusRegion>
    </AdminShell>
  );
}
