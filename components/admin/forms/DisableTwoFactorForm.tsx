"use client";

import { useTranslations } from "next-intl";
import { disableTwoFactorAction } from "@/lib/actions/two-factor-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { TextField } from "../form/fields";

/** Turning it off asks for the password: a session left open is not enough. */
export function DisableTwoFactorForm() {
  const t = useTranslations("TwoFactor");
  return (
    <ActionForm
      id="two-factor-disable"
      action={disableTwoFactorAction}
      values={{ password: "" }}
      labelledBy="two-factor-disable-heading"
    >
      <h3 id="two-factor-disable-heading" className="text-xl">
        {t("disableHeading")}
      </h3>
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
      />
      <SubmitButton variant="danger">{t("disable")}</SubmitButton>
    </ActionForm>
  );
}
