"use client";

import { useTranslations } from "next-intl";
import { createEntityAction } from "@/lib/actions/content-actions";
import { LIMITS } from "@/lib/validation/limits";
import { ActionForm, type Values } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField, SelectField, TextField, type Option } from "../form/fields";
import { FactFields, type FactField } from "./FactFields";

/** A new item: the language and name of its first translation, and its facts. */
export function CreateEntityForm(p: {
  type: string;
  locales: Option[];
  fields: FactField[];
  values: Values;
  draftKey: string;
}) {
  const t = useTranslations("Editor");
  return (
    <ActionForm
      id="create"
      action={createEntityAction}
      values={{ locale: p.locales[0]?.value ?? "", name: "", ...p.values }}
      draftKey={p.draftKey}
      labelledBy="create-heading"
    >
      <HiddenField name="type" value={p.type} />
      <SelectField name="locale" label={t("firstLanguage")} options={p.locales} />
      <TextField name="name" label={t("name")} required maxLength={LIMITS.name} />
      <FactFields fields={p.fields} />
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
