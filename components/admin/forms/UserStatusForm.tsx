"use client";

import { useTranslations } from "next-intl";
import { setUserActiveAction } from "@/lib/actions/user-actions";
import { ActionForm } from "../form/ActionForm";
import { ConfirmSubmit, SubmitButton } from "../form/buttons";
import { HiddenField } from "../form/fields";

/** Deactivates a user (after saying what that does) or reactivates them. */
export function UserStatusForm({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations("Users");
  return (
    <ActionForm<{ active: boolean }>
      id="user-status"
      action={setUserActiveAction}
      success={(data) => <p>{data.active ? t("activated") : t("deactivatedName", { name })}</p>}
    >
      <HiddenField name="id" value={id} />
      <HiddenField name="active" value={active ? "false" : "true"} />
      {active ? (
        <ConfirmSubmit
          title={t("deactivateTitle", { name })}
          confirm={t("deactivate")}
          question={<p>{t("deactivateQuestion", { name })}</p>}
        >
          {t("deactivate")}
        </ConfirmSubmit>
      ) : (
        <SubmitButton variant="secondary">{t("activate")}</SubmitButton>
      )}
    </ActionForm>
  );
}
