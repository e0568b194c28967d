"use client";

import { useTranslations } from "next-intl";
import { updateUserAction } from "@/lib/actions/user-actions";
import { LIMITS } from "@/lib/validation/limits";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField, TextField } from "../form/fields";
import { RoleAndLanguages } from "./UserFields";

interface Newer {
  name: string;
  role: string;
  locales: string[];
  updatedAt: string;
}

export function EditUserForm({
  user,
}: {
  user: { id: string; name: string; role: string; locales: string[]; updatedAt: string };
}) {
  const t = useTranslations("Users");
  return (
    <ActionForm<{ updatedAt: string }>
      id="edit-user"
      action={updateUserAction}
      values={{ name: user.name, role: user.role, locales: user.locales }}
      version={user.updatedAt}
      versionField="updatedAt"
      savedOf={(saved) => ({ version: saved.updatedAt })}
      conflictOf={(detail) => {
        const newer = detail as Newer | undefined;
        return newer?.updatedAt
          ? {
              values: { name: newer.name, role: newer.role, locales: newer.locales },
              version: newer.updatedAt,
              by: null,
              at: newer.updatedAt,
            }
          : null;
      }}
      success={() => <p>{t("saved")}</p>}
    >
      <HiddenField name="id" value={user.id} />
      <TextField name="name" label={t("name")} required maxLength={LIMITS.userName} />
      <RoleAndLanguages />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
