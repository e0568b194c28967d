import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { DataTable } from "@/components/admin/DataTable";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import { MESSAGES_PAGE_SIZE, readContactMessages, readPageAnswers } from "@/lib/admin/feedback";
import { adminMetadata, forbiddenMetadata } from "@/lib/admin/titles";
import { canReadFeedback } from "@/lib/auth/access";
import { currentActor, currentUiLocale, requireActor } from "@/lib/auth/session";
import { locales } from "@/lib/i18n/routing";
import { RETENTION_MONTHS } from "@/lib/feedback/config";
import { PORTAL_TIME_ZONE } from "@/lib/time/brussels";
import { formatDate } from "@/lib/time/dates";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const locale = actor?.uiLocale ?? (await currentUiLocale());
  if (actor && !canReadFeedback(actor)) return forbiddenMetadata(locale);
  const t = await getTranslations({ locale, namespace: "FeedbackAdmin" });
  return adminMetadata(locale, t("title"));
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A link only to a page of this site; anything else a reader typed is shown as text. */
const ownPath = (value: string | null) =>
  value && new RegExp(`^/(${locales.join("|")})(/[\\w\\-./%]*)?$`).test(value) ? value : null;

/** What readers sent: per page yes/no and comments, then the contact messages (editors and admins). */
export default async function FeedbackAdminPage({ searchParams }: Props) {
  const actor = await requireActor(canReadFeedback, "/admin/feedback");
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "FeedbackAdmin" });
  const raw = (await searchParams).page;
  const page = Math.max(1, Math.min(10_000, Number(Array.isArray(raw) ? raw[0] : raw) || 1));
  const [answers, { total, messages }] = await Promise.all([readPageAnswers(), readContactMessages(page)]);
  const when = (at: Date) =>
    formatDate(ui, at, { dateStyle: "medium", timeStyle: "short", timeZone: PORTAL_TIME_ZONE });
  return (
    <AdminShell actor={actor} section="feedback" title={t("title")}>
      <p className="mb-6 max-w-3xl">{t("intro", { months: RETENTION_MONTHS })}</p>
      <h2 id="pages-heading" className="mb-3 text-2xl">
        {t("pagesHeading")}
      </h2>
      {answers.length === 0 ? (
        <p className="mb-8">{t("noPages")}</p>
      ) : (
        <DataTable
          labelledBy="pages-heading"
          className="mb-10"
          tableClassName="w-full min-w-[36rem]"
          columns={[t("page"), t("yes"), t("no"), t("comments")]}
        >
          {answers.map((a) => (
            <tr key={a.path} className="border-b border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="p-2 text-left font-normal break-all">
                <a href={a.path}>{a.path}</a>
              </th>
              <td className="p-2 tabular-nums">{a.yes}</td>
              <td className="p-2 tabular-nums">{a.no}</td>
              <td className="p-2">
                {a.comments.length === 0 ? (
                  t("noComments")
                ) : (
                  <ul className="space-y-2">
                    {a.comments.map((c) => (
                      <li key={c.id}>
                        <span className="block text-sm text-slate-600 dark:text-slate-300">{when(c.at)}</span>
                        <span className="whitespace-pre-wrap">{c.text}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2 id="messages-heading" className="mb-3 text-2xl">
        {t("messagesHeading")}
      </h2>
      <p role="status" className="mb-3">
        {t("messagesCount", { count: total })}
      </p>
      {messages.length > 0 && (
        <DataTable
          labelledBy="messages-heading"
          tableClassName="w-full min-w-[48rem]"
          columns={[t("when"), t("kind"), t("message"), t("pageUrl"), t("email")]}
        >
          {messages.map((m) => {
            const link = ownPath(m.pageUrl);
            return (
              <tr key={m.id} className="border-b border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="p-2 text-left text-sm font-normal whitespace-nowrap">
                  {when(m.at)}
                  <span className="block">{t(`language_${m.locale}`)}</span>
                </th>
                <td className="p-2">{t(`kind_${m.kind}`)}</td>
                <td className="p-2 break-words whitespace-pre-wrap" lang={m.locale}>
                  {m.message}
                </td>
                <td className="p-2 text-sm break-all">
                  {link ? <a href={link}>{link}</a> : (m.pageUrl ?? "—")}
                </td>
                <td className="p-2 text-sm break-all">
                  {m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : t("noEmail")}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / MESSAGES_PAGE_SIZE))}
        hrefFor={(n) => `/admin/feedback?page=${n}`}
        labels={await paginationLabels(ui)}
      />
    </AdminShell>
  );
}
