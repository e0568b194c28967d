"use client";

import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/actions/user-actions";
import { LIMITS } from "@/lib/validation/limits";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { CheckboxGroup, SelectField, TextField } from "../form/fields";
import { localeOptions, roles } from "./user-options";

/** An admin creates an account; the one-time password is shown once, in the success message. */
export function CreateUserForm() {
  const t = useTranslations("Users");
  const admin = useTranslations("Admin");
  return (
    <ActionForm<{ email: string; password: string }>
      id="create-user"
      action={createUserAction}
      values={{ name: "", email: "", role: "translator", locales: [], uiLocale: "en" }}
      resetOnSuccess
      labelledBy="create-heading"
      success={({ email, password }) => (
        <p>
          {t("created", { email })}{" "}
          <code
            className="rounded bg-white px-2 py-1 font-mono text-lg text-black"
            data-testid="one-time-password"
          >
            {password}
          </code>
        </p>
      )}
    >
      <TextField name="name" label={t("name")} autoComplete="off" required maxLength={LIMITS.userName} />
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="off"
        required
        maxLength={LIMITS.email}
      />
      <SelectField
        name="role"
        label={t("role")}
        options={roles.map((r) => ({ value: r, label: admin(`role_${r}`) }))}
      />
      <CheckboxGroup
        name="locales"
        legend={t("languages")}
        hint={t("languagesHint")}
        options={localeOptions}
      />
      <SelectField name="uiLocale" label={t("uiLocale")} options={localeOptions} />
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
