"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { confirmTwoFactorAction } from "@/lib/actions/two-factor-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField, TextField } from "../form/fields";

/**
 * The first code confirms the enrolment; the answer carries the backup codes, shown here once.
 * The form stays on the page after it succeeds (without its fields), so the codes stay in view
 * when the page around it shows two-step sign-in as on.
 */
export function ConfirmTwoFactorForm({
  enrolment,
  qr,
}: {
  enrolment: { id: string; key: string } | null;
  qr: ReactNode;
}) {
  const t = useTranslations("TwoFactor");
  return (
    <ActionForm<{ backupCodes: string[] }>
      id="two-factor-confirm"
      action={confirmTwoFactorAction}
      resetOnSuccess
      success={({ backupCodes }) => <BackupCodes codes={backupCodes} />}
    >
      {enrolment && (
        <>
          <HiddenField name="id" value={enrolment.id} />
          <p>{t("step1")}</p>
          {qr}
          <p>{t("step2")}</p>
          <p>
            <span className="sr-only">{t("keyLabel")}: </span>
            <code
              className="rounded bg-white px-2 py-1 font-mono text-lg break-all text-black"
              data-testid="two-factor-key"
            >
              {enrolment.key.replace(/(.{4})(?=.)/g, "$1 ")}
            </code>
          </p>
          <p>{t("step3")}</p>
          <TextField
            name="code"
            label={t("code")}
            hint={t("codeHint")}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
          />
          <SubmitButton>{t("confirm")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

function BackupCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("TwoFactor");
  return (
    <>
      <p className="mb-2 font-semibold">{t("enabled")}</p>
      <p className="mb-2">{t("backupIntro")}</p>
      <ol
        aria-label={t("backupListLabel")}
        className="grid grid-cols-2 gap-2 font-mono text-lg"
        data-testid="backup-codes"
      >
        {codes.map((code) => (
          <li key={code}>
            <code className="rounded bg-white px-2 text-black">{code}</code>
          </li>
        ))}
      </ol>
    </>
  );
}
