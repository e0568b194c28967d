"use client";

import { useTranslations } from "next-intl";
import { resetUserPasswordAction } from "@/lib/actions/user-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField } from "../form/fields";
import { OneTimePassword } from "./UserFields";

export function ResetPasswordForm({ id }: { id: string }) {
  const t = useTranslations("Users");
  return (
    <ActionForm<{ password: string }>
      id="reset-password"
      action={resetUserPasswordAction}
      success={({ password }) => <OneTimePassword intro={t("passwordReset")} password={password} />}
    >
      <HiddenField name="id" value={id} />
      <SubmitButton variant="secondary">{t("resetPassword")}</SubmitButton>
    </ActionForm>
  );
}
