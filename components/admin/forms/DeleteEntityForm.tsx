"use client";

import { useTranslations } from "next-intl";
import { deleteEntityAction } from "@/lib/actions/content-actions";
import { ActionForm } from "../form/ActionForm";
import { ConfirmSubmit } from "../form/buttons";
import { HiddenField } from "../form/fields";

/** Deletes an item in every language, after saying what that means. */
export function DeleteEntityForm(p: { type: string; id: string; name: string }) {
  const t = useTranslations("Editor");
  return (
    <ActionForm id="delete" action={deleteEntityAction}>
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <p className="mb-3">{t("deleteIntro")}</p>
      <ConfirmSubmit
        title={t("deleteTitle", { name: p.name })}
        confirm={t("delete")}
        question={<p>{t("deleteQuestion")}</p>}
      >
        {t("deleteButton")}
      </ConfirmSubmit>
    </ActionForm>
  );
}
