"use client";

import { useTranslations } from "next-intl";
import { restoreRevisionAction } from "@/lib/actions/content-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField } from "../form/fields";
import type { TranslationRef } from "./translation-ref";

/** Makes an earlier revision the working copy again, as a new draft. */
export function RestoreForm(p: TranslationRef & { revisionId: string; revisionVersion: number }) {
  const t = useTranslations("History");
  return (
    <ActionForm<{ version: number }>
      id={`restore-${p.revisionId}`}
      action={restoreRevisionAction}
      version={String(p.version)}
      versionField="version"
      savedOf={(saved) => ({ version: String(saved.version) })}
      success={() => <p>{t("restored")}</p>}
      className="flex flex-wrap items-center gap-3"
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <HiddenField name="revisionId" value={p.revisionId} />
      <SubmitButton variant="secondary">{t("restore", { version: p.revisionVersion })}</SubmitButton>
    </ActionForm>
  );
}
