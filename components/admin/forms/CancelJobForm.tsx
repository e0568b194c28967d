"use client";

import { useTranslations } from "next-intl";
import { cancelJobAction } from "@/lib/actions/content-actions";
import { ActionForm } from "../form/ActionForm";
import { HiddenField } from "../form/fields";

export function CancelJobForm({
  jobId,
  label,
}: {
  jobId: string;
  /** Names the plan it cancels. */ label: string;
}) {
  const t = useTranslations("Editor");
  return (
    <ActionForm id={`cancel-${jobId}`} action={cancelJobAction} success={() => <p>{t("jobCancelled")}</p>}>
      <HiddenField name="jobId" value={jobId} />
      <button type="submit" aria-label={label} className="underline">
        {t("cancelJob")}
      </button>
    </ActionForm>
  );
}
