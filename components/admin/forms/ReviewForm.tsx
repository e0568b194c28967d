"use client";

import { useTranslations } from "next-intl";
import { reviewTranslationAction } from "@/lib/actions/content-actions";
import { LIMITS } from "@/lib/validation/limits";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField, TextField } from "../form/fields";
import { newerTranslationVersion, type TranslationRef } from "./translation-ref";

/**
 * An editor's decision on a translation in review: publish it, or send it back with a comment.
 * Where a second pair of eyes is required, its author can only send it back, and is told why.
 */
export function ReviewForm(p: TranslationRef & { canApprove: boolean }) {
  const t = useTranslations("Editor");
  const review = useTranslations("Review");
  return (
    <ActionForm<{
      status: "draft" | "published";
      version: number;
      returnedTo: "self" | "author" | "draft";
      authorName: string | null;
    }>
      id="review"
      action={reviewTranslationAction}
      values={{ comment: "" }}
      version={String(p.version)}
      versionField="version"
      conflictOf={newerTranslationVersion}
      savedOf={(saved) => ({ version: String(saved.version) })}
      resetOnSuccess
      success={(saved) => (
        <p>
          {saved.status === "published"
            ? t("saved_published")
            : saved.returnedTo === "self"
              ? t("sentBackOwn")
              : saved.returnedTo === "author" && saved.authorName
                ? t("sentBackTo", { name: saved.authorName })
                : t("sentBack")}
        </p>
      )}
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <TextField name="comment" label={t("reviewComment")} multiline rows={2} maxLength={LIMITS.note} />
      {!p.canApprove && (
        <p id="review-own-change" className="border-l-4 border-amber-600 bg-amber-50 p-3 dark:bg-slate-900">
          {review("ownChangeNoApprove")}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {p.canApprove && (
          <SubmitButton name="decision" value="approve">
            {t("approve")}
          </SubmitButton>
        )}
        <SubmitButton name="decision" value="send_back" variant="secondary">
          {t("sendBack")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
