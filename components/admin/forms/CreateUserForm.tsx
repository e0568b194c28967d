"use client";

import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/actions/user-actions";
import { LIMITS } from "@/lib/validation/limits";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { SelectField, TextField } from "../form/fields";
import { OneTimePassword, RoleAndLanguages } from "./UserFields";
import { localeOptions } from "./user-options";

/** An admin creates an account; the one-time password is shown once, in the success message. */
export function CreateUserForm() {
  const t = useTranslations("Users");
  return (
    <ActionForm<{ email: string; password: string }>
      id="create-user"
      action={createUserAction}
      values={{ name: "", email: "", role: "translator", locales: [], uiLocale: "en" }}
      resetOnSuccess
      labelledBy="create-heading"
      success={({ email, password }) => (
        <OneTimePassword intro={t("created", { email })} password={password} />
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
      <RoleAndLanguages />
      <SelectField name="uiLocale" label={t("uiLocale")} options={localeOptions} />
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
