import Link from "next/link";
import type { ReactNode } from "react";
import { NextIntlClientProvider, type Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { countUnread } from "@/lib/admin/notifications";
import {
  canManageSettings,
  canManageUsers,
  canReadFeedback,
  canRestoreFromTrash,
  canReviewAny,
  canReadLinkReport,
  canViewAuditLog,
  type Actor,
} from "@/lib/auth/access";
import { PORTAL_TIME_ZONE } from "@/lib/time/brussels";
import { UnsavedChanges } from "./form/UnsavedChanges";

export type AdminSection =
  | "dashboard"
  | "content"
  | "translations"
  | "links"
  | "reviews"
  | "feedback"
  | "users"
  | "audit"
  | "trash"
  | "settings"
  | "notifications"
  | "account";

/** What every admin form needs: its own texts, the error messages, role names. */
const formNamespaces = ["Form", "Errors", "Admin", "ContentType"] as const satisfies (keyof Messages)[];

/**
 * The admin frame: skip link, header with navigation and sign-out, one main landmark. Its client
 * components (the forms) get the messages of `namespaces` in the admin's language, and a warning
 * before leaving with unsaved changes.
 */
export async function AdminShell({
  actor,
  section,
  title,
  namespaces = [],
  children,
}: {
  actor: Actor;
  /** The menu item marked as the current page; none on a page outside every section (a 404). */
  section?: AdminSection;
  title: string;
  /** The message namespaces the page's forms use beyond the common ones. */
  namespaces?: (keyof Messages)[];
  children: ReactNode;
}) {
  const t = await getTranslations({ locale: actor.uiLocale, namespace: "Admin" });
  const all = await getMessages({ locale: actor.uiLocale });
  const messages = Object.fromEntries(
    [...formNamespaces, ...namespaces].map((namespace) => [namespace, all[namespace]]),
  ) as Partial<Messages>;
  const unread = await countUnread(actor.id);
  const items: { key: AdminSection; href: string; label: string }[] = [
    { key: "dashboard", href: "/admin", label: t("dashboard") },
    { key: "content", href: "/admin/content", label: t("content") },
    { key: "translations", href: "/admin/translations", label: t("translations") },
    ...(canReviewAny(actor)
      ? [{ key: "reviews" as const, href: "/admin/reviews", label: t("reviews") }]
      : []),
    ...(canReadLinkReport(actor) ? [{ key: "links" as const, href: "/admin/links", label: t("links") }] : []),
    ...(canReadFeedback(actor)
      ? [{ key: "feedback" as const, href: "/admin/feedback", label: t("feedback") }]
      : []),
    ...(canManageUsers(actor) ? [{ key: "users" as const, href: "/admin/users", label: t("users") }] : []),
    ...(canViewAuditLog(actor) ? [{ key: "audit" as const, href: "/admin/audit", label: t("audit") }] : []),
    ...(canRestoreFromTrash(actor)
      ? [{ key: "trash" as const, href: "/admin/trash", label: t("trash") }]
      : []),
    ...(canManageSettings(actor)
      ? [{ key: "settings" as const, href: "/admin/settings", label: t("settings") }]
      : []),
    {
      key: "notifications",
      href: "/admin/notifications",
      label: unread ? t("notificationsUnread", { count: unread }) : t("notifications"),
    },
    { key: "account", href: "/admin/account", label: t("account") },
  ];
  return (
    <NextIntlClientProvider locale={actor.uiLocale} messages={messages} timeZone={PORTAL_TIME_ZONE}>
      <UnsavedChanges>
        <a
          href="#main"
          className="surface-dark sr-only bg-accent-500 px-4 py-2 text-black focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          {t("skipLink")}
        </a>
        <header className="surface-dark bg-slate-900 text-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link
              href="/admin"
              className="text-lg font-bold text-white no-underline hover:text-white dark:text-white"
            >
              {t("title")}
            </Link>
            <div className="flex flex-wrap items-center gap-4 text-sm">
              <span>{t("signedInAs", { name: actor.name, role: t(`role_${actor.role}`) })}</span>
              <a href={`/${actor.uiLocale}`} className="text-white hover:text-white dark:text-white">
                {t("viewSite")}
              </a>
              <form method="post" action="/api/auth/sign-out">
                <button type="submit" className="rounded border border-white px-3 py-1 hover:bg-slate-700">
                  {t("signOut")}
                </button>
              </form>
            </div>
          </div>
          <nav aria-label={t("nav")} className="bg-slate-800">
            <ul className="mx-auto flex max-w-7xl flex-wrap px-2">
              {items.map((item) => (
                <li key={item.key}>
                  <Link
                    href={item.href}
                    aria-current={section === item.key ? "page" : undefined}
                    className="block px-3 py-2 text-white no-underline hover:bg-slate-700 hover:text-white aria-[current=page]:underline aria-[current=page]:decoration-accent-500 aria-[current=page]:decoration-4 aria-[current=page]:underline-offset-8 dark:text-white"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 focus:outline-none"
        >
          {actor.mustChangePassword && section !== "account" && (
            <Notice tone="warning" role="note">
              <p>
                <Link href="/admin/account">{t("mustChangePassword")}</Link>
              </p>
            </Notice>
          )}
          <h1 className="mb-6 text-3xl">{title}</h1>
          {children}
        </main>
      </UnsavedChanges>
    </NextIntlClientProvider>
  );
}
