import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import { RestoreForm } from "@/components/admin/forms/RestoreForm";
import { canEdit, canUseAdmin } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { diffContent } from "@/lib/history";
import { autonyms } from "@/lib/i18n/locales";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";

export const metadata: Metadata = { title: "History" };

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<{ locale?: string; from?: string; to?: string }>;
};

/** Every saved state of one translation, a word-level diff between any two, and restore. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const { type, id } = await params;
  const query = await searchParams;
  const actor = await requireActor(canUseAdmin, `/admin/content/${type}/${id}/history`);
  if (!(contentTypes as readonly string[]).includes(type)) notFound();
  const locale: Locale = isLocale(query.locale) ? query.locale : actor.uiLocale;
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "History" });
  const status = await getTranslations({ locale: ui, namespace: "Status" });
  const editor = await getTranslations({ locale: ui, namespace: "Editor" });
  const format = await getFormatter({ locale: ui });
  const revisions = await db.revision.findMany({
    where: { entityType: type as ContentType, entityId: id, locale },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const working = await readWorkingCopy(db, type as ContentType, id, locale);
  const from = revisions.find((r) => r.id === query.from) ?? revisions[1];
  const to = revisions.find((r) => r.id === query.to) ?? revisions[0];
  const diff =
    from && to
      ? diffContent(from.content as Record<string, unknown>, to.content as Record<string, unknown>)
      : [];
  const title = (working?.content.name ?? "") + " · " + t("title");
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const comment = (c: string | null) =>
    c?.startsWith("restored:") ? t("restoredFrom", { version: c.slice(9) }) : c;
  return (
    <AdminShell actor={actor} section="content" title={title} namespaces={["History"]}>
      <p className="mb-4">
        <Link href={`/admin/content/${type}/${id}?locale=${locale}`}>← {editor("back")}</Link>
      </p>
      <nav aria-label={editor("translations")} className="mb-6">
        <ul className="flex gap-3">
          {locales.map((l) => (
            <li key={l}>
              <Link
                href={`/admin/content/${type}/${id}/history?locale=${l}`}
                aria-current={l === locale ? "page" : undefined}
                lang={l}
              >
                {autonyms[l]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {revisions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <form method="get" className="mb-8">
            <input type="hidden" name="locale" value={locale} />
            <div className="overflow-x-auto" role="region" aria-labelledby="revisions-caption" tabIndex={0}>
              <table className="min-w-[44rem] border-collapse text-left">
                <caption id="revisions-caption" className="mb-2 text-left text-xl font-semibold">
                  {t("revisions")}
                </caption>
                <thead>
                  <tr>
                    {[
                      t("version"),
                      t("status"),
                      t("author"),
                      t("date"),
                      t("comment"),
                      t("compareFrom"),
                      t("compareTo"),
                    ].map((h) => (
                      <th key={h} scope="col" className="border-b-2 border-slate-300 p-2">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {revisions.map((r) => (
                    <tr key={r.id} className="border-b border-slate-200 dark:border-slate-700">
                      <th scope="row" className="p-2">
                        {r.version}
                      </th>
                      <td className="p-2">{status(r.status)}</td>
                      <td className="p-2">{r.authorName ?? "—"}</td>
                      <td className="p-2">{when(r.createdAt)}</td>
                      <td className="p-2">{comment(r.comment)}</td>
                      <td className="p-2">
                        <input
                          type="radio"
                          name="from"
                          value={r.id}
                          defaultChecked={r.id === from?.id}
                          aria-label={`${t("compareFrom")} ${r.version}`}
                          className="h-5 w-5"
                        />
                      </td>
                      <td className="p-2">
                        <input
                          type="radio"
                          name="to"
                          value={r.id}
                          defaultChecked={r.id === to?.id}
                          aria-label={`${t("compareTo")} ${r.version}`}
                          className="h-5 w-5"
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <button type="submit" className="mt-3 rounded-md border-2 border-brand-700 px-4 py-2 font-medium">
              {t("compare")}
            </button>
          </form>

          {from && to && (
            <section aria-labelledby="diff-heading" className="mb-10">
              <h2 id="diff-heading" className="mb-3 text-2xl">
                {t("diffHeading", { from: from.version, to: to.version })}
              </h2>
              <p className="mb-4 text-sm">{t("legend")}</p>
              <dl className="space-y-4" lang={locale}>
                {diff
                  .filter((d) => d.changed)
                  .map((d) => (
                    <div key={d.field}>
                      <dt className="font-semibold">{editor(d.field as "name")}</dt>
                      <dd className="whitespace-pre-wrap rounded border border-slate-300 p-3">
                        {d.parts.map((p, i) =>
                          p.added ? (
                            <ins key={i} className="bg-green-100 text-green-950 underline">
                              {p.value}
                            </ins>
                          ) : p.removed ? (
                            <del key={i} className="bg-red-100 text-red-950 line-through">
                              {p.value}
                            </del>
                          ) : (
                            <span key={i}>{p.value}</span>
                          ),
                        )}
                      </dd>
                    </div>
                  ))}
                {diff.every((d) => !d.changed) && <p>{t("noDifference")}</p>}
              </dl>
            </section>
          )}

          {working && canEdit(actor, locale) && (
            <section aria-labelledby="restore-heading" className="max-w-xl">
              <h2 id="restore-heading" className="mb-2 text-2xl">
                {t("restoreHeading")}
              </h2>
              <p className="mb-3">{t("restoreHint")}</p>
              <ul className="space-y-3">
                {revisions.slice(1, 20).map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center gap-3">
                    <span>
                      {t("version")} {r.version} · {when(r.createdAt)}
                    </span>
                    <RestoreForm
                      type={type}
                      id={id}
                      locale={locale}
                      version={working.version}
                      revisionId={r.id}
                      revisionVersion={r.version}
                    />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </AdminShell>
  );
}
