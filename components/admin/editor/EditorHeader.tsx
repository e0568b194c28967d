import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ContentType } from "@/lib/cache-tags";
import type { Locale } from "@/lib/i18n/routing";

/** Where the item sits in the admin, and where it is on the public site in this language. */
export async function EditorHeader({
  ui,
  type,
  itemKey,
  publicPath,
}: {
  ui: Locale;
  type: ContentType;
  itemKey: string;
  publicPath: string | null;
}) {
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const types = await getTranslations({ locale: ui, namespace: "ContentTypes" });
  return (
    <div className="mb-6 space-y-1">
      <nav aria-label={t("breadcrumb")}>
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/admin/content">{t("back")}</Link>
          </li>
          <li aria-hidden="true">›</li>
          <li>
            <Link href={`/admin/content?type=${type}`}>{types(type)}</Link>
          </li>
        </ol>
      </nav>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {publicPath ? (
          <>
            {t("address")} <code className="break-all">{publicPath}</code>
          </>
        ) : (
          t("noAddress")
        )}{" "}
        · {t("internalKey")} <code>{itemKey}</code>
      </p>
    </div>
  );
}
