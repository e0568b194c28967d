import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AdminShell } from "@/components/admin/AdminShell";
import { EditUserForm } from "@/components/admin/forms/EditUserForm";
import { ResetPasswordForm } from "@/components/admin/forms/ResetPasswordForm";
import { ResetTwoFactorForm } from "@/components/admin/forms/ResetTwoFactorForm";
import { readTwoFactorEnabled } from "@/lib/admin/two-factor";
import { UserStatusForm } from "@/components/admin/forms/UserStatusForm";
import { adminMetadata, forbiddenMetadata, notFoundMetadata } from "@/lib/admin/titles";
import { readUser } from "@/lib/admin/users";
import { canManageUsers } from "@/lib/auth/access";
import { currentActor, requireActor } from "@/lib/auth/session";

type Props = { params: Promise<{ id: string }> };

/** The title and the page read the user once per request. */
const readUserOnce = cache(readUser);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await currentActor();
  // Nothing about the account to someone not signed in: the page sends them to sign in.
  if (!actor) return {};
  const ui = actor.uiLocale;
  if (!canManageUsers(actor)) return forbiddenMetadata(ui);
  const user = await readUserOnce((await params).id);
  if (!user) return notFoundMetadata(ui);
  const t = await getTranslations({ locale: ui, namespace: "Users" });
  return adminMetadata(ui, t("userTitle", { name: user.name }));
}

export default async function UserPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(canManageUsers, `/admin/users/${id}`);
  const locale = actor.uiLocale;
  const t = await getTranslations({ locale, namespace: "Users" });
  const user = await readUserOnce(id);
  if (!user) notFound();
  return (
    <AdminShell actor={actor} section="users" title={user.name} namespaces={["Users", "TwoFactor"]}>
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
            <ResetTwoFactorForm id={user.id} name={user.name} enabled={await readTwoFactorEnabled(user.id)} />
          </section>
        )}
      </div>
    </AdminShell>
  );
}
