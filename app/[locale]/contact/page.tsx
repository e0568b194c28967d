import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { ContactForm } from "@/components/site/ContactForm";
import { ERROR_SUMMARY_ID, ErrorSummary, errorSummaryClass } from "@/components/site/ErrorSummary";
import { FocusOnLoad } from "@/components/site/FocusOnLoad";
import { PageShell } from "@/components/site/PageShell";
import { Notice } from "@/components/ui/Notice";
import { RETENTION_MONTHS } from "@/lib/feedback/config";
import { readDraft } from "@/lib/feedback/drafts";
import { formToken } from "@/lib/feedback/token";
import { alternatesFor, pathFor, withQuery } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { contactEmail } from "@/lib/site";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Contact" });
  const refused = await readDraft((await searchParams).draft, "contact");
  const prefix = refused
    ? `${(await getTranslations({ locale, namespace: "Feedback" }))("errorPrefix")} `
    : "";
  return metadataFor(locale, {
    // A refused form says so first in the title, the first thing a screen reader reads (GOV.UK).
    title: `${prefix}${t("title")}`,
    description: t("intro"),
    alternates: alternatesFor(() => "/contact"),
    image: { kind: "contact" },
  });
}

/**
 * The feedback and contact form (Directive (EU) 2016/2102, art. 7). Unlike the other public
 * pages it is rendered per request: its form carries a token with the moment it was shown, the
 * time check against spam robots (lib/feedback/token.ts), which a static page would fix at the
 * build. It reads no content, so rendering it costs little. After a refusal (?draft=…) it shows
 * the form as it was sent, under the reasons (lib/feedback/drafts.ts).
 */
export default async function ContactPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const t = await getTranslations({ locale, namespace: "Contact" });
  const query = await searchParams;
  const page = query.page;
  const pageUrl = (typeof page === "string" ? page : "").slice(0, 500);
  const draft = await readDraft(query.draft, "contact");
  const email = contactEmail();
  const feedback = await getTranslations({ locale, namespace: "Feedback" });
  return (
    <PageShell
      locale={locale}
      // The other languages keep the page the message is about, and the refused text.
      alternates={withQuery(
        alternatesFor(() => "/contact"),
        () =>
          new URLSearchParams({
            ...(pageUrl ? { page: pageUrl } : {}),
            ...(draft ? { draft: draft.id } : {}),
          }),
      )}
      breadcrumbs={[{ label: t("title") }]}
      usefulness={false}
    >
      <h1 className="mb-4 text-4xl">{hyphenated(t("title"), locale)}</h1>
      {/* First under the title, where it is seen without scrolling on a phone (GOV.UK's place). */}
      {draft && (
        <>
          <ErrorSummary locale={locale} errors={draft.errors} className={errorSummaryClass} />
          <FocusOnLoad id={ERROR_SUMMARY_ID} />
        </>
      )}
      <div className="mb-8 max-w-3xl space-y-3 text-lg">
        <p>{t("intro")}</p>
        <p>
          {t.rich("privacyNote", {
            months: RETENTION_MONTHS,
            link: (chunks) => <a href={pathFor(locale, "/privacy")}>{chunks}</a>,
          })}
        </p>
        {email && <p>{t.rich("alsoEmail", { email: () => <a href={`mailto:${email}`}>{email}</a> })}</p>}
      </div>
      {!draft && query.draft !== undefined && (
        <Notice tone="warning" role="status">
          <p>{feedback("draftGone")}</p>
        </Notice>
      )}
      <ContactForm
        locale={locale}
        token={formToken()}
        draft={draft?.id}
        values={{
          kind: draft?.values.kind ?? "",
          message: draft?.values.message ?? "",
          pageUrl: draft?.values.pageUrl ?? pageUrl,
          email: draft?.values.email ?? "",
        }}
        errors={draft?.errors}
      />
    </PageShell>
  );
}
