"use client";

import { ActionForm, SelectField, SubmitButton, TextField, type FormMessages } from "./form";
import { initialFormState } from "@/lib/actions/form-state";
import { changeOwnPasswordAction, setUiLocaleAction } from "@/lib/actions/user-actions";

export function ChangePasswordForm({
  labels,
  messages,
}: {
  labels: { current: string; next: string; confirm: string; submit: string; done: string };
  messages: FormMessages;
}) {
  return (
    <ActionForm
      action={changeOwnPasswordAction}
      initial={initialFormState}
      messages={messages}
      success={() => <p>{labels.done}</p>}
      labelledBy="password-heading"
    >
      <TextField
        name="current"
        label={labels.current}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField name="next" label={labels.next} type="password" autoComplete="new-password" required />
      <TextField name="confirm" label={labels.confirm} type="password" autoComplete="new-password" required />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}

export function UiLocaleForm({
  labels,
  messages,
  current,
  options,
}: {
  labels: { language: string; submit: string; done: string };
  messages: FormMessages;
  current: string;
  options: { value: string; label: string }[];
}) {
  return (
    <ActionForm
      action={setUiLocaleAction}
      initial={initialFormState}
      messages={messages}
      success={() => <p>{labels.done}</p>}
      labelledBy="language-heading"
    >
      <SelectField name="uiLocale" label={labels.language} options={options} defaultValue={current} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
