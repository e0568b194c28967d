import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import { canViewAuditLog } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").trim().slice(0, 200);

/** Who did what and when, filterable; admins only. The log itself cannot be changed. */
export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor(canViewAuditLog, "/admin/audit");
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Audit" });
  const format = await getFormatter({ locale: ui });
  const params = await searchParams;
  const action = one(params.action);
  const who = one(params.who);
  const from = /^\d{4}-\d{2}-\d{2}$/.test(one(params.from)) ? one(params.from) : "";
  const until = /^\d{4}-\d{2}-\d{2}$/.test(one(params.until)) ? one(params.until) : "";
  const page = Math.max(1, Math.min(10_000, Number(one(params.page)) || 1));
  const where = {
    ...(action ? { action } : {}),
    ...(who ? { actorEmail: { contains: who, mode: "insensitive" as const } } : {}),
    ...(from || until
      ? {
          at: {
            ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
            ...(until ? { lt: new Date(new Date(`${until}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [entries, total, actions] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: { at: "desc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.auditLog.count({ where }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  const hrefFor = (n: number) =>
    `/admin/audit?${new URLSearchParams({ action, who, from, until, page: String(n) })}`;
  const field =
    "block rounded-md border-2 border-slate-500 bg-white px-2 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100";
  return (
    <AdminShell actor={actor} section="audit" title={t("title")}>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="action" className="mb-1 block font-medium">
            {t("action")}
          </label>
          <select id="action" name="action" defaultValue={action} className={field}>
            <option value="">{t("all")}</option>
            {actions.map((a) => (
              <option key={a.action} value={a.action}>
                {a.action}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="who" className="mb-1 block font-medium">
            {t("who")}
          </label>
          <input id="who" name="who" defaultValue={who} className={field} />
        </div>
        <div>
          <label htmlFor="from" className="mb-1 block font-medium">
            {t("from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={from} className={field} />
        </div>
        <div>
          <label htmlFor="until" className="mb-1 block font-medium">
            {t("until")}
          </label>
          <input id="until" name="until" type="date" defaultValue={until} className={field} />
        </div>
        <button
          type="submit"
          className="rounded-md border-2 border-brand-700 bg-brand-700 px-4 py-2 font-medium text-white"
        >
          {t("filter")}
        </button>
      </form>
      <p role="status" className="mb-3">
        {t("count", { count: total })}
      </p>
      <div className="overflow-x-auto" role="region" aria-label={t("title")} tabIndex={0}>
        <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
          <thead>
            <tr>
              {[t("when"), t("who"), t("action"), t("target"), t("detail")].map((h) => (
                <th key={h} scope="col" className="border-b-2 border-slate-300 p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={String(e.id)} className="border-b border-slate-200 align-top dark:border-slate-700">
                <td className="p-2 whitespace-nowrap">
                  {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}
                </td>
                <td className="p-2">{e.actorEmail ?? "—"}</td>
                <td className="p-2">
                  <code>{e.action}</code>
                </td>
                <td className="p-2">{e.targetType ? `${e.targetType} ${e.targetId}` : "—"}</td>
                <td className="p-2">
                  <code className="break-all">{e.detail ? JSON.stringify(e.detail) : ""}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))}
        hrefFor={hrefFor}
        labels={await paginationLabels(ui)}
      />
    </AdminShell>
  );
}
