"use client";

import { useLocale, useTranslations } from "next-intl";
import { scheduleJobAction } from "@/lib/actions/content-actions";
import { plannedMomentFormat } from "@/lib/time/brussels";
import { LIMITS } from "@/lib/validation/limits";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { Checkbox, HiddenField, SelectField, TextField } from "../form/fields";
import { formatDate } from "@/lib/time/dates";

/** Plans a publication or an archiving at a Brussels date and time (lib/actions/schedule.ts). */
export function ScheduleForm(p: {
  type: string;
  id: string;
  locale: string;
  canArchive: boolean;
  /** The earliest value the field offers, on Brussels' wall clock. */
  min: string;
}) {
  const t = useTranslations("Editor");
  const locale = useLocale();
  return (
    <ActionForm<{ runAt: string }>
      id="schedule"
      action={scheduleJobAction}
      values={{ action: "publish", runAt: "", note: "", noteMajor: "" }}
      resetOnSuccess
      labelledBy="schedule-heading"
      success={(data) => (
        <p>
          {t("scheduleSaved", {
            date: formatDate(locale, new Date(data.runAt), plannedMomentFormat(new Date(data.runAt))),
          })}
        </p>
      )}
    >
      <HiddenField name="type" value={p.type} />
      <HiddenField name="id" value={p.id} />
      <HiddenField name="locale" value={p.locale} />
      <SelectField
        name="action"
        label={t("scheduleAction")}
        options={[
          { value: "publish", label: t("schedulePublish") },
          ...(p.canArchive ? [{ value: "archive", label: t("scheduleArchive") }] : []),
        ]}
      />
      <TextField
        name="runAt"
        type="datetime-local"
        step={1}
        min={p.min}
        label={t("scheduleWhen")}
        hint={t("scheduleWhenHint")}
        required
      />
      <TextField name="note" label={t("scheduleNote")} hint={t("changeNoteHint")} maxLength={LIMITS.note} />
      <Checkbox name="noteMajor" label={t("scheduleMajor")} />
      <SubmitButton variant="secondary">{t("scheduleSubmit")}</SubmitButton>
    </ActionForm>
  );
}
