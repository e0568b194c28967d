"use client";

import { useTranslations } from "next-intl";
import { resetUserTwoFactorAction } from "@/lib/actions/two-factor-actions";
import { ActionForm } from "../form/ActionForm";
import { ConfirmSubmit } from "../form/buttons";
import { HiddenField } from "../form/fields";

/**
 * An admin's recovery for someone who lost their device: their two-step sign-in is turned off
 * and they set it up again. The form stays after it succeeded, to say so.
 */
export function ResetTwoFactorForm({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const t = useTranslations("TwoFactor");
  return (
    <ActionForm
      id="two-factor-reset"
      action={resetUserTwoFactorAction}
      success={() => <p>{t("resetDone", { name })}</p>}
    >
      <p>{enabled ? t("userOn") : t("userOff")}</p>
      {enabled && (
        <>
          <HiddenField name="id" value={id} />
          <ConfirmSubmit
            title={t("resetTitle", { name })}
            confirm={t("reset")}
            question={<p>{t("resetQuestion", { name })}</p>}
          >
            {t("reset")}
          </ConfirmSubmit>
        </>
      )}
    </ActionForm>
  );
}
