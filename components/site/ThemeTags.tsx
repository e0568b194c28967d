import { getTranslations } from "next-intl/server";
import { TagList } from "@/components/ui/Tag";
import type { Theme } from "@/lib/generated/prisma/enums";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/** Themes as links to the initiatives on each theme (the list's own filter). */
export async function ThemeTags({
  locale,
  themes,
  label,
}: {
  locale: Locale;
  themes: Theme[];
  label?: string;
}) {
  const t = await getTranslations({ locale, namespace: "Themes" });
  const list = pathFor(locale, "/initiatives");
  return (
    <TagList
      label={label}
      items={themes.map((theme) => ({
        label: t(theme),
        href: `${list}?${new URLSearchParams({ theme })}`,
      }))}
    />
  );
}
