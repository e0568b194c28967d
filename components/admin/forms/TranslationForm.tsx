"use client";

import { useTranslations } from "next-intl";
import { saveTranslationAction } from "@/lib/actions/content-actions";
import { LIMITS } from "@/lib/validation/limits";
import { ActionForm, type Values } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { Checkbox, HiddenField, SelectField, TextField, type Option } from "../form/fields";
import { MarkdownField } from "../form/MarkdownField";

/** The text of a translation, as the server sends it to the form. */
export interface TranslationValues {
  name: string;
  slug: string;
  summary: string;
  body: string;
  seoDescription: string;
  goal: string;
  governance: string;
}

interface Saved {
  version: number;
  /** What the save made of the working copy: the intents draft, review and publish. */
  status: "draft" | "in_review" | "published";
  /** The save changed nothing: no version was made. */
  unchanged?: boolean;
  content: Partial<Record<keyof TranslationValues, string | null>>;
}

interface Newer {
  version: number;
  content: Partial<Record<keyof TranslationValues, string | null>> | null;
  authorName: string | null;
  savedAt: string | null;
}

const textFields = ["name", "slug", "summary", "body", "seoDescription", "goal", "governance"] as const;

/** A translation's stored text as form values (empty strings for empty fields). */
const asValues = (content: Partial<Record<string, string | null>>): Values =>
  Object.fromEntries(textFields.filter((f) => f in content).map((f) => [f, content[f] ?? ""]));

export function TranslationForm(p: {
  type: string;
  id: string;
  locale: string;
  /** The working copy's version (0 when the translation does not exist yet). */
  version: number;
  values: TranslationValues;
  canSubmit: boolean;
  canPublish: boolean;
  /** Publishing needs someone else (second pair of eyes): the form says so instead of offering it. */
  secondPair?: boolean;
  /** Whom a submission for review may be asked of (besides anyone who reviews the language). */
  reviewers?: Option[];
  draftKey: string;
  /** When the form holds a copy of another language: where the editor's own unsaved text is kept. */
  asideDraftKey?: string;
}) {
  const t = useTranslations("Editor");
  const review = useTranslations("Review");
  return (
    <ActionForm<Saved>
      id="translation"
      action={saveTranslationAction}
      values={{ ...p.values, changeNote: "", major: "", reviewerId: "" }}
      version={String(p.version)}
      versionField="version"
      draftKey={p.draftKey}
      asideDraftKey={p.asideDraftKey}
      labelledBy="translation-heading"
      savedOf={(saved) => ({
        version: String(saved.version),
        values: { ...asValues(saved.content), changeNote: "", major: "", reviewerId: "" },
      })}
      conflictOf={(detail) => {
        const newer = detail as Newer | undefined;
        if (!newer || typeof newer.version !== "number") return null;
        return {
          values: asValues(newer.content ?? {}),
          version: String(newer.version),
          by: newer.authorName,
          at: newer.savedAt,
        };
      }}
      success={(saved) => <p>{t(saved.unchanged ? "saved_unchanged" : `saved_${saved.status}`)}</p>}
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <TextField name="name" label={t("name")} required maxLength={LIMITS.name} lang={p.locale} />
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} maxLength={LIMITS.slug} lang={p.locale} />
      <TextField
        name="summary"
        label={t("summary")}
        multiline
        rows={3}
        maxLength={LIMITS.summary}
        lang={p.locale}
      />
      {p.type === "strategy" && (
        <>
          <TextField
            name="goal"
            label={t("goal")}
            multiline
            rows={3}
            maxLength={LIMITS.summary}
            lang={p.locale}
          />
          <TextField
            name="governance"
            label={t("governance")}
            multiline
            rows={3}
            maxLength={LIMITS.summary}
            lang={p.locale}
          />
        </>
      )}
      <MarkdownField
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        maxLength={LIMITS.body}
        lang={p.locale}
      />
      <TextField
        name="seoDescription"
        label={t("seoDescription")}
        hint={t("seoHint")}
        multiline
        rows={2}
        maxLength={LIMITS.seo}
        lang={p.locale}
      />
      {p.canPublish && (
        <fieldset className="space-y-3 rounded border border-slate-300 p-4 dark:border-slate-600">
          <legend className="px-1 font-medium">{t("changeNoteLegend")}</legend>
          <TextField
            name="changeNote"
            label={t("changeNote")}
            hint={t("changeNoteHint")}
            maxLength={LIMITS.note}
          />
          <Checkbox name="major" label={t("major")} />
        </fieldset>
      )}
      {p.canSubmit && p.reviewers && (
        <SelectField
          name="reviewerId"
          label={review("askReviewer")}
          options={[{ value: "", label: review("anyReviewer") }, ...p.reviewers]}
        />
      )}
      {p.secondPair && p.canSubmit && <p>{review("secondPairPublish")}</p>}
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="draft" variant="secondary">
          {t("saveDraft")}
        </SubmitButton>
        {p.canSubmit && (
          <SubmitButton name="intent" value="review" variant="secondary">
            {t("submitForReview")}
          </SubmitButton>
        )}
        {p.canPublish && (
          <SubmitButton name="intent" value="publish">
            {t("publish")}
          </SubmitButton>
        )}
      </div>
    </ActionForm>
  );
}
