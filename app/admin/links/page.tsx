import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { DataTable } from "@/components/admin/DataTable";
import { readBrokenReferences } from "@/lib/admin/references";
import { adminMetadata, forbiddenMetadata } from "@/lib/admin/titles";
import { canReadLinkReport } from "@/lib/auth/access";
import { currentActor, currentUiLocale, requireActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const locale = actor?.uiLocale ?? (await currentUiLocale());
  if (actor && !canReadLinkReport(actor)) return forbiddenMetadata(locale);
  const t = await getTranslations({ locale, namespace: "Links" });
  return adminMetadata(locale, t("title"));
}

/** Links in texts to items readers no longer reach: archived, withdrawn, deleted (editors). */
export default async function LinksReportPage() {
  const actor = await requireActor(canReadLinkReport, "/admin/links");
  const ui = actor.uiLocale;
  const [t, types, statuses, languages, broken] = await Promise.all([
    getTranslations({ locale: ui, namespace: "Links" }),
    getTranslations({ locale: ui, namespace: "ContentType" }),
    getTranslations({ locale: ui, namespace: "Status" }),
    getTranslations({ locale: ui, namespace: "Languages" }),
    readBrokenReferences(ui),
  ]);
  const problem = (status: string) =>
    status === "deleted"
      ? t("deleted")
      : statuses.has(status as "archived")
        ? statuses(status as "archived")
        : status;
  return (
    <AdminShell actor={actor} section="links" title={t("title")}>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {broken.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p id="links-count" className="mb-3">
            {t("count", { count: broken.length })}
          </p>
          <DataTable
            labelledBy="links-count"
            tableClassName="w-full min-w-[40rem]"
            columns={[t("source"), t("language"), t("target"), t("problem"), t("readers")]}
          >
            {broken.map((b, i) => (
              <tr key={i} className="border-b border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="p-2 text-left font-normal">
                  <a
                    href={`/admin/content/${b.source.type}/${b.source.id}?${new URLSearchParams({ locale: b.source.locale })}`}
                  >
                    {t("edit", { name: b.source.name, language: languages(b.source.locale) })}
                  </a>
                </th>
                <td className="p-2">{languages(b.source.locale)}</td>
                <td className="p-2 break-words">
                  {types(b.target.type)}: {b.target.name ?? b.target.key}{" "}
                  <code className="text-sm">
                    item:{b.target.type}/{b.target.key}
                  </code>
                </td>
                <td className="p-2">{problem(b.problem)}</td>
                <td className="p-2">
                  {b.fallback ? t("fallback", { language: languages(b.fallback) }) : t("plainText")}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </AdminShell>
  );
}
