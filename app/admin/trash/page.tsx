import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { DataTable } from "@/components/admin/DataTable";
import { StatusRegion } from "@/components/admin/form/StatusRegion";
import { RestoreTrashForm } from "@/components/admin/forms/RestoreTrashForm";
import { TRASH_DAYS } from "@/lib/actions/trash";
import { readTrash } from "@/lib/admin/trash";
import { adminMetadata, forbiddenMetadata } from "@/lib/admin/titles";
import { canRestoreFromTrash } from "@/lib/auth/access";
import { currentActor, currentUiLocale, requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/time/dates";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const locale = actor?.uiLocale ?? (await currentUiLocale());
  if (actor && !canRestoreFromTrash(actor)) return forbiddenMetadata(locale);
  const t = await getTranslations({ locale, namespace: "Trash" });
  return adminMetadata(locale, t("title"));
}

/** Deleted items, restorable by an admin until the scheduler purges them (lib/actions/trash.ts). */
export default async function TrashPage() {
  const actor = await requireActor(canRestoreFromTrash, "/admin/trash");
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Trash" });
  const types = await getTranslations({ locale: ui, namespace: "ContentType" });
  const items = await readTrash();
  const when = (at: Date) => formatDate(ui, at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <AdminShell actor={actor} section="trash" title={t("title")} namespaces={["Trash"]}>
      <p className="mb-6 max-w-3xl">{t("intro", { days: TRASH_DAYS })}</p>
      {/* A restored item leaves the list, with its form: the answer is said above it. */}
      <StatusRegion>
        {items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <DataTable
            name={t("caption")}
            tableClassName="w-full min-w-[44rem]"
            columns={[t("item"), t("type"), t("deleted"), t("purgedOn"), t("action")]}
          >
            {items.map((item) => (
              <tr key={item.id} className="border-b border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="p-2 text-left font-medium">
                  {item.name}
                </th>
                <td className="p-2">{types(item.type)}</td>
                <td className="p-2">
                  {t("deletedBy", { date: when(item.deletedAt), name: item.deletedByName ?? "—" })}
                </td>
                <td className="p-2">{when(item.purgeAt)}</td>
                <td className="p-2">
                  <RestoreTrashForm trashId={item.id} name={item.name} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </StatusRegion>
    </AdminShell>
  );
}
