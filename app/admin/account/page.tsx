import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, UiLocaleForm } from "@/components/admin/AccountForms";
import { AdminShell } from "@/components/admin/AdminShell";
import { formMessages } from "@/components/admin/messages";
import { canUseAdmin } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { autonyms } from "@/lib/i18n/locales";
import { locales } from "@/lib/i18n/routing";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireActor(canUseAdmin, "/admin/account");
  const locale = actor.uiLocale;
  const t = await getTranslations({ locale, namespace: "Account" });
  const messages = await formMessages(locale);
  return (
    <AdminShell actor={actor} section="account" title={t("title")}>
      <p className="mb-8">{actor.email}</p>
      <div className="grid max-w-4xl gap-12 md:grid-cols-2">
        <section>
          <h2 id="password-heading" className="mb-3 text-2xl">
            {t("passwordHeading")}
          </h2>
          <ChangePasswordForm
            messages={messages}
            labels={{
              current: t("current"),
              next: t("next"),
              confirm: t("confirm"),
              submit: t("changePassword"),
              done: t("passwordChanged"),
            }}
          />
        </section>
        <section>
          <h2 id="language-heading" className="mb-3 text-2xl">
            {t("languageHeading")}
          </h2>
          <UiLocaleForm
            messages={messages}
            current={actor.uiLocale}
            options={locales.map((l) => ({ value: l, label: autonyms[l] }))}
            labels={{ language: t("languageHeading"), submit: t("saveLanguage"), done: t("languageSaved") }}
          />
        </section>
      </div>
    </AdminShell>
  );
}
