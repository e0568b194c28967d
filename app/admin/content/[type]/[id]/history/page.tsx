import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { AdminShell } from "@/components/admin/AdminShell";
import { PresenceNotice } from "@/components/admin/PresenceNotice";
import { languageTabClass, languageTabListClass } from "@/components/admin/editor/LanguageTabs";
import { RestoreForm } from "@/components/admin/forms/RestoreForm";
import { WordDiff } from "@/components/admin/WordDiff";
import { Pagination } from "@/components/ui/Pagination";
import { paginationLabels } from "@/components/ui/pagination-labels";
import { readHistory, type HistoryView, type RevisionEntry } from "@/lib/admin/history";
import { adminMetadata, forbiddenMetadata, notFoundMetadata } from "@/lib/admin/titles";
import { canEdit, canUseAdmin } from "@/lib/auth/access";
import { currentActor, requireActor } from "@/lib/auth/session";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import type { FieldDiff } from "@/lib/history";
import { autonyms } from "@/lib/i18n/locales";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";
import { DataTable } from "@/components/admin/DataTable";
import { formatDate } from "@/lib/time/dates";

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<{ locale?: string; from?: string; to?: string; page?: string }>;
};

const isType = (type: string): type is ContentType => (contentTypes as readonly string[]).includes(type);
const pageNumber = (page: string | undefined) => Math.max(1, Math.min(10_000, Number(page) || 1));

/** The title and the page read the history once per request (plain arguments: cache compares them). */
const readHistoryOnce = cache(
  (
    type: ContentType,
    id: string,
    locale: Locale,
    from: string | undefined,
    to: string | undefined,
    page: number,
  ) => readHistory(type, id, locale, { from, to, page }),
);

/** A tab per item and language: "Name (Dutch) – History", in the interface language. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { type, id } = await params;
  const query = await searchParams;
  const actor = await currentActor();
  // Nothing about the item to someone not signed in: the page sends them to sign in.
  if (!actor) return {};
  const ui = actor.uiLocale;
  if (!canUseAdmin(actor)) return forbiddenMetadata(ui);
  const locale: Locale = isLocale(query.locale) ? query.locale : ui;
  const history = isType(type)
    ? await readHistoryOnce(type, id, locale, query.from, query.to, pageNumber(query.page))
    : null;
  if (!history) return notFoundMetadata(ui);
  const t = await getTranslations({ locale: ui, namespace: "History" });
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  const language = languages(locale);
  return adminMetadata(
    ui,
    history.name ? t("pageTitle", { name: history.name, language }) : t("pageTitleNoName", { language }),
  );
}

type Labels = Awaited<ReturnType<typeof historyLabels>>;

/** The translated texts of the page, and how a version's author, note and changes read. */
async function historyLabels(ui: Locale, locale: Locale) {
  const t = await getTranslations({ locale: ui, namespace: "History" });
  const status = await getTranslations({ locale: ui, namespace: "Status" });
  const editor = await getTranslations({ locale: ui, namespace: "Editor" });
  const quote = (chunks: ReactNode) => <q lang={locale}>{chunks}</q>;
  return {
    ui,
    t,
    status,
    field: (name: string) => editor(name as "name"),
    when: (d: Date) => formatDate(ui, d, { dateStyle: "medium", timeStyle: "short" }),
    author: (r: RevisionEntry) => r.authorName ?? (r.version === 1 ? t("initialContent") : "—"),
    /** Who decided this status without writing the text (a review, an archiving), if someone did. */
    decision: (r: RevisionEntry) =>
      r.decidedByName && (r.status === "draft" || r.status === "published" || r.status === "archived")
        ? t(`decided_${r.status}`, { name: r.decidedByName })
        : null,
    note: (r: RevisionEntry) => {
      if (!r.note) return null;
      if (r.note.kind === "restored") return t("restoredFrom", { version: r.note.fromVersion });
      if (r.note.kind === "scheduled")
        return t(r.status === "archived" ? "scheduledArchive" : "scheduledPublish");
      return r.note.text;
    },
    preview: (r: RevisionEntry): ReactNode => {
      const p = r.preview;
      if (p.kind === "unchanged") return t("previewUnchanged");
      if (p.kind === "text") return t.rich("previewText", { words: p.words, q: quote });
      return t.rich(p.kind === "added" ? "previewAdded" : "previewRemoved", {
        field: editor(p.field),
        words: p.words,
        q: quote,
      });
    },
  };
}

