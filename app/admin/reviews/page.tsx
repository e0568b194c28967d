import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { readMyReviewQueue } from "@/lib/admin/reviews";
import { adminMetadata } from "@/lib/admin/titles";
import { canReviewAny } from "@/lib/auth/access";
import { currentUiLocale, requireActor } from "@/lib/auth/session";
import { autonyms } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/time/dates";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentUiLocale();
  const t = await getTranslations({ locale, namespace: "Review" });
  return adminMetadata(locale, t("queueTitle"));
}

/** What waits for my review: asked of me, or of anyone who reviews the language. */
export default async function ReviewQueuePage() {
  const actor = await requireActor(canReviewAny, "/admin/reviews");
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Review" });
  const types = await getTranslations({ locale: ui, namespace: "ContentType" });
  const queue = await readMyReviewQueue(actor);
  const date = (d: Date) => formatDate(ui, d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <AdminShell actor={actor} section="reviews" title={t("queueTitle")}>
      <p className="mb-6 max-w-prose">{t("queueIntro")}</p>
      {queue.length ? (
        <ul className="space-y-3">
          {queue.map((r) => (
            <li key={`${r.entityType}-${r.entityId}-${r.locale}`}>
              <Link href={`/admin/content/${r.entityType}/${r.entityId}?locale=${r.locale}#review-heading`}>
                <span lang={r.locale}>{r.name || r.entityId}</span>
              </Link>{" "}
              <span className="text-sm text-slate-600 dark:text-slate-300">
                ({types(r.entityType)} · <span lang={r.locale}>{autonyms[r.locale]}</span> ·{" "}
                {t("submittedBy", { name: r.authorName ?? "—", date: date(r.submittedAt) })} ·{" "}
                {r.assignedToMe ? t("askedOfYou") : t("askedOfAnyone")})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("queueEmpty")}</p>
      )}
    </AdminShell>
  );
}
