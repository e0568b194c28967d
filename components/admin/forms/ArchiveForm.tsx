"use client";

import { useTranslations } from "next-intl";
import { archiveTranslationAction } from "@/lib/actions/content-actions";
import { ActionForm } from "../form/ActionForm";
import { ConfirmSubmit } from "../form/buttons";
import { HiddenField } from "../form/fields";
import { newerTranslationVersion, type TranslationRef } from "./translation-ref";

/** Takes a published translation off the site, after saying what that means. */
export function ArchiveForm(p: TranslationRef & { language: string; path: string | null }) {
  const t = useTranslations("Editor");
  return (
    <ActionForm<{ version: number }>
      id="archive"
      action={archiveTranslationAction}
      version={String(p.version)}
      versionField="version"
      conflictOf={newerTranslationVersion}
      savedOf={(saved) => ({ version: String(saved.version) })}
      success={() => <p>{t("archivedDone", { language: p.language, path: p.path ?? "" })}</p>}
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <ConfirmSubmit
        title={t("archiveTitle", { language: p.language })}
        confirm={t("archiveConfirm")}
        question={<p>{t("archiveQuestion", { language: p.language, path: p.path ?? "" })}</p>}
      >
        {t("archive")}
      </ConfirmSubmit>
    </ActionForm>
  );
}
