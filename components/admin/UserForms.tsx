"use client";

import {
  ActionForm,
  CheckboxGroup,
  HiddenField,
  SelectField,
  SubmitButton,
  TextField,
  type FormMessages,
} from "./form";
import { initialFormState } from "@/lib/actions/form-state";
import {
  createUserAction,
  resetUserPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/lib/actions/user-actions";

export interface UserFormLabels {
  name: string;
  email: string;
  role: string;
  roles: { value: string; label: string }[];
  languages: string;
  languagesHint: string;
  localeOptions: { value: string; label: string; lang: string }[];
  uiLocale: string;
  submit: string;
  /** Success text with {email} and {password} filled in by the form. */
  created?: string;
  saved?: string;
}

export function CreateUserForm({ labels, messages }: { labels: UserFormLabels; messages: FormMessages }) {
  return (
    <ActionForm
      action={createUserAction}
      initial={initialFormState}
      messages={messages}
      labelledBy="create-heading"
      success={(data) => {
        const { email, password } = data as { email: string; password: string };
        return (
          <p>
            {labels.created!.replace("{email}", email).replace("{password}", "")}
            <code
              className="ml-1 rounded bg-white px-2 py-1 font-mono text-lg text-black"
              data-testid="one-time-password"
            >
              {password}
            </code>
          </p>
        );
      }}
    >
      <TextField name="name" label={labels.name} autoComplete="off" required />
      <TextField name="email" label={labels.email} type="email" autoComplete="off" required />
      <SelectField name="role" label={labels.role} options={labels.roles} defaultValue="translator" />
      <CheckboxGroup
        name="locales"
        legend={labels.languages}
        hint={labels.languagesHint}
        options={labels.localeOptions}
      />
      <SelectField name="uiLocale" label={labels.uiLocale} options={labels.localeOptions} defaultValue="en" />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}

export function EditUserForm({
  labels,
  messages,
  user,
}: {
  labels: UserFormLabels;
  messages: FormMessages;
  user: { id: string; name: string; role: string; locales: string[]; updatedAt: string };
}) {
  return (
    <ActionForm
      action={updateUserAction}
      initial={initialFormState}
      messages={messages}
      success={() => <p>{labels.saved}</p>}
    >
      <HiddenField name="id" value={user.id} />
      <HiddenField name="updatedAt" value={user.updatedAt} />
      <TextField name="name" label={labels.name} defaultValue={user.name} required />
      <SelectField name="role" label={labels.role} options={labels.roles} defaultValue={user.role} />
      <CheckboxGroup
        name="locales"
        legend={labels.languages}
        hint={labels.languagesHint}
        options={labels.localeOptions}
        defaultValue={user.locales}
      />
      <SubmitButton>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}

export function UserStatusForm({
  id,
  active,
  messages,
  labels,
}: {
  id: string;
  active: boolean;
  messages: FormMessages;
  labels: { deactivate: string; activate: string; deactivated: string; activated: string };
}) {
  return (
    <ActionForm
      action={setUserActiveAction}
      initial={initialFormState}
      messages={messages}
      success={(data) => (
        <p>{(data as { active: boolean }).active ? labels.activated : labels.deactivated}</p>
      )}
    >
      <HiddenField name="id" value={id} />
      <HiddenField name="active" value={active ? "false" : "true"} />
      <SubmitButton variant={active ? "danger" : "secondary"}>
        {active ? labels.deactivate : labels.activate}
      </SubmitButton>
    </ActionForm>
  );
}

export function ResetPasswordForm({
  id,
  messages,
  labels,
}: {
  id: string;
  messages: FormMessages;
  labels: { reset: string; done: string };
}) {
  return (
    <ActionForm
      action={resetUserPasswordAction}
      initial={initialFormState}
      messages={messages}
      success={(data) => (
        <p>
          {labels.done.replace("{password}", "")}
          <code
            className="ml-1 rounded bg-white px-2 py-1 font-mono text-lg text-black"
            data-testid="one-time-password"
          >
            {(data as { password: string }).password}
          </code>
        </p>
      )}
    >
      <HiddenField name="id" value={id} />
      <SubmitButton variant="secondary">{labels.reset}</SubmitButton>
    </ActionForm>
  );
}
