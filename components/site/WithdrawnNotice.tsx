import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import type { LocalizedText } from "@/lib/content/shared";
import type { Locale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/dates";

/** GOV.UK's withdrawal notice: the page is kept, and says when and why it was withdrawn. */
export async function WithdrawnNotice({
  locale,
  text,
}: {
  locale: Locale;
  text: Pick<LocalizedText, "lang" | "withdrawn">;
}) {
  if (!text.withdrawn) return null;
  const t = await getTranslations({ locale, namespace: "Fallback" });
  return (
    <Notice tone="warning" role="note">
      <p className="font-semibold">
        {t("withdrawn", { date: formatDate(locale, new Date(text.withdrawn.on), { dateStyle: "long" }) })}
      </p>
      <p>
        {t("withdrawnBecause")} <span lang={text.lang}>{text.withdrawn.note}</span>
      </p>
    </Notice>
  );
}
