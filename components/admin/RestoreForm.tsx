"use client";

import { restoreRevisionAction } from "@/lib/actions/content-actions";
import { initialFormState } from "@/lib/actions/form-state";
import { ActionForm, HiddenField, SubmitButton, type FormMessages } from "./form";

export function RestoreForm(p: {
  type: string;
  id: string;
  locale: string;
  version: number;
  revisionId: string;
  labels: { restore: string; restored: string };
  messages: FormMessages;
}) {
  return (
    <ActionForm
      action={restoreRevisionAction}
      initial={initialFormState}
      messages={p.messages}
      success={() => <p>{p.labels.restored}</p>}
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <HiddenField name="version" value={String(p.version)} />
      <HiddenField name="revisionId" value={p.revisionId} />
      <SubmitButton variant="secondary">{p.labels.restore}</SubmitButton>
    </ActionForm>
  );
}
