import type { Metadata } from "next";
import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/FilterForm";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import { AUDIT_PAGE_SIZE, readAuditLog, type AuditEntry } from "@/lib/admin/audit";
import { canViewAuditLog } from "@/lib/auth/access";
import { currentActor, currentUiLocale, requireActor } from "@/lib/auth/session";
import { adminMetadata, forbiddenMetadata } from "@/lib/admin/titles";
import type { Locale } from "@/lib/i18n/routing";
import { PORTAL_TIME_ZONE } from "@/lib/time/brussels";
import { DataTable } from "@/components/admin/DataTable";
import { formatDate } from "@/lib/time/dates";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const locale = actor?.uiLocale ?? (await currentUiLocale());
  if (actor && !canViewAuditLog(actor)) return forbiddenMetadata(locale);
  const t = await getTranslations({ locale, namespace: "Audit" });
  return adminMetadata(locale, t("title"));
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").trim().slice(0, 200);
const day = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : "");

/** The message key of an action ("content.publish" → "content_publish"). */
const keyOf = (action: string) => action.replace(/\./g, "_");

/** How each entry reads in the interface language: "Anna published the Dutch translation of …". */
async function sentences(ui: Locale) {
  const t = await getTranslations({ locale: ui, namespace: "Audit" });
  const errors = (await getMessages({ locale: ui })).Errors as Record<string, string>;
  return (e: AuditEntry): ReactNode => {
    const detail = e.detail ?? {};
    const text = (name: string) => (typeof detail[name] === "string" ? (detail[name] as string) : "");
    const planned = detail.scheduled === true ? "_planned" : "";
    const key = `event.${keyOf(e.action)}${planned}`;
    const runAt = new Date(text("runAt"));
    const values = {
      actor: e.actor?.name ?? t("system"),
      name: e.target?.name ?? t("someItem"),
      language: e.locale ? t(`language.${e.locale}`) : "",
      version: e.version ?? "?",
      from: typeof detail.from === "number" ? detail.from : "?",
      action: text("action") || "publish",
      date: Number.isNaN(runAt.getTime())
        ? "?"
        : formatDate(ui, runAt, { dateStyle: "long", timeStyle: "short", timeZone: PORTAL_TIME_ZONE }),
      reason: errors[text("reason")] ?? text("reason"),
      email: text("email") || e.actorEmail || t("someone"),
      item: (chunks: ReactNode) =>
        e.target?.href ? <Link href={e.target.href}>{chunks}</Link> : <strong>{chunks}</strong>,
    };
    return t.has(key as "event.other")
      ? t.rich(key as "event.other", values)
      : t.rich("event.other", { ...values, action: e.action });
  };
}

/** Who did what and when, each entry as a sentence, filterable; admins only. The log cannot change. */
export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor(canViewAuditLog, "/admin/audit");
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Audit" });
  const params = await searchParams;
  const filter = {
    action: one(params.action),
    who: one(params.who),
    from: day(one(params.from)),
    until: day(one(params.until)),
  };
  const page = Math.max(1, Math.min(10_000, Number(one(params.page)) || 1));
  const { entries, total, actions } = await readAuditLog({ ...filter, page }, ui);
  const describe = await sentences(ui);
  const actionLabel = (action: string) => {
    const key = `actions.${keyOf(action)}`;
    return t.has(key as "actions.content_publish") ? t(key as "actions.content_publish") : action;
  };
  const hrefFor = (n: number) => `/admin/audit?${new URLSearchParams({ ...filter, page: String(n) })}`;
  return (
    <AdminShell actor={actor} section="audit" title={t("title")}>
      <FilterForm action="/admin/audit" submit={t("filter")}>
        <FilterSelect
          name="action"
          label={t("action")}
          value={filter.action}
          all={t("all")}
          options={actions
            .map((a) => ({ value: a, label: actionLabel(a) }))
            .sort((a, b) => a.label.localeCompare(b.label, ui))}
        />
        <FilterInput name="who" label={t("who")} value={filter.who} />
        <FilterInput name="from" label={t("from")} value={filter.from} type="date" />
        <FilterInput name="until" label={t("until")} value={filter.until} type="date" />
      </FilterForm>
      <p role="status" className="mb-3">
        {t("count", { count: total })}
      </p>
      <DataTable
        name={t("title")}
        tableClassName="w-full min-w-[40rem]"
        columns={[t("when"), t("what"), t("detail")]}
      >
        {entries.map((e) => (
          <tr key={e.id} className="border-b border-slate-200 align-top dark:border-slate-700">
            <td className="p-2 text-sm whitespace-nowrap">
              {formatDate(ui, e.at, {
                dateStyle: "medium",
                timeStyle: "medium",
                timeZone: PORTAL_TIME_ZONE,
              })}
            </td>
            <td className="p-2">{describe(e)}</td>
            <td className="p-2 text-sm">
              <details>
                <summary className="cursor-pointer">{t("recorded")}</summary>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt>{t("code")}</dt>
                  <dd>
                    <code>{e.action}</code>
                  </dd>
                  <dt>{t("email")}</dt>
                  <dd className="break-all">{e.actorEmail ?? "—"}</dd>
                  <dt>{t("targetId")}</dt>
                  <dd className="break-all">{e.target ? `${e.target.type} ${e.target.id}` : "—"}</dd>
                  <dt>{t("detailJson")}</dt>
                  <dd>
                    <pre className="text-xs break-all whitespace-pre-wrap">
                      {e.detail ? JSON.stringify(e.detail, null, 2) : "—"}
                    </pre>
                  </dd>
                </dl>
              </details>
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))}
        hrefFor={hrefFor}
        labels={await paginationLabels(ui)}
      />
    </AdminShell>
  );
}
