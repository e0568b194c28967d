"use client";

import { useTranslations } from "next-intl";
import { setTwoFactorPolicyAction } from "@/lib/actions/two-factor-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { CheckboxGroup } from "../form/fields";

interface Newer {
  roles: string[];
  updatedAt: string;
}

const roles = ["admin", "editor", "translator"] as const;

/** Which roles must use two-step sign-in; an admin's save never overwrites another's unseen. */
export function TwoFactorPolicyForm({ policy }: { policy: { roles: string[]; updatedAt: string } }) {
  const t = useTranslations("TwoFactor");
  const admin = useTranslations("Admin");
  return (
    <ActionForm<{ updatedAt: string }>
      id="two-factor-policy"
      action={setTwoFactorPolicyAction}
      values={{ roles: policy.roles }}
      version={policy.updatedAt}
      versionField="updatedAt"
      savedOf={(saved) => ({ version: saved.updatedAt })}
      conflictOf={(detail) => {
        const newer = detail as Newer | undefined;
        return newer?.updatedAt
          ? { values: { roles: newer.roles }, version: newer.updatedAt, by: null, at: newer.updatedAt }
          : null;
      }}
      labelledBy="two-factor-policy-heading"
      success={() => <p>{t("policySaved")}</p>}
    >
      <CheckboxGroup
        name="roles"
        legend={t("policyRoles")}
        options={roles.map((role) => ({ value: role, label: admin(`role_${role}`) }))}
      />
      <SubmitButton>{t("policySave")}</SubmitButton>
    </ActionForm>
  );
}
