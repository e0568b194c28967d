"use client";

import { useTranslations } from "next-intl";
import { CheckboxGroup, SelectField } from "../form/fields";
import { localeOptions, roles } from "./user-options";

/** An account's role and the languages a translator may edit (creating and editing a user). */
export function RoleAndLanguages() {
  const t = useTranslations("Users");
  const admin = useTranslations("Admin");
  return (
    <>
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
    </>
  );
}

/** A one-time password, shown once after it was made. */
export function OneTimePassword({ intro, password }: { intro: string; password: string }) {
  return (
    <p>
      {intro}{" "}
      <code
        className="rounded bg-white px-2 py-1 font-mono text-lg text-black"
        data-testid="one-time-password"
      >
        {password}
      </code>
    </p>
  );
}
