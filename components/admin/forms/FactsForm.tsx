"use client";

import { useTranslations } from "next-intl";
import { updateFactsAction } from "@/lib/actions/content-actions";
import { ActionForm, type Values } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField } from "../form/fields";
import { FactFields, type FactField } from "./FactFields";

export type { FactField };

/** Whatever the server's facts form needs to adopt a newer state of the facts. */
interface Newer {
  updatedAt?: string;
  authorName?: string | null;
}

/** The language-independent facts of an item (region, website, dates…), once for all languages. */
export function FactsForm(p: {
  type: string;
  id: string;
  /** The facts' version token: the entity's last change. */
  updatedAt: string;
  fields: FactField[];
  values: Values;
  draftKey: string;
}) {
  const t = useTranslations("Editor");
  return (
    <ActionForm<{ updatedAt?: string }>
      id="facts"
      action={updateFactsAction}
      values={p.values}
      version={p.updatedAt}
      versionField="updatedAt"
      draftKey={p.draftKey}
      labelledBy="facts-heading"
      savedOf={(saved) => (saved.updatedAt ? { version: saved.updatedAt } : {})}
      conflictOf={(detail) => {
        const newer = detail as Newer | undefined;
        if (!newer?.updatedAt) return null;
        // Their values are the page's, refreshed with the answer.
        return { version: newer.updatedAt, by: newer.authorName ?? null, at: newer.updatedAt };
      }}
      success={() => <p>{t("factsSaved")}</p>}
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <FactFields fields={p.fields} />
      <SubmitButton variant="secondary">{t("saveFacts")}</SubmitButton>
    </ActionForm>
  );
}
