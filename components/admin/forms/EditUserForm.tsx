"use client";

import { useTranslations } from "next-intl";
import { updateUserAction } from "@/lib/actions/user-actions";
import { LIMITS } from "@/lib/validation/limits";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { CheckboxGroup, HiddenField, SelectField, TextField } from "../form/fields";
import { localeOptions, roles } from "./user-options";

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
  const admin = useTranslations("Admin");
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
      <SelectField
        name="role"
        label={t("role")}
        options={roles.map((r) => ({ value: r, label: admin(`role_${r}`) }))}
      />
      <CheckboxGroup
        name="locales"
        legend={t("languages")}
        hint={t("languagesHint")}
        options={localeOptions}
      />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
