"use client";

import { useTranslations } from "next-intl";
import { withdrawTranslationAction } from "@/lib/actions/content-actions";
import { LIMITS } from "@/lib/validation/limits";
import { ActionForm } from "../form/ActionForm";
import { ConfirmSubmit } from "../form/buttons";
import { HiddenField, TextField } from "../form/fields";
import { newerTranslationVersion, type TranslationRef } from "./translation-ref";

/**
 * Withdraws a published translation: its page stays, with the explanation typed here (in the
 * page's language) and the date. The explanation is kept in the form whatever the answer.
 */
export function WithdrawForm(
  p: TranslationRef & { language: string; path: string | null; draftKey: string },
) {
  const t = useTranslations("Editor");
  return (
    <ActionForm<{ version: number }>
      id="withdraw"
      action={withdrawTranslationAction}
      values={{ note: "" }}
      draftKey={p.draftKey}
      version={String(p.version)}
      versionField="version"
      conflictOf={newerTranslationVersion}
      savedOf={(saved) => ({ version: String(saved.version) })}
      success={() => <p>{t("withdrawnDone", { language: p.language, path: p.path ?? "" })}</p>}
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <p className="text-sm">{t("withdrawIntro", { path: p.path ?? "" })}</p>
      <TextField
        name="note"
        label={t("withdrawNote", { language: p.language })}
        hint={t("withdrawNoteHint")}
        multiline
        rows={3}
        maxLength={LIMITS.note}
        lang={p.locale}
        required
      />
      <ConfirmSubmit
        title={t("withdrawTitle", { language: p.language })}
        confirm={t("withdrawConfirm")}
        question={<p>{t("withdrawQuestion", { path: p.path ?? "" })}</p>}
      >
        {t("withdraw")}
      </ConfirmSubmit>
    </ActionForm>
  );
}
