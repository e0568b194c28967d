"use client";

import { useTranslations } from "next-intl";
import { setEmailNotificationsAction } from "@/lib/actions/review-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { Checkbox } from "../form/fields";

/** Turns the e-mails about reviews on or off for the signed-in user. */
export function EmailNotificationsForm({ enabled }: { enabled: boolean }) {
  const t = useTranslations("Notifications");
  return (
    <ActionForm<{ emailNotifications: boolean }>
      id="email-notifications"
      action={setEmailNotificationsAction}
      values={{ emailNotifications: enabled ? "on" : "" }}
      labelledBy="email-heading"
      success={(saved) => <p>{t(saved.emailNotifications ? "emailOn" : "emailOff")}</p>}
    >
      <p className="mb-3 max-w-prose">{t("emailHint")}</p>
      <Checkbox name="emailNotifications" label={t("emailLabel")} />
      <SubmitButton>{t("emailSave")}</SubmitButton>
    </ActionForm>
  );
}
