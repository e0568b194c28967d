"use client";

import { useTranslations } from "next-intl";
import { setUiLocaleAction } from "@/lib/actions/user-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { SelectField } from "../form/fields";
import { localeOptions } from "./user-options";

export function UiLocaleForm({ current }: { current: string }) {
  const t = useTranslations("Account");
  return (
    <ActionForm
      id="ui-locale"
      action={setUiLocaleAction}
      values={{ uiLocale: current }}
      labelledBy="language-heading"
      success={() => <p>{t("languageSaved")}</p>}
    >
      <SelectField name="uiLocale" label={t("languageHeading")} options={localeOptions} />
      <SubmitButton>{t("saveLanguage")}</SubmitButton>
    </ActionForm>
  );
}
