import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { ReviewPolicyForm } from "@/components/admin/forms/ReviewPolicyForm";
import { adminMetadata } from "@/lib/admin/titles";
import { canManageSettings } from "@/lib/auth/access";
import { currentUiLocale, requireActor } from "@/lib/auth/session";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { readReviewPolicy } from "@/lib/review/policy";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentUiLocale();
  const t = await getTranslations({ locale, namespace: "Review" });
  return adminMetadata(locale, t("settingsTitle"));
}

/** Site-wide rules, changed by admins only (each change is in the audit log). */
export default async function SettingsPage() {
  const actor = await requireActor(canManageSettings, "/admin/settings");
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Review" });
  const types = await getTranslations({ locale: ui, namespace: "ContentTypes" });
  const policy = await readReviewPolicy();
  const typeLabels = Object.fromEntries(contentTypes.map((c) => [c, types(c)])) as Record<
    ContentType,
    string
  >;
  return (
    <AdminShell actor={actor} section="settings" title={t("settingsTitle")} namespaces={["Review"]}>
      <section aria-labelledby="policy-heading" className="max-w-2xl">
        <h2 id="policy-heading" className="mb-3 text-2xl">
          {t("policyHeading")}
        </h2>
        <ReviewPolicyForm types={contentTypes} typeLabels={typeLabels} policy={policy} />
      </section>
    </AdminShell>
  );
}
