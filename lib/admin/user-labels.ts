import "server-only";
import { getTranslations } from "next-intl/server";
import type { UserFormLabels } from "@/components/admin/UserForms";
import { autonyms } from "@/lib/i18n/locales";
import { locales, type Locale } from "@/lib/i18n/routing";

export async function userFormLabels(locale: Locale): Promise<UserFormLabels> {
  const t = await getTranslations({ locale, namespace: "Users" });
  const admin = await getTranslations({ locale, namespace: "Admin" });
  return {
    name: t("name"),
    email: t("email"),
    role: t("role"),
    roles: (["translator", "editor", "admin"] as const).map((r) => ({ value: r, label: admin(`role_${r}`) })),
    languages: t("languages"),
    languagesHint: t("languagesHint"),
    localeOptions: locales.map((l) => ({ value: l, label: autonyms[l], lang: l })),
    uiLocale: t("uiLocale"),
    submit: t("create"),
    created: t.raw("created") as string,
    saved: t("saved"),
  };
}
