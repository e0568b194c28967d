"use client";

import { useTranslations } from "next-intl";
import { startTwoFactorAction } from "@/lib/actions/two-factor-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";

/** Makes a new key (the page then shows its QR code); again, when an enrolment was started. */
export function StartTwoFactorForm({ again }: { again: boolean }) {
  const t = useTranslations("TwoFactor");
  return (
    <ActionForm id="two-factor-start" action={startTwoFactorAction}>
      <SubmitButton variant={again ? "secondary" : "primary"}>
        {again ? t("restart") : t("start")}
      </SubmitButton>
    </ActionForm>
  );
}
