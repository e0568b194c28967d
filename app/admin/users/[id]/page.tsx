import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import { EditUserForm } from "@/components/admin/forms/EditUserForm";
import { ResetPasswordForm } from "@/components/admin/forms/ResetPasswordForm";
import { UserStatusForm } from "@/components/admin/forms/UserStatusForm";
import { readUser } from "@/lib/admin/users";
import { canManageUsers } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(canManageUsers, `/admin/users/${id}`);
  const locale = actor.uiLocale;
  const t = await getTranslations({ locale, namespace: "Users" });
  const user = await readUser(id);
  if (!user) notFound();
  return (
    <AdminShell actor={actor} section="users" title={user.name} namespaces={["Users"]}>
      <p className="mb-6">
        <Link href="/admin/users">← {t("back")}</Link>
      </p>
      <p className="mb-6">
        {user.email} · {user.active ? t("active") : t("inactive")}
      </p>
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-label={t("edit")}>
          <EditUserForm
            user={{
              id: user.id,
              name: user.name,
              role: user.role,
              locales: user.locales,
              updatedAt: user.updatedAt.toISOString(),
            }}
          />
        </section>
        {user.id !== actor.id && (
          <section aria-label={t("status")} className="space-y-6">
            <UserStatusForm id={user.id} name={user.name} active={user.active} />
            <ResetPasswordForm id={user.id} />
          </section>
        )}
      </div>
    </AdminShell>
  );
}
