"use client";

import { useTranslations } from "next-intl";
import { resetUserPasswordAction } from "@/lib/actions/user-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField } from "../form/fields";

export function ResetPasswordForm({ id }: { id: string }) {
  const t = useTranslations("Users");
  return (
    <ActionForm<{ password: string }>
      id="reset-password"
      action={resetUserPasswordAction}
      success={({ password }) => (
        <p>
          {t("passwordReset")}{" "}
          <code
            className="rounded bg-white px-2 py-1 font-mono text-lg text-black"
            data-testid="one-time-password"
          >
            {password}
          </code>
        </p>
      )}
    >
      <HiddenField name="id" value={id} />
      <SubmitButton variant="secondary">{t("resetPassword")}</SubmitButton>
    </ActionForm>
  );
}
