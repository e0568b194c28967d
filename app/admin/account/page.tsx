import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/admin/forms/ChangePasswordForm";
import { EmailNotificationsForm } from "@/components/admin/forms/EmailNotificationsForm";
import { UiLocaleForm } from "@/components/admin/forms/UiLocaleForm";
import { AdminShell } from "@/components/admin/AdminShell";
import { TwoFactorSection } from "@/components/admin/TwoFactorSection";
import { Notice } from "@/components/ui/Notice";
import { canUseAdmin } from "@/lib/auth/access";
import { currentUiLocale, requireActor } from "@/lib/auth/session";
import { adminMetadata } from "@/lib/admin/titles";
import { readEmailNotifications } from "@/lib/admin/notifications";
import { readOwnTwoFactor } from "@/lib/admin/two-factor";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentUiLocale();
  const t = await getTranslations({ locale, namespace: "Account" });
  return adminMetadata(locale, t("title"));
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const actor = await requireActor(canUseAdmin, "/admin/account");
  const locale = actor.uiLocale;
  const t = await getTranslations({ locale, namespace: "Account" });
  const notifications = await getTranslations({ locale, namespace: "Notifications" });
  const emailNotifications = await readEmailNotifications(actor.id);
  const twoFactor = await getTranslations({ locale, namespace: "TwoFactor" });
  const status = await readOwnTwoFactor(actor);
  // After a sign-in with a backup code (/api/auth/two-factor): how many are left.
  const backupCodeUsed = (await searchParams).backupCodeUsed === "1" && status.backupCodesLeft !== null;
  return (
    <AdminShell
      actor={actor}
      section="account"
      title={t("title")}
      namespaces={["Account", "Notifications", "TwoFactor"]}
    >
      {actor.mustEnrolTwoFactor && (
        <Notice tone="warning" role="alert">
          <p>{twoFactor("required")}</p>
        </Notice>
      )}
      {backupCodeUsed && (
        <Notice tone="warning" role="status">
          <p>{twoFactor("backupCodeUsed", { count: status.backupCodesLeft ?? 0 })}</p>
        </Notice>
      )}
      <p className="mb-8">{actor.email}</p>
      <div className="grid max-w-4xl gap-12 md:grid-cols-2">
        <TwoFactorSection status={status} locale={locale} />
        <section>
          <h2 id="password-heading" className="mb-3 text-2xl">
            {t("passwordHeading")}
          </h2>
          <ChangePasswordForm />
        </section>
        <section>
          <h2 id="language-heading" className="mb-3 text-2xl">
            {t("languageHeading")}
          </h2>
          <UiLocaleForm current={actor.uiLocale} />
        </section>
        <section>
          <h2 id="email-heading" className="mb-3 text-2xl">
            {notifications("emailHeading")}
          </h2>
          <EmailNotificationsForm enabled={emailNotifications} />
        </section>
      </div>
    </AdminShell>
  );
}
