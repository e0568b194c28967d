import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import type { Locale } from "@/lib/i18n/routing";

export async function FallbackNotice({ locale, shownIn }: { locale: Locale; shownIn: Locale }) {
  const t = await getTranslations({ locale, namespace: "Fallback" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  return (
    <Notice tone="warning" role="note">
      <p>{t("notice", { language: languages(shownIn) })}</p>
    </Notice>
  );
}
