import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AdminShell } from "@/components/admin/AdminShell";
import { PresenceNotice } from "@/components/admin/PresenceNotice";
import { EditorHeader } from "@/components/admin/editor/EditorHeader";
import { FactsSection } from "@/components/admin/editor/FactsSection";
import { LanguageTabs } from "@/components/admin/editor/LanguageTabs";
import { SourceChanges } from "@/components/admin/editor/SourceChanges";
import { SourcePanel, SourceTools } from "@/components/admin/editor/SourcePanel";
import { TranslationStatus } from "@/components/admin/editor/TranslationStatus";
import { WorkflowPanel } from "@/components/admin/editor/WorkflowPanel";
import { StatusRegion } from "@/components/admin/form/StatusRegion";
import { TranslationForm } from "@/components/admin/forms/TranslationForm";
import { formValues, readEditor } from "@/lib/admin/editor";
import { readReviewState } from "@/lib/admin/reviews";
import { adminMetadata, forbiddenMetadata, notFoundMetadata } from "@/lib/admin/titles";
import { canEdit, canPublish, canSubmitForReview, canUseAdmin, type Actor } from "@/lib/auth/access";
import { currentActor, requireActor } from "@/lib/auth/session";
import { isContentType } from "@/lib/cache-tags";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<{ locale?: string; source?: string; copyFrom?: string }>;
};

/** The title and the page read the item once per request. */
const readItem = cache(readEditor);

/** The language edited: the one asked for, else the user's first language, else their interface's. */
const editingLocale = (actor: Actor, asked: string | undefined): Locale =>
  isLocale(asked) ? asked : (actor.locales[0] ?? actor.uiLocale);

/** A tab per item and language: "Name (Dutch) – Edit", in the interface language. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { type, id } = await params;
  const actor = await currentActor();
  // Nothing about the item to someone not signed in: the page sends them to sign in.
  if (!actor) return {};
  const ui = actor.uiLocale;
  if (!canUseAdmin(actor)) return forbiddenMetadata(ui);
  const editing = editingLocale(actor, (await searchParams).locale);
  const view = isContentType(type) ? await readItem(type, id, editing) : null;
  if (!view) return notFoundMetadata(ui);
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  return adminMetadata(ui, t("pageTitle", { name: view.name, language: languages(editing) }));
}

/** One item: its translations (a tab per language, with workflow and planning) and its facts. */
export default async function EditContentPage({ params, searchParams }: Props) {
  const { type, id } = await params;
  const query = await searchParams;
  const actor = await requireActor(canUseAdmin, `/admin/content/${type}/${id}`);
  if (!isContentType(type)) notFound();
  const ui = actor.uiLocale;
  const editing = editingLocale(actor, query.locale);
  const view = await readItem(type, id, editing);
  if (!view) notFound();
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  const current = view.states[editing];
  const review = await readReviewState(type, id, editing);
  // Another language next to the form, and a copy of it as the start of this translation.
  const other = (value: string | undefined) =>
    isLocale(value) && value !== editing && view.states[value] ? value : null;
  const shownSource = other(query.source);
  const copyFrom = other(query.copyFrom);
  // A copy starts without a slug: it is made from the translated name.
  const start = copyFrom ? { ...formValues(view.states[copyFrom]), slug: "" } : formValues(current);
  const editUrl = (extra: Record<string, string> = {}) =>
    `/admin/content/${type}/${id}?${new URLSearchParams({ locale: editing, ...extra })}`;
  const draftKey = (form: string) => `${actor.id}:${form}:${type}:${id}`;
  const mayEdit = canEdit(actor, editing);
  return (
    <AdminShell actor={actor} section="content" title={view.name} namespaces={["Editor", "Review"]}>
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
            outdated={view.outdated}
          />
          <h2 id="translation-heading" className="mb-2 text-2xl">
            {t("translationIn", { language: languages(editing) })}
          </h2>
          <PresenceNotice actor={actor} type={type} id={id} locale={editing} />
          <TranslationStatus
            ui={ui}
            type={type}
            id={id}
            editing={editing}
            current={current}
            outdated={view.outdated[editing]}
            publicPath={view.publicPath}
          />
          {view.outdated[editing] && <SourceChanges ui={ui} outdated={view.outdated[editing]} />}
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
                  // A second pair of eyes: the one who writes a version does not publish it too.
                  canPublish={canPublish(actor, editing) && !review.secondPair}
                  secondPair={review.secondPair}
                  reviewers={review.reviewers
                    .filter((r) => r.id !== actor.id)
                    .map((r) => ({ value: r.id, label: r.name }))}
                  // A copy of another language is kept apart from the editor's own unsaved text,
                  // which the form then offers back instead of putting it over the copy.
                  draftKey={`${draftKey("translation")}:${editing}${copyFrom ? `:copy-${copyFrom}` : ""}`}
                  asideDraftKey={copyFrom ? `${draftKey("translation")}:${editing}` : undefined}
                />
              </div>
              <WorkflowPanel actor={actor} view={view} editing={editing} review={review} />
            </div>
          ) : (
            <p>{t("notYourLanguage")}</p>
          )}
        </section>

        <FactsSection actor={actor} view={view} draftKey={draftKey("facts")} />
      </StatusRegion>
    </AdminShell>
  );
}
