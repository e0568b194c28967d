"use client";

import { useTranslations } from "next-intl";
import { setUserActiveAction } from "@/lib/actions/user-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField } from "../form/fields";

export function UserStatusForm({ id, active }: { id: string; active: boolean }) {
  const t = useTranslations("Users");
  return (
    <ActionForm<{ active: boolean }>
      id="user-status"
      action={setUserActiveAction}
      success={(data) => <p>{data.active ? t("activated") : t("deactivated")}</p>}
    >
      <HiddenField name="id" value={id} />
      <HiddenField name="active" value={active ? "false" : "true"} />
      <SubmitButton variant={active ? "danger" : "secondary"}>
        {active ? t("deactivate") : t("activate")}
      </SubmitButton>
    </ActionForm>
  );
}
