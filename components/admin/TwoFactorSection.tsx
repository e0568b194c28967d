import { getTranslations } from "next-intl/server";
import type { OwnTwoFactorView } from "@/lib/admin/two-factor";
import type { Locale } from "@/lib/i18n/routing";
import { ConfirmTwoFactorForm } from "./forms/ConfirmTwoFactorForm";
import { DisableTwoFactorForm } from "./forms/DisableTwoFactorForm";
import { StartTwoFactorForm } from "./forms/StartTwoFactorForm";
import { QrCode } from "./QrCode";

/**
 * The account page's two-step sign-in: set it up (a key, its QR code, a first code, the backup
 * codes once), or turn it off with the password when the role allows. The confirmation form
 * keeps its place once it is on, so the backup codes it shows are not replaced by the new state.
 */
export async function TwoFactorSection({ status, locale }: { status: OwnTwoFactorView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "TwoFactor" });
  const { enabled, pending, required } = status;
  return (
    <section aria-labelledby="two-factor-heading" className="space-y-4 md:col-span-2">
      <h2 id="two-factor-heading" className="text-2xl">
        {t("heading")}
      </h2>
      <p>{enabled ? t("on") : t("off")}</p>
      {!enabled && <StartTwoFactorForm again={pending !== null} />}
      {(pending || enabled) && (
        <ConfirmTwoFactorForm
          enrolment={pending && { id: pending.id, key: pending.key }}
          qr={pending && <QrCode value={pending.uri} label={t("qrLabel")} />}
        />
      )}
      {enabled && (required ? <p>{t("requiredOn")}</p> : <DisableTwoFactorForm />)}
    </section>
  );
}
