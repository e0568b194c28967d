"use client";

import { useState } from "react";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import {
  archiveTranslationAction,
  cancelJobAction,
  createEntityAction,
  deleteEntityAction,
  reviewTranslationAction,
  saveTranslationAction,
  scheduleJobAction,
  updateFactsAction,
} from "@/lib/actions/content-actions";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import {
  ActionForm,
  CheckboxGroup,
  HiddenField,
  SelectField,
  SubmitButton,
  TextField,
  type FormMessages,
} from "./form";

export type Labels = Record<string, string>;
type Option = { value: string; label: string };

const fieldNames = ["name", "slug", "summary", "body", "seoDescription", "goal", "governance"] as const;

/** What someone else saved, next to what this editor typed, for each field that differs. */
function ConflictDetail({
  detail,
  values,
  labels,
}: {
  detail: unknown;
  values: FormState["values"];
  labels: Labels;
}) {
  const theirs = (detail as { content?: Record<string, string | null> | null; authorName?: string | null })
    ?.content;
  if (!theirs) return null;
  const changed = fieldNames.filter((f) => f in theirs && (theirs[f] ?? "") !== (values[f] ?? ""));
  return (
    <div className="mt-3">
      <p className="font-medium">
        {labels.conflictIntro.replace("{name}", (detail as { authorName?: string }).authorName ?? "?")}
      </p>
      <dl className="mt-2 space-y-2">
        {changed.map((field) => (
          <div key={field}>
            <dt className="font-semibold">{labels[field]}</dt>
            <dd>
              <span className="block text-sm">{labels.theirs}</span>
              <pre className="whitespace-pre-wrap rounded bg-white p-2 font-sans text-black">
                {theirs[field]}
              </pre>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">{labels.conflictKept}</p>
    </div>
  );
}

function MarkdownField({
  label,
  hint,
  defaultValue,
  previewLabel,
  hideLabel,
}: {
  label: string;
  hint: string;
  defaultValue: string;
  previewLabel: string;
  hideLabel: string;
}) {
  const [text, setText] = useState(defaultValue);
  const [preview, setPreview] = useState(false);
  return (
    <div>
      <label htmlFor="field-body" className="mb-1 block font-medium">
        {label}
      </label>
      <p id="field-body-hint" className="mb-1 text-sm text-slate-600 dark:text-slate-300">
        {hint}
      </p>
      <textarea
        id="field-body"
        name="body"
        rows={12}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby="field-body-hint"
        className="block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 font-mono text-slate-900 dark:bg-slate-900 dark:text-slate-100"
      />
      <button
        type="button"
        className="mt-2 underline"
        aria-expanded={preview}
        aria-controls="body-preview"
        onClick={() => setPreview(!preview)}
      >
        {preview ? hideLabel : previewLabel}
      </button>
      {preview && (
        <div
          id="body-preview"
          className="mt-2 space-y-3 rounded border border-slate-300 p-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
        >
          <ReactMarkdown rehypePlugins={[rehypeSanitize]} skipHtml>
            {text}
          </ReactMarkdown>
        </div>
      )}
    </div>
  );
}

/** Which translation, at which version, a form acts on. */
function TranslationRef(p: { type: string; id: string; locale: string; version: number }) {
  return (
    <>
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <HiddenField name="version" value={String(p.version)} />
    </>
  );
}

export interface TranslationFormProps {
  type: string;
  id: string;
  locale: string;
  version: number;
  values: Record<string, string>;
  canSubmit: boolean;
  canPublish: boolean;
  labels: Labels;
  messages: FormMessages;
}

export function TranslationForm(p: TranslationFormProps) {
  const { labels } = p;
  return (
    <ActionForm
      action={saveTranslationAction}
      initial={initialFormState}
      messages={p.messages}
      labelledBy="translation-heading"
      success={(data) => <p>{labels[`saved_${(data as { status: string }).status}`]}</p>}
      errorDetail={(detail, values) => <ConflictDetail detail={detail} values={values} labels={labels} />}
    >
      <TranslationRef {...p} />
      <div lang={p.locale} className="space-y-5">
        <TextField name="name" label={labels.name} defaultValue={p.values.name} required />
        <TextField name="slug" label={labels.slug} hint={labels.slugHint} defaultValue={p.values.slug} />
        <TextField name="summary" label={labels.summary} defaultValue={p.values.summary} multiline rows={3} />
        {p.type === "strategy" && (
          <>
            <TextField name="goal" label={labels.goal} defaultValue={p.values.goal} multiline rows={3} />
            <TextField
              name="governance"
              label={labels.governance}
              defaultValue={p.values.governance}
              multiline
              rows={3}
            />
          </>
        )}
        <MarkdownField
          label={labels.body}
          hint={labels.bodyHint}
          defaultValue={p.values.body ?? ""}
          previewLabel={labels.showFormatted}
          hideLabel={labels.hideFormatted}
        />
        <TextField
          name="seoDescription"
          label={labels.seoDescription}
          hint={labels.seoHint}
          defaultValue={p.values.seoDescription}
          multiline
          rows={2}
        />
      </div>
      {p.canPublish && (
        <fieldset className="space-y-3 rounded border border-slate-300 p-4">
          <legend className="px-1 font-medium">{labels.changeNoteLegend}</legend>
          <TextField name="changeNote" label={labels.changeNote} hint={labels.changeNoteHint} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="major" className="h-5 w-5" />
            {labels.major}
          </label>
        </fieldset>
      )}
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="draft" variant="secondary">
          {labels.saveDraft}
        </SubmitButton>
        {p.canSubmit && (
          <SubmitButton name="intent" value="review" variant="secondary">
            {labels.submitForReview}
          </SubmitButton>
        )}
        {p.canPublish && (
          <SubmitButton name="intent" value="publish">
            {labels.publish}
          </SubmitButton>
        )}
      </div>
    </ActionForm>
  );
}

export function ReviewForm(p: {
  type: string;
  id: string;
  locale: string;
  version: number;
  labels: Labels;
  messages: FormMessages;
}) {
  return (
    <ActionForm
      action={reviewTranslationAction}
      initial={initialFormState}
      messages={p.messages}
      success={(data) => <p>{p.labels[`saved_${(data as { status: string }).status}`]}</p>}
    >
      <TranslationRef {...p} />
      <TextField name="comment" label={p.labels.reviewComment} multiline rows={2} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="approve">
          {p.labels.approve}
        </SubmitButton>
        <SubmitButton name="decision" value="send_back" variant="secondary">
          {p.labels.sendBack}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}

export function ArchiveForm(p: {
  type: string;
  id: string;
  locale: string;
  version: number;
  labels: Labels;
  messages: FormMessages;
}) {
  return (
    <ActionForm
      action={archiveTranslationAction}
      initial={initialFormState}
      messages={p.messages}
      success={() => <p>{p.labels.saved_archived}</p>}
    >
      <TranslationRef {...p} />
      <SubmitButton variant="danger">{p.labels.archive}</SubmitButton>
    </ActionForm>
  );
}

/** Plans a publication or an archiving at a Brussels date and time (lib/actions/schedule.ts). */
export function ScheduleForm(p: {
  type: string;
  id: string;
  locale: string;
  canArchive: boolean;
  /** The earliest value the field offers, on Brussels' wall clock. */
  min: string;
  labels: Labels;
  messages: FormMessages;
  /** The admin's interface language, to write the planned moment. */
  uiLocale: string;
}) {
  const { labels } = p;
  return (
    <ActionForm
      action={scheduleJobAction}
      initial={initialFormState}
      messages={p.messages}
      labelledBy="schedule-heading"
      success={(data) => (
        <p>
          {labels.scheduleSaved.replace(
            "{date}",
            new Intl.DateTimeFormat(p.uiLocale, {
              dateStyle: "long",
              timeStyle: "medium",
              timeZone: "Europe/Brussels",
            }).format(new Date((data as { runAt: string }).runAt)),
          )}
        </p>
      )}
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <SelectField
        name="action"
        label={labels.scheduleAction}
        options={[
          { value: "publish", label: labels.schedulePublish },
          ...(p.canArchive ? [{ value: "archive", label: labels.scheduleArchive }] : []),
        ]}
        defaultValue="publish"
      />
      <TextField
        name="runAt"
        type="datetime-local"
        step={1}
        min={p.min}
        label={labels.scheduleWhen}
        hint={labels.scheduleWhenHint}
        required
      />
      <TextField name="note" label={labels.scheduleNote} hint={labels.changeNoteHint} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="noteMajor" className="h-5 w-5" />
        {labels.scheduleMajor}
      </label>
      <SubmitButton variant="secondary">{labels.scheduleSubmit}</SubmitButton>
    </ActionForm>
  );
}

export function CancelJobForm(p: { jobId: string; label: string; labels: Labels; messages: FormMessages }) {
  return (
    <ActionForm
      action={cancelJobAction}
      initial={initialFormState}
      messages={p.messages}
      success={() => <p>{p.labels.jobCancelled}</p>}
    >
      <HiddenField name="jobId" value={p.jobId} />
      <button type="submit" aria-label={p.label} className="underline">
        {p.labels.cancelJob}
      </button>
    </ActionForm>
  );
}

export interface FactField {
  name: string;
  label: string;
  kind: "text" | "number" | "url" | "month" | "select" | "checkbox" | "checkboxes";
  options?: Option[];
  value?: string | string[] | boolean;
}

function FactFields({ fields }: { fields: FactField[] }) {
  return (
    <>
      {fields.map((f) =>
        f.kind === "select" ? (
          <SelectField
            key={f.name}
            name={f.name}
            label={f.label}
            options={f.options!}
            defaultValue={f.value as string}
          />
        ) : f.kind === "checkboxes" ? (
          <CheckboxGroup
            key={f.name}
            name={f.name}
            legend={f.label}
            options={f.options!}
            defaultValue={f.value as string[]}
          />
        ) : f.kind === "checkbox" ? (
          <label key={f.name} className="flex items-center gap-2">
            <input type="checkbox" name={f.name} defaultChecked={f.value === true} className="h-5 w-5" />
            {f.label}
          </label>
        ) : (
          <TextField
            key={f.name}
            name={f.name}
            label={f.label}
            type={f.kind === "number" ? "number" : f.kind === "url" ? "url" : "text"}
            hint={f.kind === "month" ? "YYYY-MM" : undefined}
            defaultValue={(f.value as string) ?? ""}
          />
        ),
      )}
    </>
  );
}

export function FactsForm(p: {
  type: string;
  id: string;
  updatedAt: string;
  fields: FactField[];
  labels: Labels;
  messages: FormMessages;
}) {
  return (
    <ActionForm
      action={updateFactsAction}
      initial={initialFormState}
      messages={p.messages}
      success={() => <p>{p.labels.factsSaved}</p>}
      labelledBy="facts-heading"
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="updatedAt" value={p.updatedAt} />
      <FactFields fields={p.fields} />
      <SubmitButton variant="secondary">{p.labels.saveFacts}</SubmitButton>
    </ActionForm>
  );
}

export function CreateEntityForm(p: {
  type: string;
  locales: Option[];
  fields: FactField[];
  labels: Labels;
  messages: FormMessages;
}) {
  return (
    <ActionForm action={createEntityAction} initial={initialFormState} messages={p.messages}>
      <HiddenField name="type" value={p.type} />
      <SelectField name="locale" label={p.labels.firstLanguage} options={p.locales} />
      <TextField name="name" label={p.labels.name} required />
      <FactFields fields={p.fields} />
      <SubmitButton>{p.labels.create}</SubmitButton>
    </ActionForm>
  );
}

export function DeleteEntityForm(p: { type: string; id: string; labels: Labels; messages: FormMessages }) {
  return (
    <ActionForm action={deleteEntityAction} initial={initialFormState} messages={p.messages}>
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="confirm" value="yes" className="h-5 w-5" />
        {p.labels.confirmDelete}
      </label>
      <SubmitButton variant="danger">{p.labels.delete}</SubmitButton>
    </ActionForm>
  );
}
