"use client";

import { useTranslations } from "next-intl";
import { changeOwnPasswordAction } from "@/lib/actions/user-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { TextField } from "../form/fields";

export function ChangePasswordForm() {
  const t = useTranslations("Account");
  return (
    <ActionForm
      id="password"
      action={changeOwnPasswordAction}
      values={{ current: "", next: "", confirm: "" }}
      resetOnSuccess
      labelledBy="password-heading"
      success={() => <p>{t("passwordChanged")}</p>}
    >
      <TextField
        name="current"
        label={t("current")}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField name="next" label={t("next")} type="password" autoComplete="new-password" required />
      <TextField name="confirm" label={t("confirm")} type="password" autoComplete="new-password" required />
      <SubmitButton>{t("changePassword")}</SubmitButton>
    </ActionForm>
  );
}
