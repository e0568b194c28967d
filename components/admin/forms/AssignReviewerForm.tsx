"use client";

import { useTranslations } from "next-intl";
import { assignReviewerAction } from "@/lib/actions/review-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField, SelectField, type Option } from "../form/fields";
import type { TranslationRef } from "./translation-ref";

/** Gives a translation in review to one reviewer, or to anyone who reviews its language. */
export function AssignReviewerForm(p: TranslationRef & { reviewerId: string | null; reviewers: Option[] }) {
  const t = useTranslations("Review");
  const current = p.reviewerId ?? "";
  return (
    <ActionForm<{ reviewerId: string }>
      id="assign"
      action={assignReviewerAction}
      values={{ reviewerId: current }}
      savedOf={(saved) => ({ values: { reviewerId: saved.reviewerId } })}
      success={(saved) => <p>{saved.reviewerId ? t("assigned") : t("unassigned")}</p>}
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <HiddenField name="version" value={String(p.version)} />
      {/* The reviewer shown: a change made by someone else since is not overwritten. */}
      <HiddenField name="currentReviewerId" value={current} />
      <SelectField
        name="reviewerId"
        label={t("reviewer")}
        options={[{ value: "", label: t("anyReviewer") }, ...p.reviewers]}
      />
      <SubmitButton variant="secondary">{t("assign")}</SubmitButton>
    </ActionForm>
  );
}
