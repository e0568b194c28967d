"use client";

import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/review-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField } from "../form/fields";

export function MarkReadForm({ id, label }: { id: string; /** Names the notification. */ label: string }) {
  const t = useTranslations("Notifications");
  return (
    <ActionForm
      id={`read-${id}`}
      action={markNotificationReadAction}
      success={() => <p>{t("markedRead")}</p>}
    >
      <HiddenField name="id" value={id} />
      <button type="submit" aria-label={label} className="mt-1 underline">
        {t("markRead")}
      </button>
    </ActionForm>
  );
}

export function MarkAllReadForm() {
  const t = useTranslations("Notifications");
  return (
    <ActionForm
      id="read-all"
      action={markAllNotificationsReadAction}
      success={() => <p>{t("markedAllRead")}</p>}
    >
      <SubmitButton variant="secondary">{t("markAllRead")}</SubmitButton>
    </ActionForm>
  );
}
