import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/FilterForm";
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
  return (
    <AdminShell actor={actor} section="audit" title={t("title")}>
      <FilterForm action="/admin/audit" submit={t("filter")}>
        <FilterSelect
          name="action"
          label={t("action")}
          value={action}
          all={t("all")}
          options={actions.map((a) => ({ value: a.action, label: a.action }))}
        />
        <FilterInput name="who" label={t("who")} value={who} />
        <FilterInput name="from" label={t("from")} value={from} type="date" />
        <FilterInput name="until" label={t("until")} value={until} type="date" />
      </FilterForm>
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
