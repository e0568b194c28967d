import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { CreateUserForm } from "@/components/admin/forms/CreateUserForm";
import { readUsers } from "@/lib/admin/users";
import { canManageUsers } from "@/lib/auth/access";
import { currentActor, currentUiLocale, requireActor } from "@/lib/auth/session";
import { adminMetadata, forbiddenMetadata } from "@/lib/admin/titles";
import { DataTable } from "@/components/admin/DataTable";
import { TwoFactorPolicyForm } from "@/components/admin/forms/TwoFactorPolicyForm";
import { readTwoFactorPolicy } from "@/lib/admin/two-factor";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const locale = actor?.uiLocale ?? (await currentUiLocale());
  if (actor && !canManageUsers(actor)) return forbiddenMetadata(locale);
  const t = await getTranslations({ locale, namespace: "Users" });
  return adminMetadata(locale, t("title"));
}

export default async function UsersPage() {
  const actor = await requireActor(canManageUsers, "/admin/users");
  const locale = actor.uiLocale;
  const t = await getTranslations({ locale, namespace: "Users" });
  const admin = await getTranslations({ locale, namespace: "Admin" });
  const users = await readUsers();
  const policy = await readTwoFactorPolicy();
  const twoFactor = await getTranslations({ locale, namespace: "TwoFactor" });
  return (
    <AdminShell actor={actor} section="users" title={t("title")} namespaces={["Users", "TwoFactor"]}>
      <section aria-labelledby="list-heading" className="mb-10">
        <h2 id="list-heading" className="mb-3 text-2xl">
          {t("list")}
        </h2>
        <DataTable
          labelledBy="list-heading"
          tableClassName="min-w-[40rem]"
          columns={[t("name"), t("email"), t("role"), t("languages"), t("status")]}
        >
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
              </th>
              <td className="p-2">{user.email}</td>
              <td className="p-2">{admin(`role_${user.role}`)}</td>
              <td className="p-2">{user.locales.map((l) => l.toUpperCase()).join(", ") || "—"}</td>
              <td className="p-2">{user.active ? t("active") : t("inactive")}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="create-heading" className="max-w-2xl">
        <h2 id="create-heading" className="mb-3 text-2xl">
          {t("createHeading")}
        </h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="two-factor-policy-heading" className="mt-10 max-w-2xl">
        <h2 id="two-factor-policy-heading" className="mb-3 text-2xl">
          {twoFactor("policyHeading")}
        </h2>
        <p className="mb-4">{twoFactor("policyIntro")}</p>
        <TwoFactorPolicyForm policy={{ roles: policy.roles, updatedAt: policy.updatedAt.toISOString() }} />
      </section>
    </AdminShell>
  );
}
