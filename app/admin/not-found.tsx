import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { canUseAdmin } from "@/lib/auth/access";
import { currentActor, currentUiLocale } from "@/lib/auth/session";

/**
 * 404 in the admin (no such page, type or item, or an item deleted since): the admin's frame and
 * the ways back for a signed-in user; a visitor who is not signed in gets only the sign-in link.
 */
export default async function AdminNotFound() {
  const actor = await currentActor();
  const t = await getTranslations({ locale: await currentUiLocale(), namespace: "AdminNotFound" });
  if (!actor || !canUseAdmin(actor)) {
    return (
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-16">
        <h1 className="mb-4 text-3xl">{t("title")}</h1>
        <p>
          <Link href="/admin/sign-in">{t("signIn")}</Link>
        </p>
      </main>
    );
  }
  return (
    <AdminShell actor={actor} title={t("title")}>
      <p className="mb-6 max-w-prose text-lg">{t("body")}</p>
      <ul className="space-y-2">
        <li>
          <Link href="/admin">{t("dashboard")}</Link>
        </li>
        <li>
          <Link href="/admin/content">{t("content")}</Link>
        </li>
      </ul>
    </AdminShell>
  );
}