/** Every saved state of one translation, what each changed, a word diff between any two, restore. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const { type, id } = await params;
  const query = await searchParams;
  const actor = await requireActor(canUseAdmin, `/admin/content/${type}/${id}/history`);
  if (!isType(type)) notFound();
  const contentType = type;
  const locale: Locale = isLocale(query.locale) ? query.locale : actor.uiLocale;
  const page = pageNumber(query.page);
  const history = await readHistoryOnce(contentType, id, locale, query.from, query.to, page);
  if (!history) notFound();
  const ui = actor.uiLocale;
  const labels = await historyLabels(ui, locale);
  const { t } = labels;
  const editor = await getTranslations({ locale: ui, namespace: "Editor" });
  const base = `/admin/content/${contentType}/${id}/history`;
  const hrefFor = (n: number) => {
    const qs = new URLSearchParams({ locale });
    if (query.from) qs.set("from", query.from);
    if (query.to) qs.set("to", query.to);
    if (n > 1) qs.set("page", String(n));
    return `${base}?${qs}`;
  };
  return (
    <AdminShell
      actor={actor}
      section="content"
      title={`${history.name ?? ""} · ${t("title")}`}
      namespaces={["History"]}
    >
      <p className="mb-4">
        <Link href={`/admin/content/${contentType}/${id}?locale=${locale}`}>← {t("backToEditor")}</Link>
      </p>
      <nav aria-label={editor("translations")} className="mb-6">
        <ul className={languageTabListClass}>
          {locales.map((l) => (
            <li key={l}>
              <Link
                href={`${base}?locale=${l}`}
                aria-current={l === locale ? "page" : undefined}
                lang={l}
                className={languageTabClass}
              >
                {autonyms[l]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {canEdit(actor, locale) && <PresenceNotice actor={actor} type={contentType} id={id} locale={locale} />}
      {history.revisions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <VersionTable history={history} locale={locale} labels={labels} />
          {history.compared && <Differences {...history.compared} locale={locale} labels={labels} />}
          {history.workingVersion !== null && canEdit(actor, locale) && (
            <section aria-labelledby="restore-heading" className="max-w-3xl">
              <h2 id="restore-heading" className="mb-2 text-2xl">
                {t("restoreHeading")}
              </h2>
              <p className="mb-3">{t("restoreHint")}</p>
              <ul className="space-y-4">
                {history.revisions
                  .filter((r) => r.version !== history.workingVersion)
                  .map((r) => (
                    <li key={r.id} className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
                      <p className="font-medium">
                        {t("restoreLine", {
                          version: r.version,
                          status: labels.status(r.status),
                          author: labels.author(r),
                          date: labels.when(r.savedAt),
                        })}
                      </p>
                      <p className="mb-2 text-sm">{labels.preview(r)}</p>
                      <RestoreForm
                        type={contentType}
                        id={id}
                        locale={locale}
                        version={history.workingVersion!}
                        revisionId={r.id}
                        revisionVersion={r.version}
                      />
                    </li>
                  ))}
              </ul>
            </section>
          )}
          <Pagination
            page={Math.min(page, history.pageCount)}
            pageCount={history.pageCount}
            hrefFor={hrefFor}
            labels={await paginationLabels(ui)}
          />
        </>
      )}
    </AdminShell>
  );
}

/** The versions of this page, each with its author, note and what it changed; pick two to compare. */
function VersionTable({ history, locale, labels }: { history: HistoryView; locale: Locale; labels: Labels }) {
  const { t } = labels;
  const headers = [
    t("version"),
    t("status"),
    t("author"),
    t("date"),
    t("changes"),
    t("comment"),
    t("compareFrom"),
    t("compareTo"),
  ];
  const radio = (name: "from" | "to", r: RevisionEntry, label: string) => (
    <input
      type="radio"
      name={name}
      value={r.id}
      defaultChecked={r.id === history.compared?.[name].id}
      aria-label={`${label} ${r.version}`}
      className="h-5 w-5"
    />
  );
  return (
    <form method="get" className="mb-8">
      <input type="hidden" name="locale" value={locale} />
      <DataTable
        labelledBy="revisions-caption"
        tableClassName="min-w-[56rem]"
        columns={headers}
        caption={
          <caption id="revisions-caption" className="mb-2 text-left text-xl font-semibold">
            {t("revisions")}
          </caption>
        }
      >
        {history.revisions.map((r) => (
          <tr key={r.id} className="border-b border-slate-200 align-top dark:border-slate-700">
            <th scope="row" className="p-2">
              {r.version}
              {r.version === history.workingVersion && (
                <span className="block text-sm font-normal">({t("working")})</span>
              )}
            </th>
            <td className="p-2">{labels.status(r.status)}</td>
            <td className="p-2">
              {labels.author(r)}
              {labels.decision(r) && <span className="block text-sm">{labels.decision(r)}</span>}
            </td>
            <td className="p-2 whitespace-nowrap">{labels.when(r.savedAt)}</td>
            <td className="max-w-xs p-2 text-sm">{labels.preview(r)}</td>
            <td className="p-2">{labels.note(r)}</td>
            <td className="p-2">{radio("from", r, t("compareFrom"))}</td>
            <td className="p-2">{radio("to", r, t("compareTo"))}</td>
          </tr>
        ))}
      </DataTable>
      <button type="submit" className="mt-3 rounded-md border-2 border-brand-700 px-4 py-2 font-medium">
        {t("compare")}
      </button>
    </form>
  );
}

function Differences({
  from,
  to,
  diff,
  locale,
  labels,
}: NonNullable<HistoryView["compared"]> & { locale: Locale; labels: Labels }) {
  const { t } = labels;
  const changed: FieldDiff[] = diff.filter((d) => d.changed);
  return (
    <section aria-labelledby="diff-heading" className="mb-10">
      <h2 id="diff-heading" className="mb-3 text-2xl">
        {t("diffHeading", { from: from.version, to: to.version })}
      </h2>
      <p className="mb-4 text-sm">{t("legend")}</p>
      {changed.length === 0 && <p>{t("noDifference")}</p>}
      <dl className="space-y-4" lang={locale}>
        {changed.map((d) => (
          <div key={d.field}>
            <dt className="font-semibold" lang={labels.ui}>
              {labels.field(d.field)}
            </dt>
            <dd>
              <WordDiff parts={d.parts} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
