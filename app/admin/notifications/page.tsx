import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { MarkAllReadForm, MarkReadForm } from "@/components/admin/forms/NotificationForms";
import { readNotifications } from "@/lib/admin/notifications";
import { adminMetadata } from "@/lib/admin/titles";
import { canUseAdmin } from "@/lib/auth/access";
import { currentUiLocale, requireActor } from "@/lib/auth/session";
import { notificationSentence } from "@/lib/notifications/render";
import { formatDate } from "@/lib/time/dates";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentUiLocale();
  const t = await getTranslations({ locale, namespace: "Notifications" });
  return adminMetadata(locale, t("title"));
}

/** The signed-in user's notifications, unread first; each can be marked as read. */
export default async function NotificationsPage() {
  const actor = await requireActor(canUseAdmin, "/admin/notifications");
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Notifications" });
  const items = await readNotifications(actor.id);
  const unread = items.filter((n) => !n.readAt).length;
  const date = (d: Date) => formatDate(ui, d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <AdminShell actor={actor} section="notifications" title={t("title")} namespaces={["Notifications"]}>
      <p className="mb-4">{t("unreadCount", { count: unread })}</p>
      {unread > 0 && <MarkAllReadForm />}
      {items.length ? (
        <ul className="mt-6 space-y-4">
          {items.map((n) => (
            <li
              key={n.id}
              className={`border-l-4 p-3 ${n.readAt ? "border-slate-300 dark:border-slate-600" : "border-brand-700 bg-brand-50 dark:bg-slate-900"}`}
            >
              <p>
                {!n.readAt && <strong>{t("unread")}: </strong>}
                <Link href={`/admin/content/${n.entityType}/${n.entityId}?locale=${n.locale}`}>
                  {notificationSentence(ui, n)}
                </Link>
              </p>
              {n.comment && <p className="mt-1">{t("mailComment", { comment: n.comment })}</p>}
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{date(n.createdAt)}</p>
              {!n.readAt && (
                <MarkReadForm id={n.id} label={t("markReadOf", { sentence: notificationSentence(ui, n) })} />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("empty")}</p>
      )}
    </AdminShell>
  );
}
